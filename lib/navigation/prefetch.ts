/** What a link offers the router to prefetch: the fields of an `<a>` that decide it. */
export interface LinkFacts {
  href: string;
  target?: string;
  download?: boolean;
}

/**
 * The same-origin page a link leads to (path and query), or undefined for a
 * link the router should not prefetch: another site, a new window, a
 * download, or a file (feed, image) rather than a page.
 */
export function prefetchTarget(link: LinkFacts, origin: string): string | undefined {
  if (link.target && link.target !== "_self") return undefined;
  if (link.download) return undefined;
  let url: URL;
  try {
    url = new URL(link.href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
  return url.pathname + url.search;
}
