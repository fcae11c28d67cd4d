/** The bench's report: one Markdown table (readable in a terminal, pasted as is into docs/performance.md). */
import type { BudgetCheck } from "./budgets";
import type { Latency, SizeResult } from "./results";
import { formatBytes, formatMs } from "./stats";

type Row = [label: string, cell: (r: SizeResult) => string];

const latency = (l: Latency) => `${formatMs(l.p50Ms)} / ${formatMs(l.p99Ms)}`;
const n = (x: number) => x.toLocaleString("en");

/** "2.31 / 1.66 ms (1.39 ×)": what a request cost the server, which is what throughput is bounded by once the load tool has its own core. */
export function serverCpu({ article, floor }: SizeResult["serving"]): string {
  if (article.serverCpuMs === undefined || floor.serverCpuMs === undefined) return "–";
  return `${article.serverCpuMs.toFixed(2)} / ${floor.serverCpuMs.toFixed(2)} ms (${(article.serverCpuMs / floor.serverCpuMs).toFixed(2)} ×)`;
}

/** "0.83 × (rounds 0.76–0.90)": the spread of the alternated rounds says how far one run's ratio can be trusted. */
export function throughputRatio({ ratio, roundRatios }: SizeResult["serving"]): string {
  const overall = `${ratio.toFixed(2)} ×`;
  if (!roundRatios || roundRatios.length < 2) return overall;
  return `${overall} (rounds ${Math.min(...roundRatios).toFixed(2)}–${Math.max(...roundRatios).toFixed(2)})`;
}

const ROWS: Row[] = [
  ["articles · drafts · people · topics", (r) => `${n(r.corpus.articles)} · ${r.corpus.drafts} · ${n(r.corpus.people)} · ${r.corpus.topics}`],
  ["corpus written in", (r) => formatMs(r.corpus.writeMs)],
  ["**build** wall time", (r) => formatMs(r.build.wallMs)],
  ["build time per article", (r) => formatMs(r.build.perArticleMs)],
  ["build CPU time (user + sys, all processes)", (r) => (typeof r.build.cpuMs === "number" ? formatMs(r.build.cpuMs) : "–")],
  ["build peak memory (RSS of process tree)", (r) => formatBytes(r.build.peakRssBytes)],
  ["pages generated", (r) => (r.build.pages === null ? "?" : n(r.build.pages))],
  ["**weight** seed article HTML (gzip)", (r) => formatBytes(r.weight.articleHtmlGzip)],
  ["article first-load JS (gzip)", (r) => formatBytes(r.weight.articleJsGzip)],
  ["floor (404 page) HTML (gzip)", (r) => formatBytes(r.weight.floorHtmlGzip)],
  ["floor first-load JS (gzip)", (r) => formatBytes(r.weight.floorJsGzip)],
  ["article JS above floor", (r) => `+${formatBytes(r.weight.articleJsGzip - r.weight.floorJsGzip)}`],
  ["home / topic / person page 1 (gzip)", (r) => `${formatBytes(r.listings.home.gzip)} / ${formatBytes(r.listings.topic.gzip)} / ${formatBytes(r.listings.person.gzip)}`],
  ["entries in those listings (all pages)", (r) => `${n(r.listings.home.entries)} / ${n(r.listings.topic.entries)} / ${n(r.listings.person.entries)}`],
  ["article served from", (r) => (r.weight.articleCache === "HIT" ? "prerendered cache (HIT)" : `x-nextjs-cache: ${r.weight.articleCache ?? "none"}`)],
  ["**serving** article req/s", (r) => n(Math.round(r.serving.article.rps))],
  ["article p50 / p99", (r) => latency(r.serving.article)],
  ["floor (404) req/s", (r) => n(Math.round(r.serving.floor.rps))],
  ["floor p50 / p99", (r) => latency(r.serving.floor)],
  ["article ÷ floor throughput", (r) => throughputRatio(r.serving)],
  ["server CPU per request, article / floor", (r) => serverCpu(r.serving)],
  ["**preview** (draft mode) p50 / p99", (r) => ("p50Ms" in r.preview ? latency(r.preview) : `skipped: ${r.preview.skipped}`)],
  ["preview req/s", (r) => ("p50Ms" in r.preview ? n(Math.round(r.preview.rps)) : "–")],
];

export function resultsTable(input: readonly SizeResult[]): string {
  const results = [...input].sort((a, b) => a.size - b.size);
  const header = `| | ${results.map((r) => `N = ${n(r.size)}`).join(" | ")} |`;
  const rule = `| --- | ${results.map(() => "---:").join(" | ")} |`;
  const rows = ROWS.map(([label, cell]) => `| ${label} | ${results.map((r) => cell(r).replace(/\|/g, "\\|")).join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}

export function budgetTable(checks: readonly BudgetCheck[]): string {
  const rows = checks.map((c) => `| ${c.verdict} | ${c.budget} | ${c.actual.replace(/\|/g, "\\|")} |`);
  return ["| | budget | measured |", "| --- | --- | --- |", ...rows].join("\n");
}
