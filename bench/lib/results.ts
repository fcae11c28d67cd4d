/** What `npm run bench` measures for one archive size; bench/results/results.json holds one per size. */

export interface Latency {
  /** Requests per second, mean over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses that were not the expected status (should be 0). */
  errors: number;
  /**
   * CPU time (user + system) the server's processes spent per request, in ms,
   * read from /proc around the run. Unlike req/s it hardly moves when the load
   * tool, or anything else, competes for the same cores. Absent where not measured.
   */
  serverCpuMs?: number;
}

export interface SizeResult {
  /** Published articles in the archive, the real seed article included. */
  size: number;
  corpus: { articles: number; drafts: number; people: number; topics: number; writeMs: number };
  /** cpuMs: user + system time of the build and everything it ran (null when not measured). */
  build: { wallMs: number; cpuMs?: number | null; perArticleMs: number; peakRssBytes: number; pages: number | null };
  weight: {
    /** The seed article's HTML, gzip. */
    articleHtmlGzip: number;
    /** The JavaScript an article page loads first (every script it references), gzip. */
    articleJsGzip: number;
    /** The framework's floor: the 404 page of the same build. */
    floorHtmlGzip: number;
    floorJsGzip: number;
    /** Next's `x-nextjs-cache` on the article response: HIT when it came from the prerendered cache. */
    articleCache: string | null;
  };
  /** Page 1 of the longest listings; it must not grow with the archive. */
  listings: { home: Listing; topic: Listing; person: Listing; pagination: PaginationCheck };
  /** `ratio` is of the mean req/s over all rounds; `roundRatios` pairs each article round with the floor round after it. */
  serving: { article: Latency; floor: Latency; ratio: number; roundRatios?: number[] };
  preview: (Latency & { cacheControl: string }) | { skipped: string };
}

export interface Listing {
  path: string;
  /** Entries in the whole listing (all pages). */
  entries: number;
  /** Page 1's HTML, gzip. */
  gzip: number;
}

export interface PaginationCheck {
  /** What was checked and what was wrong, if anything. */
  problems: string[];
  checked: string[];
}
