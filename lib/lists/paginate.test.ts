import { describe, expect, it } from "vitest";
import { PAGE_SIZE, extraPageNumbers, pageCount, paginate, parsePageParam } from "./paginate";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("pageCount", () => {
  it.each([
    [0, 1],
    [1, 1],
    [20, 1],
    [21, 2],
    [40, 2],
    [41, 3],
    [10_000, 500],
  ])("%i entries fill %i page(s) of 20", (total, pages) => {
    expect(pageCount(total, 20)).toBe(pages);
  });

  it("refuses a page size that is not a positive integer", () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
    expect(() => pageCount(10, 2.5)).toThrow(RangeError);
  });
});

describe("paginate", () => {
  it("keeps every page at most PAGE_SIZE long, however long the list", () => {
    const items = range(10 * PAGE_SIZE + 3);
    const pages = range(pageCount(items.length)).map((n) => paginate(items, n)!);
    expect(pages.every((p) => p.items.length <= PAGE_SIZE)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.at(-1)!.items).toHaveLength(3);
  });

  it("links each page to its neighbours, none before the first or after the last", () => {
    const items = range(45);
    expect(paginate(items, 1, 20)).toMatchObject({ page: 1, pageCount: 3, total: 45, next: 2 });
    expect(paginate(items, 1, 20)).not.toHaveProperty("prev");
    expect(paginate(items, 2, 20)).toMatchObject({ prev: 1, next: 3, items: range(40).slice(20) });
    expect(paginate(items, 3, 20)).toMatchObject({ prev: 2, items: [41, 42, 43, 44, 45] });
    expect(paginate(items, 3, 20)).not.toHaveProperty("next");
  });

  it("has an empty first page for an empty list and nothing beyond", () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(paginate([], 2)).toBeUndefined();
  });

  it.each([0, -1, 4, 1.5, Number.NaN])("page %s of 45 entries is not a page", (n) => {
    expect(paginate(range(45), n, 20)).toBeUndefined();
  });
});

describe("parsePageParam", () => {
  it.each([
    ["2", 2],
    ["17", 17],
    ["500", 500],
  ])("%s is page %i", (raw, n) => {
    expect(parsePageParam(raw)).toBe(n);
  });

  it.each(["1", "0", "02", "-2", "2.0", "2a", "", " 2", "1e3", "9999999"])("%j is not a /page/<n> URL", (raw) => {
    expect(parsePageParam(raw)).toBeUndefined();
  });
});

describe("extraPageNumbers", () => {
  it("lists the pages after the first, which lives at the base URL", () => {
    expect(extraPageNumbers(0, 20)).toEqual([]);
    expect(extraPageNumbers(20, 20)).toEqual([]);
    expect(extraPageNumbers(21, 20)).toEqual([2]);
    expect(extraPageNumbers(61, 20)).toEqual([2, 3, 4]);
  });
});
