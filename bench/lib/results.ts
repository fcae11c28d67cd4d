/** What `npm run bench` measures for one archive size; bench/results/results.json holds one per size. */
import type { WrkFigures } from "./wrk";

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
  /** `npm run publish:archive` before the build: validating and publishing the whole archive once (a first deploy). */
  archivePublish?: { wallMs: number; peakRssBytes: number };
  /** Articles the build did not draw, each requested once: the first reader's wait. */
  firstRequest?: { count: number; p50Ms: number; p99Ms: number; maxMs: number };
  weight: {
    /** The seed article's HTML, gzip. */
    articleHtmlGzip: number;
    /** The JavaScript an article page loads first (every script it references), gzip. */
    articleJsGzip: number;
    /** The bare framework app's page (bench/lib/bare-app.ts), the yardstick. */
    bareHtmlGzip: number;
    bareJsGzip: number;
    /** Next's `x-nextjs-cache` on the article response: HIT when it came from the prerendered cache. */
    articleCache: string | null;
  };
  /** Page 1 of the longest listings; it must not grow with the archive. */
  listings: { home: Listing; topic: Listing; person: Listing; pagination: PaginationCheck };
  /** Pages of this build and the bare app's page under the same load, in turns. */
  serving: Serving;
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

/** One route under load: `throughput` at the bench's connections, in rounds; `tail` in one run at the tail test's. */
export interface ServedRoute {
  name: string;
  path: string;
  throughput: WrkFigures;
  tail: WrkFigures;
  /** The server's CPU time (user + system) per request over the throughput rounds, in ms: unlike req/s, hardly moved by other work on the machine. */
  serverCpuMs?: number;
}

export interface ServedPage extends ServedRoute {
  /** This page's req/s over the bare page's, over all rounds; `roundRatios` round by round. */
  ratio: number;
  /** This page's server CPU per request over the bare page's: what the req/s ratio would be on an otherwise idle machine. */
  cpuRatio?: number;
  roundRatios: number[];
}

export interface Serving {
  /** wrk's threads and connections, seconds per turn and rounds; the tail test's connections and seconds. */
  load: { threads: number; connections: number; seconds: number; rounds: number; tailConnections: number; tailSeconds: number };
  bare: ServedRoute;
  pages: ServedPage[];
}
