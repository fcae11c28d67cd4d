/**
 * Pure helpers for `npm run lighthouse`: what to read from a Lighthouse
 * result (LHR) and whether it meets the targets of issue #5.
 */

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Performance ≥ 0.95; accessibility, best practices and SEO a full 1.00. */
export const TARGETS: Record<Category, number> = {
  performance: 0.95,
  accessibility: 1,
  "best-practices": 1,
  seo: 1,
};

/** The parts of a Lighthouse result this script reads (a small slice of Lighthouse's own LHR type). */
export interface LighthouseResult {
  finalDisplayedUrl?: string;
  environment?: { benchmarkIndex?: number };
  categories: Partial<Record<Category, { score: number | null }>>;
  audits: Record<string, { score: number | null; numericValue?: number; title?: string; details?: unknown }>;
}

export interface Summary {
  url: string;
  scores: Record<Category, number | null>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp?: number; lcp?: number; tbt?: number; cls?: number; si?: number };
  /** Scripts transferred (compressed, as served) on the page load, in bytes. */
  scriptBytes?: number;
  /** Audits that cost a point in a category with a full-score target: the reason a run falls short. */
  failing: string[];
  /** Lighthouse's measure of the host's CPU: its CPU slowdown is relative to this machine, not absolute. */
  benchmarkIndex?: number;
}

/**
 * The CPU slowdown Lighthouse's own calibration table (docs/throttling.md,
 * "Calibrating the CPU slowdown") suggests for emulating a mid-tier phone on
 * a host of this benchmark index: 4× on a high-end desktop (1500–2000), 2× on
 * a low-end desktop (1000–1500). Below 1000 the host is slower than any
 * desktop class in that table and no figure is suggested.
 */
export function suggestedCpuSlowdown(benchmarkIndex: number): number | undefined {
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 1000) return 2;
  return undefined;
}

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

export function summarise(lhr: LighthouseResult): Summary {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Record<Category, number | null>;
  const value = (id: string) => lhr.audits[id]?.numericValue;
  const requests = (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items;
  const scriptBytes = requests?.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const failing = Object.entries(lhr.audits)
    .filter(([, a]) => a.score !== null && a.score < 1 && a.numericValue === undefined)
    .map(([id, a]) => `${id}${a.title ? `: ${a.title}` : ""}`);
  return {
    url: lhr.finalDisplayedUrl ?? "",
    scores,
    metrics: {
      fcp: value("first-contentful-paint"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      si: value("speed-index"),
    },
    scriptBytes,
    failing,
    ...(lhr.environment?.benchmarkIndex === undefined ? {} : { benchmarkIndex: lhr.environment.benchmarkIndex }),
  };
}

/** Categories below target (a missing score counts as below), as "performance 0.91 < 0.95". */
export function shortfalls(scores: Record<Category, number | null>): string[] {
  return CATEGORIES.filter((c) => (scores[c] ?? -1) < TARGETS[c]).map((c) => `${c} ${formatScore(scores[c])} < ${TARGETS[c].toFixed(2)}`);
}

/** Of several runs, the one with the median performance score (Lighthouse's own advice for noisy machines). */
export function medianRun<T extends { scores: Record<Category, number | null> }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error("medianRun: no runs");
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export function formatScore(score: number | null): string {
  return score === null ? "n/a" : score.toFixed(2);
}

const ms = (v?: number) => (v === undefined ? "n/a" : `${Math.round(v)} ms`);

/** One line per run when several are taken, so the spread is visible beside the median. */
export function formatRun(run: number, runs: number, s: Summary): string {
  const index = s.benchmarkIndex === undefined ? "" : ` · benchmark index ${Math.round(s.benchmarkIndex)}`;
  return `run ${run}/${runs}: performance ${formatScore(s.scores.performance)} · LCP ${ms(s.metrics.lcp)} · TBT ${ms(s.metrics.tbt)}${index}`;
}

export function formatReport(s: Summary): string {
  const lines = [
    `Lighthouse (mobile) ${s.url}`,
    ...CATEGORIES.map((c) => `  ${c.padEnd(15)} ${formatScore(s.scores[c])}   (target ${TARGETS[c].toFixed(2)})`),
    `  FCP ${ms(s.metrics.fcp)} · LCP ${ms(s.metrics.lcp)} · TBT ${ms(s.metrics.tbt)} · CLS ${s.metrics.cls === undefined ? "n/a" : s.metrics.cls.toFixed(3)} · SI ${ms(s.metrics.si)}`,
  ];
  if (s.scriptBytes !== undefined) lines.push(`  JavaScript transferred: ${(s.scriptBytes / 1024).toFixed(1)} KB`);
  if (s.benchmarkIndex !== undefined) {
    const suggested = suggestedCpuSlowdown(s.benchmarkIndex);
    lines.push(
      `  host benchmark index ${Math.round(s.benchmarkIndex)}` +
        (suggested === undefined ? " (below Lighthouse's desktop classes)" : ` (Lighthouse's calibration table suggests ${suggested}× CPU slowdown here)`),
    );
  }
  return lines.join("\n");
}

/** The middle value (the mean of the two middle ones for an even count), or undefined when there is none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ArmFigures {
  runs: number;
  performance?: { median: number; min: number; max: number };
  lcp?: number;
  tbt?: number;
}

export interface Comparison {
  a: ArmFigures;
  b: ArmFigures;
  /** B minus A, run by run (run i of A beside run i of B), then the median of those differences. */
  difference: { performance?: number; lcp?: number; tbt?: number; bHigher: number; equal: number; bLower: number; pairs: number };
}

function arm(runs: readonly Summary[]): ArmFigures {
  const known = (pick: (s: Summary) => number | null | undefined) => runs.flatMap((r) => pick(r) ?? []);
  const perf = known((r) => r.scores.performance);
  const m = median(perf);
  return {
    runs: runs.length,
    ...(m === undefined ? {} : { performance: { median: m, min: Math.min(...perf), max: Math.max(...perf) } }),
    lcp: median(known((r) => r.metrics.lcp)),
    tbt: median(known((r) => r.metrics.tbt)),
  };
}

/**
 * Two builds measured in turns on the same host. On a noisy machine a batch of
 * one build and then a batch of the other mostly measures how the host's speed
 * drifted between the batches; runs taken in turns share that drift, so the
 * difference within each pair says more than either median alone. A pair where
 * either run has no performance score is left out of the differences.
 */
export function compareRuns(a: readonly Summary[], b: readonly Summary[]): Comparison {
  const pairs = a.slice(0, Math.min(a.length, b.length)).map((runA, i) => [runA, b[i]!] as const);
  const diffs = (pick: (s: Summary) => number | null | undefined) =>
    pairs.flatMap(([x, y]) => {
      const vx = pick(x);
      const vy = pick(y);
      return vx == null || vy == null ? [] : [vy - vx];
    });
  // Scores are reported to two decimals; compare them at that precision, so 0.95 against 0.9500001 is a tie.
  const perf = diffs((s) => s.scores.performance).map((d) => Math.round(d * 100) / 100);
  return {
    a: arm(a),
    b: arm(b),
    difference: {
      performance: median(perf),
      lcp: median(diffs((s) => s.metrics.lcp)),
      tbt: median(diffs((s) => s.metrics.tbt)),
      bHigher: perf.filter((d) => d > 0).length,
      equal: perf.filter((d) => d === 0).length,
      bLower: perf.filter((d) => d < 0).length,
      pairs: perf.length,
    },
  };
}

const signed = (v: number | undefined, digits: number, unit = "") => (v === undefined ? "n/a" : `${v > 0 ? "+" : v < 0 ? "−" : "±"}${Math.abs(v).toFixed(digits)}${unit}`);

/** The comparison as a few lines: each build's medians and spread, then B − A by pairs. */
export function formatComparison(labelA: string, labelB: string, c: Comparison): string {
  const line = (label: string, f: ArmFigures) =>
    `  ${label}: performance ${f.performance ? `${f.performance.median.toFixed(2)} (${f.performance.min.toFixed(2)}–${f.performance.max.toFixed(2)})` : "n/a"} · LCP ${ms(f.lcp)} · TBT ${ms(f.tbt)} · median of ${f.runs} runs`;
  const d = c.difference;
  return [
    "Lighthouse (mobile), two builds in turns",
    line(`A ${labelA}`, c.a),
    line(`B ${labelB}`, c.b),
    `  B − A by pairs: performance ${signed(d.performance, 3)} · LCP ${signed(d.lcp, 0, " ms")} · TBT ${signed(d.tbt, 0, " ms")} (medians of ${d.pairs} pairs)`,
    `  B scored higher in ${d.bHigher}, the same in ${d.equal}, lower in ${d.bLower}`,
  ].join("\n");
}

/** How far below the bare page's median performance a page may score (issue #20). */
export const BARE_MARGIN = 0.02;

export interface PageVerdict {
  label: string;
  runs: number;
  performance?: { median: number; min: number; max: number };
  lcp?: number;
  tbt?: number;
  /** The lowest score each category got over the runs. */
  lowest: Record<Category, number | null>;
  /** This page's median performance minus the bare page's. */
  vsBare?: number;
  /** What falls short: below the bare page's median − margin, below an absolute target, or no runs. */
  shortfalls: string[];
}

/**
 * One page's runs judged against the bare page's (taken in turns with it):
 * its median performance must be at least the bare page's median − 0.02 and
 * at least the absolute 0.95; accessibility, best practices and SEO must be
 * 1.00 in every run. Without bare runs, only the absolute targets apply.
 */
export function judgePage(label: string, runs: readonly Summary[], bare: readonly Summary[] | undefined): PageVerdict {
  const figures = arm(runs);
  const lowest = Object.fromEntries(
    CATEGORIES.map((c) => {
      const scores = runs.map((r) => r.scores[c]);
      return [c, scores.length === 0 || scores.some((s) => s === null) ? null : Math.min(...(scores as number[]))];
    }),
  ) as Record<Category, number | null>;
  const bareMedian = bare ? arm(bare).performance?.median : undefined;
  const perf = figures.performance?.median;
  const shortfalls: string[] = [];
  if (runs.length === 0) shortfalls.push("no runs");
  if (perf !== undefined && perf < TARGETS.performance) shortfalls.push(`performance ${perf.toFixed(2)} < ${TARGETS.performance.toFixed(2)}`);
  if (perf !== undefined && bareMedian !== undefined && Math.round((perf - bareMedian) * 100) < -BARE_MARGIN * 100) {
    shortfalls.push(`performance ${perf.toFixed(2)} < bare ${bareMedian.toFixed(2)} − ${BARE_MARGIN.toFixed(2)}`);
  }
  for (const c of CATEGORIES.filter((c) => c !== "performance")) {
    if ((lowest[c] ?? -1) < TARGETS[c]) shortfalls.push(`${c} ${formatScore(lowest[c])} < ${TARGETS[c].toFixed(2)}`);
  }
  return {
    label,
    runs: runs.length,
    ...(figures.performance ? { performance: figures.performance } : {}),
    lcp: figures.lcp,
    tbt: figures.tbt,
    lowest,
    ...(perf !== undefined && bareMedian !== undefined ? { vsBare: perf - bareMedian } : {}),
    shortfalls,
  };
}

/** A Markdown table of pages against the bare page: what `npm run lighthouse` prints and docs/performance.md quotes. */
export function formatPagesTable(bare: PageVerdict | undefined, pages: readonly PageVerdict[]): string {
  const perf = (v: PageVerdict) => (v.performance ? `${v.performance.median.toFixed(2)} (${v.performance.min.toFixed(2)}–${v.performance.max.toFixed(2)})` : "n/a");
  const others = (v: PageVerdict) => CATEGORIES.filter((c) => c !== "performance").map((c) => formatScore(v.lowest[c])).join(" / ");
  const rows = [
    "| page | performance, median (range) | vs bare | TBT | LCP | a11y / best practices / SEO (lowest) | verdict |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  if (bare) rows.push(`| ${bare.label} | ${perf(bare)} | – | ${ms(bare.tbt)} | ${ms(bare.lcp)} | – | yardstick |`);
  for (const v of pages) {
    rows.push(
      `| ${v.label} | ${perf(v)} | ${v.vsBare === undefined ? "n/a" : signed(v.vsBare, 2)} | ${ms(v.tbt)} | ${ms(v.lcp)} | ${others(v)} | ${v.shortfalls.length === 0 ? "PASS" : `FAIL: ${v.shortfalls.join("; ")}`} |`,
    );
  }
  return rows.join("\n");
}
