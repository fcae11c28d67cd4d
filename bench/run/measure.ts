/** What the bench measures against a running server: page weight, listings, load, preview. */
import autocannon from "autocannon";
import { gzipSync } from "node:zlib";
import { paginationLinks, scriptSources } from "../lib/html";
import type { Latency, PaginationCheck, SizeResult } from "../lib/results";
import { counterbalancedTurns, percentile } from "../lib/stats";
import { PAGE_SIZE, pageCount } from "../../lib/lists/paginate";
import { listingPagePath as pageHref } from "../../lib/paths";

export const FLOOR_PATH = "/bench-floor-no-such-page";

const gzip = (body: Buffer | string) => gzipSync(body).length;

async function get(url: string, init?: RequestInit): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(url, init);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

/** A page's HTML and the JavaScript it loads first, each gzip-compressed as a server would send them. */
export async function pageWeight(origin: string, path: string): Promise<{ htmlGzip: number; jsGzip: number; status: number; cache: string | null }> {
  const page = await get(origin + path);
  const html = page.body.toString("utf8");
  let jsGzip = 0;
  for (const src of scriptSources(html)) {
    const script = await get(new URL(src, origin + path).href);
    if (script.status !== 200) throw new Error(`${src} (referenced by ${path}) answered ${script.status}`);
    jsGzip += gzip(script.body);
  }
  return { htmlGzip: gzip(page.body), jsGzip, status: page.status, cache: page.headers.get("x-nextjs-cache") };
}

/**
 * Page 1 of a listing and its pagination: page 1 at the plain URL links to
 * page 2 (when there is one), the last page links back, and one past the last
 * is a 404.
 */
async function checkListing(origin: string, base: string, entries: number, check: PaginationCheck): Promise<number> {
  const pages = pageCount(entries, PAGE_SIZE);
  const first = await get(origin + base);
  const fail = (msg: string) => check.problems.push(`${base}: ${msg}`);
  if (first.status !== 200) fail(`page 1 answered ${first.status}`);
  const links = paginationLinks(first.body.toString("utf8"));
  check.checked.push(`${base} (${entries} entries, ${pages} pages)`);
  if (pages > 1) {
    if (!links.labelled || links.next !== pageHref(base, 2) || links.prev) fail(`page 1 should link to ${pageHref(base, 2)} only, found ${JSON.stringify(links)}`);
    const last = await get(origin + pageHref(base, pages));
    const lastLinks = paginationLinks(last.body.toString("utf8"));
    if (last.status !== 200) fail(`last page ${pageHref(base, pages)} answered ${last.status}`);
    else if (lastLinks.prev !== pageHref(base, pages - 1) || lastLinks.next) fail(`last page should link back to ${pageHref(base, pages - 1)} only`);
  } else if (links.labelled) {
    fail("a single page should have no pagination links");
  }
  const beyond = await get(origin + pageHref(base, pages + 1));
  if (beyond.status !== 404) fail(`${pageHref(base, pages + 1)} (past the last page) answered ${beyond.status}, not 404`);
  return gzip(first.body);
}

export async function listings(
  origin: string,
  total: number,
  topic: { id: string; stories: number },
  person: { id: string; stories: number },
): Promise<SizeResult["listings"]> {
  const pagination: PaginationCheck = { problems: [], checked: [] };
  return {
    home: { path: "/", entries: total, gzip: await checkListing(origin, "/", total, pagination) },
    topic: { path: `/topics/${topic.id}`, entries: topic.stories, gzip: await checkListing(origin, `/topics/${topic.id}`, topic.stories, pagination) },
    person: { path: `/people/${person.id}`, entries: person.stories, gzip: await checkListing(origin, `/people/${person.id}`, person.stories, pagination) },
    pagination,
  };
}

/**
 * A bounded autocannon run; `expect` is the status every response should have.
 * With `serverCpuMs` (the server's CPU time so far), also the server's CPU time per request.
 */
export async function load(url: string, opts: { duration: number; connections: number; expect: number; serverCpuMs?: () => number }): Promise<Latency> {
  const cpuBefore = opts.serverCpuMs?.();
  const result = await autocannon({ url, duration: opts.duration, connections: opts.connections, pipelining: 1, timeout: 10 });
  const cpuAfter = opts.serverCpuMs?.();
  const total = result.requests.total;
  const expected = result.statusCodeStats?.[String(opts.expect) as `${number}`]?.count ?? 0;
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: total,
    errors: result.errors + (total - expected),
    ...(cpuBefore !== undefined && cpuAfter !== undefined && total > 0 ? { serverCpuMs: (cpuAfter - cpuBefore) / total } : {}),
  };
}

/** Averages of several runs of the same route. */
function mean(runs: readonly Latency[]): Latency {
  const avg = (f: (l: Latency) => number) => runs.reduce((s, l) => s + f(l), 0) / runs.length;
  const cpu = runs.every((l) => l.serverCpuMs !== undefined) ? { serverCpuMs: avg((l) => l.serverCpuMs!) } : {};
  return { rps: avg((l) => l.rps), p50Ms: avg((l) => l.p50Ms), p99Ms: avg((l) => l.p99Ms), requests: avg((l) => l.requests) * runs.length, errors: avg((l) => l.errors) * runs.length, ...cpu };
}

/**
 * Article and floor take turns this many times. On this 2-core VM a single
 * round's ratio moves with the host's other work: the 24 rounds of runs 7
 * and 8 (27 November) averaged 0.89 with a standard deviation of 0.15, so
 * the mean of four rounds was good to about ±0.08, as wide as the budget's
 * margin. Eight rounds narrow that by √2, for 40 s more per size.
 */
export const LOAD_ROUNDS = 8;

/**
 * Untimed turns before the timed ones. A fresh `next start` serves both
 * routes at a third to a half of its later rate for its first seconds under
 * load while V8 compiles the request path, and the article's path takes
 * longer to get there: pairs of 2 s turns from a fresh server gave the
 * article 0.64 × the floor's rate in the first 4 s and 0.68 × in the next 4,
 * then 0.77–0.99 × (3 servers, 27 November). A 1 s turn each left the first
 * timed round in that stretch. Three pairs of 2 s turns, 12 s, clear it.
 */
export const WARMUP_PAIRS = 3;
export const WARMUP_TURN_SECONDS = 2;

/**
 * The article page and the floor route under the same load, taking turns in
 * mirrored pairs (article, floor; floor, article; …) after the warm-up, so a
 * drift of the machine's speed weighs on both alike.
 */
export async function serving(
  server: { origin: string; cpuMs?: () => number },
  articlePath: string,
  opts: { duration: number; connections: number },
  progress: (m: string) => void,
): Promise<SizeResult["serving"]> {
  const { origin } = server;
  type Route = { name: "article" | "floor"; url: string; expect: number; serverCpuMs?: () => number };
  const article: Route = { name: "article", url: origin + articlePath, expect: 200, serverCpuMs: server.cpuMs };
  const floor: Route = { name: "floor", url: origin + FLOOR_PATH, expect: 404, serverCpuMs: server.cpuMs };
  for (let pair = 1; pair <= WARMUP_PAIRS; pair++) {
    progress(`warming up ${pair}/${WARMUP_PAIRS}`);
    for (const route of [article, floor]) await load(route.url, { ...opts, duration: WARMUP_TURN_SECONDS, expect: route.expect });
  }
  const runs: { article: Latency[]; floor: Latency[] } = { article: [], floor: [] };
  const rounds = counterbalancedTurns(article, floor, LOAD_ROUNDS);
  for (const [i, round] of rounds.entries()) {
    for (const route of round) {
      progress(`load round ${i + 1}/${LOAD_ROUNDS}: ${route.name}`);
      runs[route.name].push(await load(route.url, { ...opts, expect: route.expect, serverCpuMs: route.serverCpuMs }));
    }
  }
  const a = mean(runs.article);
  const f = mean(runs.floor);
  const roundRatios = runs.article.map((article, i) => article.rps / runs.floor[i]!.rps);
  return { article: a, floor: f, ratio: a.rps / f.rps, roundRatios };
}

export interface PreviewSession {
  url: string;
  init: RequestInit;
  cacheControl: string;
}

/**
 * Draft mode on through /api/draft, and the draft article rendered once in it.
 * Returns why not when the build has no preview.
 */
export async function enterPreview(origin: string, draft: { slug: string; headline: string; secret: string }): Promise<PreviewSession | { skipped: string }> {
  const enable = await fetch(`${origin}/api/draft?secret=${encodeURIComponent(draft.secret)}&slug=${encodeURIComponent(draft.slug)}`, { redirect: "manual" });
  await enable.arrayBuffer();
  if (enable.status === 404) return { skipped: "this build has no /api/draft route" };
  const cookies = enable.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.startsWith("__prerender_bypass="))) {
    return { skipped: `/api/draft answered ${enable.status} without a __prerender_bypass cookie` };
  }
  const init = { headers: { cookie: cookies.join("; ") } };
  const url = `${origin}/articles/${draft.slug}`;
  const first = await get(url, init);
  if (first.status !== 200 || !first.body.toString("utf8").includes(escapeHtml(draft.headline))) {
    return { skipped: `the draft did not render in draft mode (status ${first.status})` };
  }
  // The first requests load the archive's summaries into the server (for related articles): not counted.
  for (let i = 0; i < 20; i++) await get(url, init);
  return { url, init, cacheControl: first.headers.get("cache-control") ?? "" };
}

/** Requests one after another for `seconds` (a preview is one editor, not a crowd), timed to the microsecond. */
export async function timePreview(session: PreviewSession, seconds: number, into: { samples: number[]; errors: number; ms: number }): Promise<void> {
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    const t = performance.now();
    const res = await get(session.url, session.init);
    into.samples.push(performance.now() - t);
    if (res.status !== 200) into.errors++;
  }
  into.ms += performance.now() - started;
}

export function previewResult(session: PreviewSession, timed: { samples: number[]; errors: number; ms: number }): Latency & { cacheControl: string } {
  return {
    rps: timed.samples.length / (timed.ms / 1000),
    p50Ms: percentile(timed.samples, 50),
    p99Ms: percentile(timed.samples, 99),
    requests: timed.samples.length,
    errors: timed.errors,
    cacheControl: session.cacheControl,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
