/** The arithmetic of `npm run bench:publish` (bench/publish.ts), kept apart so it is tested. */
import { percentile } from "./stats";

/** One publish: how long the POST took, and when (from sending it) each page first showed the new headline. */
export interface PublishSample {
  requestMs: number;
  liveMs: Record<string, number>;
}

export interface Spread {
  p50: number;
  max: number;
}

export interface PublishSummary {
  publishes: number;
  request: Spread;
  /** Until every watched page showed the headline. */
  allLive: Spread;
  byPage: Record<string, Spread>;
}

const spread = (values: readonly number[]): Spread => ({ p50: percentile(values, 50), max: Math.max(...values) });

export function summarisePublishes(samples: readonly PublishSample[]): PublishSummary {
  if (samples.length === 0) throw new RangeError("no publishes to summarise");
  const pages = Object.keys(samples[0]!.liveMs);
  return {
    publishes: samples.length,
    request: spread(samples.map((s) => s.requestMs)),
    allLive: spread(samples.map((s) => Math.max(...Object.values(s.liveMs)))),
    byPage: Object.fromEntries(pages.map((page) => [page, spread(samples.map((s) => s.liveMs[page]!))])),
  };
}

/** "p50 120 ms · max 410 ms" lines of a summary, for the terminal and docs/performance.md. */
export function publishTable(runs: readonly { name: string; summary: PublishSummary }[]): string {
  const fmt = (s: Spread) => `${Math.round(s.p50)} ms / ${Math.round(s.max)} ms`;
  const pages = Object.keys(runs[0]?.summary.byPage ?? {});
  const rows = [
    ["POST /api/publish answered", ...runs.map((r) => fmt(r.summary.request))],
    ...pages.map((page) => [`new headline on ${page}`, ...runs.map((r) => fmt(r.summary.byPage[page]!))]),
    ["on all of them", ...runs.map((r) => fmt(r.summary.allLive))],
  ];
  const header = `| from sending the publish (p50 / max over ${runs[0]?.summary.publishes ?? 0}) | ${runs.map((r) => r.name).join(" | ")} |`;
  const rule = `| --- | ${runs.map(() => "---").join(" | ")} |`;
  return [header, rule, ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
}
