/**
 * The budgets of issue #8, checked against a bench run. Each check says what
 * it compared, so a FAIL reads on its own; a check that needs sizes the run
 * did not include is "n/a", never a silent pass.
 */
import { PAGE_SIZE } from "../../lib/lists/paginate";
import type { Serving, SizeResult } from "./results";
import { KB, formatBytes, formatMs } from "./stats";

export type Verdict = "PASS" | "FAIL" | "n/a";

export interface BudgetCheck {
  id: string;
  budget: string;
  actual: string;
  verdict: Verdict;
}

export const BUDGETS = {
  /** First-load JS of an article page above the bare framework page's, gzip. */
  jsOverBareBytes: 15 * KB,
  /** HTML of the seed article, gzip. */
  seedHtmlBytes: 40 * KB,
  /** Each measured page's throughput as a share of the bare page's, same run (issue #20). */
  minThroughputRatio: 0.9,
  /** Each page's p99 at the tail test's connections over the bare page's, same run. */
  maxTailP99Ratio: 2,
  /** Build time at the largest archive over the build at 1,000 articles (issue #22: pages are drawn on first request). */
  maxBuildGrowth: 1.5,
  /** Preview p50 at the largest size over the smallest. */
  maxPreviewGrowth: 1.3,
  /** Peak RSS of the build's process tree. */
  maxBuildRssBytes: 2_000_000_000,
  /** A listing page at the largest size over the smallest (gzip bytes). */
  maxListingGrowth: 1.25,
} as const;

const verdict = (ok: boolean): Verdict => (ok ? "PASS" : "FAIL");
const bySize = (results: readonly SizeResult[]) => [...results].sort((a, b) => a.size - b.size);

export function checkBudgets(input: readonly SizeResult[]): BudgetCheck[] {
  const results = bySize(input);
  const checks: BudgetCheck[] = [];
  if (results.length === 0) return checks;
  const smallest = results[0]!;
  const largest = results[results.length - 1]!;
  const at = (r: SizeResult) => `N=${r.size.toLocaleString("en")}`;

  const overBare = (r: SizeResult) => r.weight.articleJsGzip - r.weight.bareJsGzip;
  const worstJs = results.reduce((w, r) => (overBare(r) > overBare(w) ? r : w));
  checks.push({
    id: "article-js",
    budget: `article first-load JS ≤ the bare page's + ${formatBytes(BUDGETS.jsOverBareBytes)} gzip`,
    actual: `+${formatBytes(overBare(worstJs))} (${formatBytes(worstJs.weight.articleJsGzip)} vs ${formatBytes(worstJs.weight.bareJsGzip)}, ${at(worstJs)})`,
    verdict: verdict(overBare(worstJs) <= BUDGETS.jsOverBareBytes),
  });

  const worstHtml = results.reduce((w, r) => (r.weight.articleHtmlGzip > w.weight.articleHtmlGzip ? r : w));
  checks.push({
    id: "seed-html",
    budget: `seed article HTML ≤ ${formatBytes(BUDGETS.seedHtmlBytes)} gzip`,
    actual: `${formatBytes(worstHtml.weight.articleHtmlGzip)} (${at(worstHtml)})`,
    verdict: verdict(worstHtml.weight.articleHtmlGzip <= BUDGETS.seedHtmlBytes),
  });

  checks.push(...servingBudgets(results.map((r) => ({ serving: r.serving, at: at(r) }))));

  // The build draws what readers hit first and reads the published store, not the archive: its time must not grow with N.
  const base = results.find((r) => r.size === 1000) ?? smallest;
  const flat = (what: "wall" | "CPU", ms: (r: SizeResult) => number | null | undefined): Pick<BudgetCheck, "actual" | "verdict"> => {
    const from = ms(base);
    const to = ms(largest);
    if (base === largest) return { actual: "needs two sizes (e.g. --sizes 1000,100000)", verdict: "n/a" };
    if (typeof from !== "number" || typeof to !== "number") return { actual: `${what} time not measured`, verdict: "n/a" };
    return { actual: `${(to / from).toFixed(2)} × (${formatMs(to)} at ${at(largest)} vs ${formatMs(from)} at ${at(base)})`, verdict: verdict(to <= BUDGETS.maxBuildGrowth * from) };
  };
  checks.push({ id: "build-flat", budget: `build time at the largest N ≤ ${BUDGETS.maxBuildGrowth} × at N=1,000`, ...flat("wall", (r) => r.build.wallMs) });
  // The same on CPU time: on a shared machine wall time also measures everyone else's work.
  checks.push({ id: "build-flat-cpu", budget: `the same on build CPU time (user + system), ≤ ${BUDGETS.maxBuildGrowth} ×`, ...flat("CPU", (r) => r.build.cpuMs) });

  const previews = results.flatMap((r) => ("p50Ms" in r.preview ? [{ size: r.size, p50: r.preview.p50Ms }] : []));
  const firstPreview = previews[0];
  const lastPreview = previews[previews.length - 1];
  const previewOk = previews.length >= 2 && firstPreview && lastPreview && firstPreview.size === smallest.size && lastPreview.size === largest.size;
  checks.push({
    id: "preview-flat",
    budget: `preview p50 at the largest N ≤ ${BUDGETS.maxPreviewGrowth} × at the smallest`,
    actual: previewOk
      ? `${(lastPreview.p50 / firstPreview.p50).toFixed(2)} × (${formatMs(lastPreview.p50)} at N=${lastPreview.size.toLocaleString("en")} vs ${formatMs(firstPreview.p50)} at N=${firstPreview.size.toLocaleString("en")})`
      : "needs a preview measurement at two sizes",
    verdict: previewOk ? verdict(lastPreview.p50 <= BUDGETS.maxPreviewGrowth * firstPreview.p50) : "n/a",
  });

  const hungriest = results.reduce((w, r) => (r.build.peakRssBytes > w.build.peakRssBytes ? r : w));
  checks.push({
    id: "build-memory",
    budget: `peak build memory < ${(BUDGETS.maxBuildRssBytes / 1e9).toFixed(0)} GB`,
    actual: `${formatBytes(hungriest.build.peakRssBytes)} (${at(hungriest)})`,
    verdict: verdict(hungriest.build.peakRssBytes < BUDGETS.maxBuildRssBytes),
  });

  // A listing is compared from the smallest archive that fills its first page: before that, page 1 grows because it fills up.
  const listingProblems = results.flatMap((r) => r.listings.pagination.problems.map((p) => `${at(r)}: ${p}`));
  const kinds = ["home", "topic", "person"] as const;
  const growths = kinds.flatMap((kind) => {
    const base = results.find((r) => r.listings[kind].entries >= PAGE_SIZE);
    if (!base || base === largest) return [];
    return [{ kind, base, growth: largest.listings[kind].gzip / base.listings[kind].gzip }];
  });
  const worstGrowth = Math.max(0, ...growths.map((g) => g.growth));
  checks.push({
    id: "listings-paginate",
    budget: `home, topic, people pages paginate (${PAGE_SIZE} a page); a full page 1 at the largest N ≤ ${BUDGETS.maxListingGrowth} × at a smaller N`,
    actual:
      listingProblems.length > 0
        ? listingProblems.join("; ")
        : growths.length === 0
          ? "pagination links and 404s OK; needs two sizes with a full first page to compare"
          : `${growths.map((g) => `${g.kind} ${g.growth.toFixed(2)} × (vs ${at(g.base)})`).join(", ")}; links and 404s OK`,
    verdict: listingProblems.length > 0 ? "FAIL" : growths.length === 0 ? "n/a" : verdict(worstGrowth <= BUDGETS.maxListingGrowth),
  });

  return checks;
}

/** The throughput and tail budgets over one or more serving comparisons (`at` names each: "N=1,000", "real content"). */
export function servingBudgets(runs: readonly { serving: Serving; at: string }[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const pages = runs.flatMap((r) => r.serving.pages.map((p) => ({ r, p })));
  if (pages.length === 0) return checks;
  const slowest = pages.reduce((w, x) => (x.p.ratio < w.p.ratio ? x : w));
  checks.push({
    id: "throughput",
    budget: `every page's req/s ≥ ${BUDGETS.minThroughputRatio} × the bare page's, same run`,
    actual: `worst ${slowest.p.name} ${slowest.p.ratio.toFixed(2)} × (${Math.round(slowest.p.throughput.rps)} vs ${Math.round(slowest.r.serving.bare.throughput.rps)} req/s, ${slowest.r.at})`,
    verdict: verdict(slowest.p.ratio >= BUDGETS.minThroughputRatio),
  });
  const tailRatio = (x: (typeof pages)[number]) => x.p.tail.p99Ms / Math.max(1, x.r.serving.bare.tail.p99Ms);
  const widest = pages.reduce((w, x) => (tailRatio(x) > tailRatio(w) ? x : w));
  const over2s = pages.reduce((s, x) => s + x.p.tail.over2s, 0);
  const failed = pages.reduce((s, x) => s + x.p.tail.non2xx + x.p.tail.socketErrors + x.p.throughput.non2xx + x.p.throughput.socketErrors, 0);
  const tailOk = tailRatio(widest) <= BUDGETS.maxTailP99Ratio && over2s === 0 && failed === 0;
  checks.push({
    id: "tail",
    budget: `at ${widest.r.serving.load.tailConnections} connections every page's p99 ≤ ${BUDGETS.maxTailP99Ratio} × the bare page's, none over 2 s, no non-2xx or socket error`,
    actual: `worst ${widest.p.name} ${formatMs(widest.p.tail.p99Ms)} vs ${formatMs(widest.r.serving.bare.tail.p99Ms)} (${tailRatio(widest).toFixed(2)} ×, ${widest.r.at}); ${over2s} over 2 s; ${failed} failed`,
    verdict: verdict(tailOk),
  });
  return checks;
}
