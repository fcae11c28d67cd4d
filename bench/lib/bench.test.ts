import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./args";
import { checkBudgets, servingBudgets } from "./budgets";
import { paginationLinks, scriptSources } from "./html";
import { cpuTicks, descendants, parentPid, residentPages } from "./proc";
import type { SizeResult } from "./results";
import { formatMs, peak, percentile, rotatedTurns } from "./stats";
import { budgetTable, resultsTable, servingTable, tail, throughputRatio } from "./table";
import { type WrkFigures, combineWrk, parseWrkReport } from "./wrk";

const lat = (rps: number, p50Ms: number) => ({ rps, p50Ms, p99Ms: p50Ms * 3, requests: rps * 5, errors: 0 });
const wrkRun = (rps: number, p99Ms: number, over: Partial<WrkFigures> = {}): WrkFigures => ({
  requests: rps * 4,
  seconds: 4,
  rps,
  p50Ms: p99Ms / 3,
  p99Ms,
  maxMs: p99Ms * 1.5,
  over2s: 0,
  non2xx: 0,
  socketErrors: 0,
  ...over,
});

/** A plausible result for one size; override what a test is about. */
function result(
  size: number,
  over: { wallMs?: number; cpuMs?: number; rss?: number; js?: number; html?: number; ratio?: number; tailP99?: number; over2s?: number; non2xx?: number; preview?: number; home?: number; topicEntries?: number; problems?: string[] } = {},
): SizeResult {
  const bareRps = 1000;
  const ratio = over.ratio ?? 0.95;
  const page = (name: string, worst: boolean) => ({
    name,
    path: `/${name}`,
    throughput: wrkRun(bareRps * (worst ? ratio : 0.97), 40),
    tail: wrkRun(900, worst ? (over.tailP99 ?? 90) : 90, worst ? { over2s: over.over2s ?? 0, non2xx: over.non2xx ?? 0 } : {}),
    ratio: worst ? ratio : 0.97,
    ...(worst ? { serverCpuMs: 1.1, cpuRatio: 1.1 / 1.05 } : {}),
    roundRatios: worst ? [ratio - 0.02, ratio + 0.02] : [0.96, 0.98],
  });
  return {
    size,
    corpus: { articles: size, drafts: 1, people: 30, topics: 28, writeMs: 50 },
    build: { wallMs: over.wallMs ?? 90_000 + size * 0.3, cpuMs: over.cpuMs ?? 60_000 + size * 0.2, perArticleMs: 10, peakRssBytes: over.rss ?? 500_000_000, pages: size + 40 },
    weight: { articleHtmlGzip: over.html ?? 8_000, articleJsGzip: 180_000 + (over.js ?? 900), bareHtmlGzip: 1_600, bareJsGzip: 180_000, articleCache: "HIT" },
    listings: {
      home: { path: "/", entries: size, gzip: over.home ?? 9_000 },
      topic: { path: "/topics/t", entries: over.topicEntries ?? size / 5, gzip: 8_000 },
      person: { path: "/people/p", entries: size / 10, gzip: 7_000 },
      pagination: { problems: over.problems ?? [], checked: ["/page/2"] },
    },
    serving: {
      load: { threads: 2, connections: 32, seconds: 4, rounds: 3, tailConnections: 64, tailSeconds: 8 },
      bare: { name: "bare", path: "/", throughput: wrkRun(bareRps, 30), tail: wrkRun(1000, 60), serverCpuMs: 1.05 },
      pages: [page("article", true), page("home", false)],
    },
    preview: { ...lat(100, over.preview ?? 20), cacheControl: "private, no-cache, no-store" },
  };
}

const verdicts = (results: SizeResult[]) => Object.fromEntries(checkBudgets(results).map((c) => [c.id, c.verdict]));

describe("checkBudgets", () => {
  it("passes a run that keeps every budget", () => {
    expect(verdicts([result(100), result(1000), result(10_000)])).toEqual({
      "article-js": "PASS",
      "seed-html": "PASS",
      throughput: "PASS",
      tail: "PASS",
      "build-flat": "PASS",
      "build-flat-cpu": "PASS",
      "preview-flat": "PASS",
      "build-memory": "PASS",
      "listings-paginate": "PASS",
    });
  });

  it("fails each budget on its own breach", () => {
    const ok = () => [result(100), result(1000)];
    expect(verdicts([result(100), result(1000, { js: 16 * 1024 })])["article-js"]).toBe("FAIL");
    expect(verdicts([result(100, { html: 41 * 1024 }), result(1000)])["seed-html"]).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { ratio: 0.89 })]).throughput).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { tailP99: 121 })]).tail).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { tailP99: 120 })]).tail).toBe("PASS");
    expect(verdicts([result(100), result(1000, { over2s: 1 })]).tail).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { non2xx: 3 })]).tail).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { preview: 27 })])["preview-flat"]).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { rss: 2_100_000_000 })])["build-memory"]).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { home: 12_000 })])["listings-paginate"]).toBe("FAIL");
    expect(verdicts([result(100), result(1000, { problems: ["/page/2 is 404"] })])["listings-paginate"]).toBe("FAIL");
    // A page that was not yet full at the smaller size may grow: it filled up, it did not outgrow its page.
    const filling = [result(100, { topicEntries: 12, home: 5_000 }), result(1000, { home: 5_000 })];
    filling[0]!.listings.topic.gzip = 4_000;
    expect(verdicts(filling)["listings-paginate"]).toBe("PASS");
    expect(Object.values(verdicts(ok())).filter((v) => v === "FAIL")).toEqual([]);
  });

  it("fails a build whose time grows with the archive, passes one that stays within 1.5 × of the 1,000 build", () => {
    const flat = [1000, 10_000, 100_000].map((size) => result(size, { wallMs: 90_000 + size * 0.3, cpuMs: 60_000 + size * 0.2 }));
    expect(verdicts(flat)["build-flat"]).toBe("PASS");
    expect(verdicts(flat)["build-flat-cpu"]).toBe("PASS");
    const growing = [1000, 10_000, 100_000].map((size) => result(size, { wallMs: 90_000 + size * 2 }));
    expect(verdicts(growing)["build-flat"]).toBe("FAIL");
    // Compared with the 1,000 build, not the smallest: a 100-article build is not the reference.
    const withSmall = [100, 1000, 100_000].map((size) => result(size, { wallMs: size === 100 ? 10_000 : 90_000 }));
    expect(verdicts(withSmall)["build-flat"]).toBe("PASS");
    // Busy machine: wall time grew, CPU time did not.
    const busy = [1000, 100_000].map((size) => result(size, { wallMs: size > 1000 ? 200_000 : 90_000, cpuMs: 60_000 }));
    expect(verdicts(busy)["build-flat"]).toBe("FAIL");
    expect(verdicts(busy)["build-flat-cpu"]).toBe("PASS");
  });

  it("says n/a, not PASS, when the run lacks the sizes a budget compares", () => {
    const v = verdicts([result(100)]);
    expect(v["build-flat"]).toBe("n/a");
    expect(v["build-flat-cpu"]).toBe("n/a");
    expect(v["preview-flat"]).toBe("n/a");
    expect(v["listings-paginate"]).toBe("n/a");
    const noPreview = { ...result(1000), preview: { skipped: "no /api/draft" } };
    expect(verdicts([result(100), noPreview])["preview-flat"]).toBe("n/a");
  });
});

describe("stats", () => {
  it("percentile is nearest-rank over unsorted samples", () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 99)).toBe(10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
    expect(() => percentile([], 50)).toThrow(RangeError);
  });

  it("peak is the largest sample", () => {
    expect(peak([3, 9, 2])).toBe(9);
    expect(peak([])).toBe(0);
  });
});

describe("scriptSources", () => {
  it("lists each external script once, preloads included, inline scripts not", () => {
    const html =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
      '<link rel="stylesheet" href="/_next/static/chunks/s.css"/>' +
      '<link rel="preload" as="font" href="/f.woff2"/>' +
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script src="/_next/static/chunks/b.js?dpl=x&amp;v=1" async=""></script>' +
      "<script>self.__next_f.push([1,\"src=\\\"x.js\\\"\"])</script>" +
      '<link rel="modulepreload" href="/m.js"/>';
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?dpl=x&v=1", "/m.js"]);
  });

  it("leaves out nomodule scripts, which browsers that run modules never fetch", () => {
    const html = '<script src="/polyfills.js" noModule=""></script><script src="/main.js" async=""></script><script nomodule src="/legacy.js"></script>';
    expect(scriptSources(html)).toEqual(["/main.js"]);
  });
});

describe("paginationLinks", () => {
  it("finds the previous and next links inside the labelled nav only", () => {
    const html =
      '<a rel="next" href="/elsewhere">x</a><nav aria-label="Pagination" class="x"><a class="l" href="/" rel="prev">Newer</a>' +
      '<p>Page 2 of 3</p><a rel="next" class="l" href="/page/3">Older</a></nav>';
    expect(paginationLinks(html)).toEqual({ labelled: true, prev: "/", next: "/page/3" });
    expect(paginationLinks("<nav aria-label=\"Topics\"></nav>")).toEqual({ labelled: false });
  });
});

describe("/proc parsing", () => {
  it("reads the parent pid even when the command name holds spaces and parentheses", () => {
    expect(parentPid("1234 (next-server (v16)) S 1200 1234 1200 0 -1")).toBe(1200);
    expect(parentPid("77 (node) R 1 77 77 0")).toBe(1);
    expect(parentPid("garbage")).toBeUndefined();
  });

  it("adds up user and system ticks (fields 14 and 15), whatever the command name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime …
    expect(cpuTicks("4242 (jest worker) R 4200 4200 4200 0 -1 4194304 100 0 0 0 1234 56 7 8 20 0 11")).toBe(1290);
    expect(cpuTicks("no parenthesis")).toBe(0);
  });

  it("reads resident pages from statm", () => {
    expect(residentPages("123456 45678 1234 10 0 5000 0\n")).toBe(45678);
  });

  it("walks a tree from its root, not its siblings", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
      [21, 20],
    ]);
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(descendants(99, parents)).toEqual([99]);
  });
});

describe("parseBenchArgs", () => {
  it("defaults to 1,000, 10,000 and 100,000 articles", () => {
    expect(parseBenchArgs([]).sizes).toEqual([1000, 10_000, 100_000]);
  });

  it("takes sizes in any order, sorted and without repeats, in either flag form", () => {
    expect(parseBenchArgs(["--sizes", "1000,100,1000"]).sizes).toEqual([100, 1000]);
    expect(parseBenchArgs(["--sizes=10_000", "--duration=3"])).toMatchObject({ sizes: [10_000], duration: 3 });
  });

  it("writes a preview-only run beside the full results, not over them", () => {
    expect(parseBenchArgs(["--preview-only"])).toMatchObject({ previewOnly: true, out: "bench/results/preview.json" });
    expect(parseBenchArgs(["--preview-only", "--out", "x.json"]).out).toBe("x.json");
    expect(parseBenchArgs([]).out).toBe("bench/results/results.json");
  });

  it.each([
    [["--sizes"], /needs a value/],
    [["--sizes", "100,abc"], /whole numbers/],
    [["--sizes", "1"], /between 2/],
    [["--duration", "0"], /1 to 60/],
    [["--connections", "2.5"], /whole number/],
    [["--size", "100"], /unknown option/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe("the report", () => {
  it("has a column per size, smallest first, and a verdict per budget", () => {
    const results = [result(1000), result(100)];
    const table = resultsTable(results);
    expect(table.split("\n")[0]).toBe("| | N = 100 | N = 1,000 |");
    expect(table).toContain("| article req/s ÷ bare | 950 · 0.95 × (rounds 0.93–0.97) | 950 · 0.95 × (rounds 0.93–0.97) |");
    expect(table).toContain("| home p99 at 64 connections | 90.00 ms · 0 over 2 s | 90.00 ms · 0 over 2 s |");
    expect(table).toContain("| article server CPU per request ÷ bare | 1.10 ms · 1.05 × | 1.10 ms · 1.05 × |");
    expect(table).toContain("| home server CPU per request ÷ bare | – | – |");
    expect(table).not.toMatch(/floor/i);
    const budgets = budgetTable(checkBudgets(results));
    expect(budgets).toMatch(/^\| PASS \| article first-load JS/m);
    expect(budgets).toMatch(/^\| n\/a \| build time at the largest N/m);
  });
});

describe("tail", () => {
  it("gives p99, the responses over 2 s and any failures", () => {
    expect(tail(wrkRun(800, 41.2))).toBe("41.20 ms · 0 over 2 s");
    expect(tail(wrkRun(800, 1200, { over2s: 11, non2xx: 2, socketErrors: 1 }))).toBe("1200 ms · 11 over 2 s · 3 failed");
  });
});

describe("formatMs", () => {
  it("rounds to whole seconds before splitting minutes, so no time reads as 60 seconds", () => {
    expect(formatMs(539_600)).toBe("9 min 0 s");
    expect(formatMs(59_600)).toBe("1 min 0 s");
    expect(formatMs(83_400)).toBe("1 min 23 s");
    expect(formatMs(59_400)).toBe("59.4 s");
    expect(formatMs(250)).toBe("250 ms");
    expect(formatMs(24.741)).toBe("24.74 ms");
  });
});

describe("throughputRatio", () => {
  it("gives the run's ratio with the lowest and highest of its rounds", () => {
    expect(throughputRatio({ ratio: 0.8333, roundRatios: [0.9, 0.761, 0.85, 0.82] })).toBe("0.83 × (rounds 0.76–0.90)");
  });

  it("gives the ratio alone where there was one round", () => {
    expect(throughputRatio({ ratio: 0.8333, roundRatios: [0.8333] })).toBe("0.83 ×");
  });
});

describe("rotatedTurns", () => {
  it("starts each round one route later, so no route always follows the same one", () => {
    expect(rotatedTurns(["bare", "article", "home"], 4)).toEqual([
      ["bare", "article", "home"],
      ["article", "home", "bare"],
      ["home", "bare", "article"],
      ["bare", "article", "home"],
    ]);
  });

  it("gives each route one turn per round", () => {
    for (const round of rotatedTurns([1, 2, 3, 4, 5], 7)) expect([...round].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("wrk's report", () => {
  const line = 'WRK_JSON {"requests":3600,"duration_us":4000000,"connect":0,"read":1,"write":0,"status":2,"timeout":3,"p50_us":15000,"p99_us":120500,"max_us":2500000}';

  it("is read from the line the report script prints, among wrk's own output", () => {
    const figures = parseWrkReport(`Running 4s test @ http://127.0.0.1:3201/\n  2 threads and 32 connections\n${line}\n`);
    expect(figures).toEqual({ requests: 3600, seconds: 4, rps: 900, p50Ms: 15, p99Ms: 120.5, maxMs: 2500, over2s: 3, non2xx: 2, socketErrors: 1 });
  });

  it("is an error with wrk's output when the line is missing or incomplete", () => {
    expect(() => parseWrkReport("unable to connect to 127.0.0.1:3201 Connection refused")).toThrow(/no report[\s\S]*Connection refused/);
    expect(() => parseWrkReport('WRK_JSON {"requests":1}')).toThrow(/lacks duration_us/);
  });

  it("combines rounds: req/s over the summed time, p99 as the mean, failures summed", () => {
    const c = combineWrk([wrkRun(1000, 30), wrkRun(500, 60, { over2s: 1, non2xx: 2 })]);
    expect(c.rps).toBe(750);
    expect(c.p99Ms).toBe(45);
    expect(c.over2s).toBe(1);
    expect(c.non2xx).toBe(2);
    expect(() => combineWrk([])).toThrow(RangeError);
  });
});

describe("--serving-only", () => {
  it("is read, writes apart from the full results, and excludes --preview-only", () => {
    expect(parseBenchArgs(["--serving-only"])).toMatchObject({ servingOnly: true, out: "bench/results/serving.json" });
    expect(parseBenchArgs(["--serving-only", "--out", "x.json"]).out).toBe("x.json");
    expect(() => parseBenchArgs(["--serving-only", "--preview-only"])).toThrow(/exclude each other/);
  });

  it("prints a row per route and judges throughput and tail alone", () => {
    const served = result(100, { ratio: 0.85 }).serving;
    const table = servingTable(served);
    expect(table).toContain("| bare `/` | 1,000 | – | 1.05 ms | 60.00 ms · 0 over 2 s |");
    expect(table).toContain("| article `/article` | 850 | 0.85 × (rounds 0.83–0.87) | 1.10 ms · 1.05 × | 90.00 ms · 0 over 2 s |");
    const checks = servingBudgets([{ serving: served, at: "real content" }]);
    expect(checks.map((c) => [c.id, c.verdict])).toEqual([
      ["throughput", "FAIL"],
      ["tail", "PASS"],
    ]);
    expect(checks[0]!.actual).toContain("real content");
    expect(servingBudgets([])).toEqual([]);
  });
});
