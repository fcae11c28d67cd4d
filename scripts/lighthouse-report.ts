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
