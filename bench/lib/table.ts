/** The bench's report: one Markdown table (readable in a terminal, pasted as is into docs/performance.md). */
import type { BudgetCheck } from "./budgets";
import type { Latency, ServedPage, Serving, SizeResult } from "./results";
import { formatBytes, formatMs } from "./stats";
import type { WrkFigures } from "./wrk";

type Row = [label: string, cell: (r: SizeResult) => string];

const latency = (l: Latency) => `${formatMs(l.p50Ms)} / ${formatMs(l.p99Ms)}`;
const n = (x: number) => x.toLocaleString("en");

/** "0.93 × (rounds 0.88–0.97)": the spread of the rounds says how far one run's ratio can be trusted. */
export function throughputRatio({ ratio, roundRatios }: Pick<ServedPage, "ratio" | "roundRatios">): string {
  const overall = `${ratio.toFixed(2)} ×`;
  if (roundRatios.length < 2) return overall;
  return `${overall} (rounds ${Math.min(...roundRatios).toFixed(2)}–${Math.max(...roundRatios).toFixed(2)})`;
}

/** "41 ms · 0 over 2 s": the tail test's p99 and the responses it left out. */
export function tail(w: WrkFigures): string {
  const failed = w.non2xx + w.socketErrors;
  return `${formatMs(w.p99Ms)} · ${w.over2s} over 2 s${failed > 0 ? ` · ${failed} failed` : ""}`;
}

const page = (r: SizeResult, name: string) => r.serving.pages.find((p) => p.name === name);

/** One row per measured page and figure, in the order the bench measured them (the first size's pages). */
function servingRows(results: readonly SizeResult[]): Row[] {
  const names = results[0]?.serving.pages.map((p) => p.name) ?? [];
  const bareRows: Row[] = [
    ["**serving** bare page req/s", (r) => n(Math.round(r.serving.bare.throughput.rps))],
    ["bare page server CPU per request", (r) => (r.serving.bare.serverCpuMs === undefined ? "–" : `${r.serving.bare.serverCpuMs.toFixed(2)} ms`)],
    [`bare page p99 at ${results[0]?.serving.load.tailConnections ?? "?"} connections`, (r) => tail(r.serving.bare.tail)],
  ];
  return [
    ...bareRows,
    ...names.flatMap((name): Row[] => [
      [`${name} req/s ÷ bare`, (r) => (page(r, name) ? `${n(Math.round(page(r, name)!.throughput.rps))} · ${throughputRatio(page(r, name)!)}` : "–")],
      [`${name} server CPU per request ÷ bare`, (r) => (page(r, name)?.cpuRatio === undefined ? "–" : `${page(r, name)!.serverCpuMs!.toFixed(2)} ms · ${page(r, name)!.cpuRatio!.toFixed(2)} ×`)],
      [`${name} p99 at ${results[0]?.serving.load.tailConnections ?? "?"} connections`, (r) => (page(r, name) ? tail(page(r, name)!.tail) : "–")],
    ]),
  ];
}

const ROWS: Row[] = [
  ["articles · drafts · people · topics", (r) => `${n(r.corpus.articles)} · ${r.corpus.drafts} · ${n(r.corpus.people)} · ${r.corpus.topics}`],
  ["corpus written in", (r) => formatMs(r.corpus.writeMs)],
  ["archive published once (validate + copy; a first deploy)", (r) => (r.archivePublish ? `${formatMs(r.archivePublish.wallMs)} · ${formatBytes(r.archivePublish.peakRssBytes)}` : "–")],
  ["**build** wall time", (r) => formatMs(r.build.wallMs)],
  ["build time per article", (r) => formatMs(r.build.perArticleMs)],
  ["build CPU time (user + sys, all processes)", (r) => (typeof r.build.cpuMs === "number" ? formatMs(r.build.cpuMs) : "–")],
  ["build peak memory (RSS of process tree)", (r) => formatBytes(r.build.peakRssBytes)],
  ["pages generated", (r) => (r.build.pages === null ? "?" : n(r.build.pages))],
  ["first request of an article not built: p50 · p99", (r) => (r.firstRequest ? `${formatMs(r.firstRequest.p50Ms)} · ${formatMs(r.firstRequest.p99Ms)} (${r.firstRequest.count})` : "–")],
  ["**weight** seed article HTML (gzip)", (r) => formatBytes(r.weight.articleHtmlGzip)],
  ["article first-load JS (gzip)", (r) => formatBytes(r.weight.articleJsGzip)],
  ["bare page HTML (gzip)", (r) => formatBytes(r.weight.bareHtmlGzip)],
  ["bare page first-load JS (gzip)", (r) => formatBytes(r.weight.bareJsGzip)],
  ["article JS above the bare page's", (r) => `+${formatBytes(r.weight.articleJsGzip - r.weight.bareJsGzip)}`],
  ["home / topic / person page 1 (gzip)", (r) => `${formatBytes(r.listings.home.gzip)} / ${formatBytes(r.listings.topic.gzip)} / ${formatBytes(r.listings.person.gzip)}`],
  ["entries in those listings (all pages)", (r) => `${n(r.listings.home.entries)} / ${n(r.listings.topic.entries)} / ${n(r.listings.person.entries)}`],
  ["article served from", (r) => (r.weight.articleCache === "HIT" ? "prerendered cache (HIT)" : `x-nextjs-cache: ${r.weight.articleCache ?? "none"}`)],
  ["**preview** (draft mode) p50 / p99", (r) => ("p50Ms" in r.preview ? latency(r.preview) : `skipped: ${r.preview.skipped}`)],
  ["preview req/s", (r) => ("p50Ms" in r.preview ? n(Math.round(r.preview.rps)) : "–")],
];

const PREVIEW_ROW = ROWS.findIndex(([label]) => label.startsWith("**preview**"));

export function resultsTable(input: readonly SizeResult[]): string {
  const results = [...input].sort((a, b) => a.size - b.size);
  const header = `| | ${results.map((r) => `N = ${n(r.size)}`).join(" | ")} |`;
  const rule = `| --- | ${results.map(() => "---:").join(" | ")} |`;
  const rows = [...ROWS.slice(0, PREVIEW_ROW), ...servingRows(results), ...ROWS.slice(PREVIEW_ROW)].map(([label, cell]) => `| ${label} | ${results.map((r) => cell(r).replace(/\|/g, "\\|")).join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}

export function budgetTable(checks: readonly BudgetCheck[]): string {
  const rows = checks.map((c) => `| ${c.verdict} | ${c.budget} | ${c.actual.replace(/\|/g, "\\|")} |`);
  return ["| | budget | measured |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The serving comparison alone, a row per route: what `npm run bench -- --serving-only` prints. */
export function servingTable(s: Serving): string {
  const cpu = (ms: number | undefined, ratio?: number) => (ms === undefined ? "–" : `${ms.toFixed(2)} ms${ratio === undefined ? "" : ` · ${ratio.toFixed(2)} ×`}`);
  const rows = [
    `| route | req/s | ÷ bare (rounds) | server CPU per request · ÷ bare | p99 at ${s.load.tailConnections} connections |`,
    "| --- | ---: | ---: | ---: | ---: |",
    `| bare \`${s.bare.path}\` | ${n(Math.round(s.bare.throughput.rps))} | – | ${cpu(s.bare.serverCpuMs)} | ${tail(s.bare.tail)} |`,
    ...s.pages.map((p) => `| ${p.name} \`${p.path}\` | ${n(Math.round(p.throughput.rps))} | ${throughputRatio(p)} | ${cpu(p.serverCpuMs, p.cpuRatio)} | ${tail(p.tail)} |`),
  ];
  return rows.join("\n");
}
