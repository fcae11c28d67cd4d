/** What the bench measures against a running server: page weight, listings, load, preview. */
import { gzipSync } from "node:zlib";
import { paginationLinks, scriptSources } from "../lib/html";
import type { Latency, PaginationCheck, Serving, SizeResult } from "../lib/results";
import { percentile, rotatedTurns } from "../lib/stats";
import { type WrkFigures, combineWrk } from "../lib/wrk";
import { wrk } from "./wrk";
import { PAGE_SIZE, pageCount } from "../../lib/lists/paginate";
import { listingPagePath as pageHref } from "../../lib/paths";

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

/** The load of the serving comparison: wrk's threads and connections, seconds per turn, rounds; the tail test's connections and seconds. */
export const LOAD = { threads: 2, connections: 32, seconds: 4, rounds: 3, tailConnections: 64, tailSeconds: 8 } as const;

/** Untimed seconds per route before the timed turns: a fresh `next start` serves at a fraction of its rate while V8 compiles the request path. */
export const WARMUP_SECONDS = 3;

export interface Target {
  name: string;
  path: string;
  origin: string;
  /** CPU time the server's processes have used so far, in ms (from /proc). */
  cpuMs?: () => number;
}

/** A wrk run with the server's CPU time per request around it: unlike req/s, hardly moved by other work on the machine. */
async function measured(t: Target, o: { connections: number; seconds: number; threads: number }): Promise<WrkFigures & { cpuMs?: number }> {
  const before = t.cpuMs?.();
  const figures = await wrk(t.origin + t.path, o);
  const after = t.cpuMs?.();
  return before === undefined || after === undefined ? figures : { ...figures, cpuMs: after - before };
}

/** CPU ms per request over runs, or undefined where it was not measured. */
function cpuPerRequest(runs: readonly (WrkFigures & { cpuMs?: number })[]): number | undefined {
  if (runs.some((r) => r.cpuMs === undefined)) return undefined;
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  return requests > 0 ? runs.reduce((s, r) => s + r.cpuMs!, 0) / requests : undefined;
}

/**
 * Pages of this build and the bare app's page under the same load, taking
 * turns (bench/lib/wrk.ts rotatedTurns) after a warm-up, so a drift of the
 * host's speed weighs on all of them alike; then the tail test, each route
 * once at more connections, in turns too. Ratios are to the bare page.
 */
export async function serving(
  bare: Target,
  pages: readonly Target[],
  opts: { connections: number; seconds: number },
  progress: (m: string) => void,
): Promise<Serving> {
  const load = { ...LOAD, connections: opts.connections, seconds: opts.seconds };
  const routes = [bare, ...pages];
  const url = (t: Target) => t.origin + t.path;
  progress(`warming up (${routes.length} routes × ${WARMUP_SECONDS} s)`);
  for (const t of routes) await wrk(url(t), { connections: load.connections, seconds: WARMUP_SECONDS, threads: load.threads });
  const runs = new Map<Target, (WrkFigures & { cpuMs?: number })[]>(routes.map((t) => [t, []]));
  for (const [i, round] of rotatedTurns(routes, load.rounds).entries()) {
    progress(`load round ${i + 1}/${load.rounds}: ${round.map((t) => t.name).join(", ")} (${load.connections} connections, ${load.seconds} s each)`);
    for (const t of round) runs.get(t)!.push(await measured(t, { connections: load.connections, seconds: load.seconds, threads: load.threads }));
  }
  const tails = new Map<Target, WrkFigures>();
  progress(`tail test: ${load.tailConnections} connections, ${load.tailSeconds} s per route`);
  for (const t of rotatedTurns(routes, load.rounds + 1).at(-1)!) tails.set(t, await wrk(url(t), { connections: load.tailConnections, seconds: load.tailSeconds, threads: load.threads }));
  const bareRuns = runs.get(bare)!;
  const bareFigures = combineWrk(bareRuns);
  const bareCpu = cpuPerRequest(bareRuns);
  const cpu = (ms: number | undefined) => (ms === undefined ? {} : { serverCpuMs: ms });
  return {
    load,
    bare: { name: bare.name, path: bare.path, throughput: bareFigures, tail: tails.get(bare)!, ...cpu(bareCpu) },
    pages: pages.map((t) => {
      const own = runs.get(t)!;
      const throughput = combineWrk(own);
      const pageCpu = cpuPerRequest(own);
      return {
        name: t.name,
        path: t.path,
        throughput,
        ...cpu(pageCpu),
        ...(pageCpu !== undefined && bareCpu !== undefined ? { cpuRatio: pageCpu / bareCpu } : {}),
        tail: tails.get(t)!,
        ratio: throughput.rps / bareFigures.rps,
        roundRatios: own.map((w, i) => w.rps / bareRuns[i]!.rps),
      };
    }),
  };
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
