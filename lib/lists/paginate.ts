/**
 * Listing pages (home, a topic, a speaker) show a fixed number of entries per
 * page, so a page's size does not grow with the archive. Page 1 keeps its
 * plain URL (`/topics/nato`); later pages live under `<base>/page/<n>`.
 */

/** Entries per listing page. */
export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  /** The previous/next page number, when there is one. */
  prev?: number;
  next?: number;
}

/** How many pages `total` entries fill; an empty list still has its (empty) first page. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** One page of `items`, or undefined when `page` is not a page of this list. */
export function paginate<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): Page<T> | undefined {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  const start = (page - 1) * size;
  return {
    items: items.slice(start, start + size),
    page,
    pageCount: count,
    total: items.length,
    ...(page > 1 ? { prev: page - 1 } : {}),
    ...(page < count ? { next: page + 1 } : {}),
  };
}

/**
 * The `n` of a `/page/<n>` URL: a plain decimal of page 2 or more. Page 1 has
 * one URL only (the base), and "02" or "2.0" are not pages, so every page has
 * exactly one address.
 */
export function parsePageParam(raw: string): number | undefined {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 2 ? n : undefined;
}

/** The page numbers that get their own `/page/<n>` route: 2 up to the last. */
export function extraPageNumbers(total: number, size: number = PAGE_SIZE): number[] {
  const count = pageCount(total, size);
  return Array.from({ length: count - 1 }, (_, i) => i + 2);
}

