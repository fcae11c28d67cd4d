import { describe, expect, it } from "vitest";
import {
  type Category,
  compareRuns,
  formatComparison,
  formatPagesTable,
  formatReport,
  formatRun,
  judgePage,
  type LighthouseResult,
  median,
  medianRun,
  shortfalls,
  type Summary,
  suggestedCpuSlowdown,
  summarise,
} from "./lighthouse-report";

const scores = (performance: number | null, rest = 1): Record<Category, number | null> => ({
  performance,
  accessibility: rest,
  "best-practices": rest,
  seo: rest,
});

const lhr: LighthouseResult = {
  finalDisplayedUrl: "http://127.0.0.1:3999/articles/x",
  categories: { performance: { score: 0.97 }, accessibility: { score: 1 }, "best-practices": { score: 1 }, seo: { score: 0.92 } },
  audits: {
    "first-contentful-paint": { score: 1, numericValue: 900 },
    "largest-contentful-paint": { score: 0.98, numericValue: 1810.4 },
    "total-blocking-time": { score: 0.9, numericValue: 150 },
    "cumulative-layout-shift": { score: 1, numericValue: 0 },
    "speed-index": { score: 1, numericValue: 1200 },
    "meta-description": { score: 0, title: "Document does not have a meta description" },
    "is-on-https": { score: null },
    "network-requests": {
      score: null,
      details: {
        items: [
          { resourceType: "Document", transferSize: 9000 },
          { resourceType: "Script", transferSize: 1024 },
          { resourceType: "Script", transferSize: 2048 },
          { resourceType: "Font", transferSize: 50000 },
        ],
      },
    },
  },
};

describe("summarise", () => {
  it("reads the four scores, the timings and the scripts' bytes", () => {
    const s = summarise(lhr);
    expect(s.scores).toEqual({ performance: 0.97, accessibility: 1, "best-practices": 1, seo: 0.92 });
    expect(s.metrics).toEqual({ fcp: 900, lcp: 1810.4, tbt: 150, cls: 0, si: 1200 });
    expect(s.scriptBytes).toBe(3072);
  });

  it("names the pass/fail audits that lost points, not the metrics or informative ones", () => {
    expect(summarise(lhr).failing).toEqual(["meta-description: Document does not have a meta description"]);
  });

  it("treats a category Lighthouse could not score as missing", () => {
    expect(summarise({ categories: { performance: { score: null } }, audits: {} }).scores.performance).toBeNull();
  });
});

describe("shortfalls", () => {
  it("is empty when every target is met", () => {
    expect(shortfalls(scores(0.95))).toEqual([]);
  });

  it("lists each category below its target", () => {
    expect(shortfalls({ ...scores(0.94), seo: 0.92 })).toEqual(["performance 0.94 < 0.95", "seo 0.92 < 1.00"]);
  });

  it("counts a missing score as a shortfall", () => {
    expect(shortfalls(scores(null))).toEqual(["performance n/a < 0.95"]);
  });
});

describe("medianRun", () => {
  it("picks the run with the median performance score", () => {
    const runs = [0.91, 0.99, 0.96].map((p, i) => ({ i, scores: scores(p) }));
    expect(medianRun(runs).i).toBe(2);
  });

  it("takes the lower middle of an even number of runs", () => {
    const runs = [0.97, 0.9].map((p, i) => ({ i, scores: scores(p) }));
    expect(medianRun(runs).i).toBe(1);
  });

  it("refuses no runs", () => {
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});

describe("formatReport", () => {
  it("prints each score against its target and the key timings", () => {
    const text = formatReport(summarise(lhr));
    expect(text).toContain("performance     0.97   (target 0.95)");
    expect(text).toContain("seo             0.92   (target 1.00)");
    expect(text).toContain("LCP 1810 ms · TBT 150 ms · CLS 0.000");
    expect(text).toContain("JavaScript transferred: 3.0 KB");
    expect(text).not.toContain("benchmark index");
  });

  it("prints the host's benchmark index and the slowdown Lighthouse's calibration table suggests for it", () => {
    const text = formatReport(summarise({ ...lhr, environment: { benchmarkIndex: 1412.5 } }));
    expect(text).toContain("host benchmark index 1413 (Lighthouse's calibration table suggests 2× CPU slowdown here)");
  });
});

describe("formatRun", () => {
  it("gives one run's score, LCP and TBT, and the host's benchmark index when known", () => {
    expect(formatRun(2, 5, summarise({ ...lhr, environment: { benchmarkIndex: 1299.6 } }))).toBe("run 2/5: performance 0.97 · LCP 1810 ms · TBT 150 ms · benchmark index 1300");
    expect(formatRun(1, 3, summarise(lhr))).toBe("run 1/3: performance 0.97 · LCP 1810 ms · TBT 150 ms");
  });
});

describe("suggestedCpuSlowdown", () => {
  it("follows Lighthouse's table: 4× on a high-end desktop, 2× on a low-end one, none below", () => {
    expect(suggestedCpuSlowdown(1800)).toBe(4);
    expect(suggestedCpuSlowdown(1500)).toBe(4);
    expect(suggestedCpuSlowdown(1499)).toBe(2);
    expect(suggestedCpuSlowdown(1000)).toBe(2);
    expect(suggestedCpuSlowdown(999)).toBeUndefined();
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

const run = (performance: number | null, lcp?: number, tbt?: number): Summary => ({
  url: "http://127.0.0.1:3999/articles/x",
  scores: scores(performance),
  metrics: { lcp, tbt },
  failing: [],
});

describe("compareRuns", () => {
  it("gives each build's medians and spread, and B − A pair by pair", () => {
    const a = [run(0.9, 2500, 300), run(0.95, 1900, 200), run(0.93, 2400, 250)];
    const b = [run(0.92, 2400, 260), run(0.95, 1800, 190), run(0.97, 1900, 150)];
    const c = compareRuns(a, b);
    expect(c.a).toEqual({ runs: 3, performance: { median: 0.93, min: 0.9, max: 0.95 }, lcp: 2400, tbt: 250 });
    expect(c.b).toEqual({ runs: 3, performance: { median: 0.95, min: 0.92, max: 0.97 }, lcp: 1900, tbt: 190 });
    // Pairs: +0.02, 0, +0.04; LCP −100, −100, −500; TBT −40, −10, −100.
    expect(c.difference).toEqual({ performance: 0.02, lcp: -100, tbt: -40, bHigher: 2, equal: 1, bLower: 0, pairs: 3 });
  });

  it("differs from the difference of the medians when the host drifts between runs", () => {
    // B is 0.01 better in every pair, while the host slows down from run to run.
    const a = [run(0.99), run(0.95), run(0.91), run(0.87)];
    const b = [run(1.0), run(0.96), run(0.92), run(0.88)];
    expect(compareRuns(a, b).difference).toMatchObject({ performance: 0.01, bHigher: 4, bLower: 0 });
  });

  it("leaves out a pair in which a run has no score, and pairs no more runs than the shorter side has", () => {
    const c = compareRuns([run(0.9), run(null), run(0.95)], [run(0.91), run(0.99)]);
    expect(c.difference.pairs).toBe(1);
    expect(c.difference.performance).toBe(0.01);
    expect(c.a.performance).toEqual({ median: 0.925, min: 0.9, max: 0.95 });
  });
});

describe("formatComparison", () => {
  it("prints both builds and the paired difference with its sign", () => {
    const text = formatComparison("this build", "/tmp/other", compareRuns([run(0.95, 2000, 200), run(0.93, 2400, 260)], [run(0.94, 2100, 230), run(0.93, 2500, 240)]));
    expect(text).toContain("A this build: performance 0.94 (0.93–0.95) · LCP 2200 ms · TBT 230 ms · median of 2 runs");
    expect(text).toContain("B /tmp/other: performance 0.94 (0.93–0.94) · LCP 2300 ms · TBT 235 ms · median of 2 runs");
    expect(text).toContain("B − A by pairs: performance −0.005 · LCP +100 ms · TBT +5 ms (medians of 2 pairs)");
    expect(text).toContain("B scored higher in 0, the same in 1, lower in 1");
  });
});

describe("judgePage", () => {
  const run = (performance: number, rest = 1, tbt = 100): Summary => ({ url: "u", scores: scores(performance, rest), metrics: { tbt, lcp: 1500 }, failing: [] });
  const bare = [0.97, 0.98, 0.96].map((p) => run(p));

  it("passes a page within 0.02 of the bare page's median and at least 0.95", () => {
    const v = judgePage("article", [0.96, 0.97, 0.95].map((p) => run(p)), bare);
    expect(v.performance).toEqual({ median: 0.96, min: 0.95, max: 0.97 });
    expect(v.vsBare).toBeCloseTo(-0.01);
    expect(v.shortfalls).toEqual([]);
  });

  it("fails a page more than 0.02 below the bare page's median, or below 0.95", () => {
    expect(judgePage("a", [0.95, 0.95, 0.96].map((p) => run(p)), bare).shortfalls).toEqual([]);
    const fastBare = [0.99, 0.99, 0.98].map((p) => run(p));
    expect(judgePage("a", [0.96, 0.96, 0.97].map((p) => run(p)), fastBare).shortfalls).toEqual(["performance 0.96 < bare 0.99 − 0.02"]);
    expect(judgePage("a", [0.93, 0.94, 0.94].map((p) => run(p)), [0.94, 0.95, 0.94].map((p) => run(p))).shortfalls).toEqual(["performance 0.94 < 0.95"]);
  });

  it("fails any run below 1.00 in accessibility, best practices or SEO", () => {
    const v = judgePage("a", [run(0.98), run(0.98, 0.96), run(0.98)], bare);
    expect(v.lowest.accessibility).toBe(0.96);
    expect(v.shortfalls).toEqual(["accessibility 0.96 < 1.00", "best-practices 0.96 < 1.00", "seo 0.96 < 1.00"]);
  });

  it("judges the absolute targets alone without bare runs, and fails no runs", () => {
    expect(judgePage("a", [run(0.96)], undefined)).toMatchObject({ shortfalls: [] });
    expect(judgePage("a", [run(0.96)], undefined).vsBare).toBeUndefined();
    expect(judgePage("a", [], bare).shortfalls).toContain("no runs");
  });

  it("prints a row per page under the bare page's", () => {
    const table = formatPagesTable(judgePage("bare", bare, undefined), [judgePage("home", [run(0.99), run(0.98), run(0.99)], bare)]);
    expect(table).toContain("| bare | 0.97 (0.96–0.98) | – | 100 ms | 1500 ms | – | yardstick |");
    expect(table).toContain("| home | 0.99 (0.98–0.99) | +0.02 | 100 ms | 1500 ms | 1.00 / 1.00 / 1.00 | PASS |");
  });
});
