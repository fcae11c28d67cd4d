/**
 * `npm run bench [-- --sizes 1000,10000,100000]`: builds synthetic archives of
 * each size, serves each build on loopback, measures it, checks the budgets
 * of docs/performance.md, prints a table and writes bench/results/results.json.
 *
 * Everything it starts it stops, and everything temporary it removes, also on
 * Ctrl-C (bench/run/cleanup.ts). Builds go to .next-bench/, never .next/.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBenchArgs } from "./lib/args";
import { BUDGETS, checkBudgets, servingBudgets } from "./lib/budgets";
import type { SizeResult } from "./lib/results";
import { formatMs, percentile } from "./lib/stats";
import { budgetTable, resultsTable, servingTable } from "./lib/table";
import { installCleanup, remove, removeAtExit, snapshot, tempDir } from "./run/cleanup";
import { SEED_SLUG, writeCorpus } from "./run/corpus-writer";
import { LOAD, WARMUP_SECONDS, type PreviewSession, enterPreview, listings, pageWeight, previewResult, serving, timePreview } from "./run/measure";
import { ensureBareApp } from "./run/bare-app";
import { type RunningServer, runArchivePublish, runBuild, startBareServer, startServer } from "./run/next-process";
import { otherNextProcesses } from "./run/proc-sampler";
import { requireWrk } from "./run/wrk";

const DIST_DIR = ".next-bench";

function machine() {
  const cpus = os.cpus();
  const nextVersion = (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown"}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: nextVersion,
  };
}

async function main() {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  if (process.platform !== "linux") console.error("warning: peak memory is read from /proc and will be 0 outside Linux");
  installCleanup();
  if (options.previewOnly) return previewOnly(options.sizes, options.duration, options.out);
  if (options.servingOnly) return servingOnly(options.connections, options.duration, options.out);
  // `next build` with a custom build folder rewrites these two; they are put back at exit.
  snapshot("tsconfig.json");
  snapshot("next-env.d.ts");
  removeAtExit(DIST_DIR);

  const started = performance.now();
  const results: SizeResult[] = [];
  const conditions: { size: number; loadAverage: number[]; otherNextProcesses: number }[] = [];
  const secret = randomBytes(16).toString("hex");
  const previewTargets: PreviewTarget[] = [];
  const say = (size: number) => (msg: string) => process.stderr.write(`[N=${size.toLocaleString("en")}] ${msg}\n`);

  // The yardstick: the bare framework app, built once per set of versions (cached outside the repository) and served throughout.
  requireWrk();
  const bareApp = ensureBareApp((m) => process.stderr.write(`[bare app] ${m}\n`));
  const bareServer = await startBareServer(bareApp.dir);
  const bare = { name: "bare", path: "/", origin: bareServer.origin, cpuMs: bareServer.cpuMs };
  const bareWeight = await pageWeight(bare.origin, bare.path);
  if (bareWeight.status !== 200) throw new Error(`the bare app answered ${bareWeight.status} at /`);
  process.stderr.write(`[bare app] next ${bareApp.versions.next} serving on ${bare.origin} (${bareApp.dir})\n`);
  try {
  for (const size of options.sizes) {
    const progress = say(size);
    conditions.push({ size, loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))), otherNextProcesses: otherNextProcesses() });
    if (conditions.at(-1)!.otherNextProcesses > 0) progress(`note: ${conditions.at(-1)!.otherNextProcesses} other Next.js process(es) running on this machine`);

    const root = tempDir(`onrecord-bench-${size}-`);
    const contentDir = path.join(root, "content");
    progress("writing the archive…");
    const corpus = await writeCorpus(contentDir, size);
    progress(`${corpus.articles} articles, ${corpus.people} people, ${corpus.topics} topics written in ${formatMs(corpus.writeMs)}`);

    remove(DIST_DIR);
    const env = { contentDir, distDir: DIST_DIR, previewSecret: secret };
    progress("publishing the archive (once, as a first deploy)…");
    const archivePublish = await runArchivePublish(env, progress);
    progress(`archive published in ${formatMs(archivePublish.wallMs)}, peak ${Math.round(archivePublish.peakRssBytes / 1e6)} MB`);
    progress("building…");
    const build = await runBuild(env, progress);
    progress(`built in ${formatMs(build.wallMs)}, peak ${Math.round(build.peakRssBytes / 1e6)} MB`);

    const server = await startServer(env);
    try {
      progress(`serving on ${server.origin}; measuring page weight…`);
      const article = await pageWeight(server.origin, `/articles/${SEED_SLUG}`);
      if (article.status !== 200) throw new Error(`unexpected status: article ${article.status}`);
      progress("timing first requests of articles the build did not draw…");
      const firstRequest = await firstRequests(server.origin, corpus.coldSlugs);
      progress(`first request p50 ${formatMs(firstRequest.p50Ms)}, p99 ${formatMs(firstRequest.p99Ms)}`);
      progress("checking listings and pagination…");
      const listed = await listings(server.origin, corpus.articles, corpus.busiestTopic, corpus.mostQuoted);
      const pages = [
        { name: "article", path: `/articles/${SEED_SLUG}` },
        { name: "home", path: "/" },
        { name: "topic", path: listed.topic.path },
        { name: "person", path: listed.person.path },
      ].map((p) => ({ ...p, origin: server.origin, cpuMs: server.cpuMs }));
      const served = await serving(bare, pages, { connections: options.connections, seconds: options.duration }, progress);
      results.push({
        size: corpus.articles,
        corpus: { articles: corpus.articles, drafts: corpus.drafts, people: corpus.people, topics: corpus.topics, writeMs: corpus.writeMs },
        build: { ...build, perArticleMs: build.wallMs / corpus.articles },
        archivePublish,
        firstRequest,
        weight: { articleHtmlGzip: article.htmlGzip, articleJsGzip: article.jsGzip, bareHtmlGzip: bareWeight.htmlGzip, bareJsGzip: bareWeight.jsGzip, articleCache: article.cache },
        listings: listed,
        serving: served,
        preview: { skipped: "not measured yet" },
      });
      previewTargets.push({ size: corpus.articles, contentDir, draft: { slug: corpus.draftSlug, headline: corpus.draftHeadline, secret } });
      progress(`done: bare ${Math.round(served.bare.throughput.rps)} req/s; ${served.pages.map((p) => `${p.name} ${p.ratio.toFixed(2)} ×`).join(", ")}`);
    } finally {
      await server.stop();
      // The content root stays for the preview phase (removed at exit); the build is replaced by the next size's.
    }
    // Partial results survive a failure at a later size.
    writeResults(options.out, results, conditions, started);
  }
  } finally {
    await bareServer.stop();
  }

  try {
    const previews = await measurePreviews(previewTargets, DIST_DIR, options.duration);
    for (const r of results) r.preview = previews.get(r.size) ?? r.preview;
  } catch (e) {
    // The builds and load runs are still worth reporting.
    const reason = `preview measurement failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
    process.stderr.write(`${reason}\n`);
    for (const r of results) if ("skipped" in r.preview) r.preview = { skipped: reason };
  }
  remove(DIST_DIR);

  const budgets = checkBudgets(results);
  console.log(`\n${resultsTable(results)}\n\n${budgetTable(budgets)}\n`);
  writeResults(options.out, results, conditions, started);
  console.log(`Results written to ${options.out} (${formatMs(performance.now() - started)} in all).`);
  if (budgets.some((b) => b.verdict === "FAIL")) process.exitCode = 1;
}

interface PreviewTarget {
  size: number;
  contentDir: string;
  draft: { slug: string; headline: string; secret: string };
}

/**
 * Preview renders from the content folder at request time, so it does not
 * depend on which archive was built: one server per size, all on the last
 * build, each reading its own archive. They are timed in turns (1,000,
 * 10,000, 100,000, 1,000, …) so that other work on the machine weighs on every size
 * alike; measured minutes apart, a busy spell would decide the comparison.
 */
async function measurePreviews(targets: PreviewTarget[], distDir: string, duration: number): Promise<Map<number, SizeResult["preview"]>> {
  const out = new Map<number, SizeResult["preview"]>();
  const say = (msg: string) => process.stderr.write(`[preview] ${msg}\n`);
  const servers: RunningServer[] = [];
  try {
    const sessions: { target: PreviewTarget; session: PreviewSession; timed: { samples: number[]; errors: number; ms: number } }[] = [];
    for (const target of targets) {
      const server = await startServer({ contentDir: target.contentDir, distDir, previewSecret: target.draft.secret });
      servers.push(server);
      const session = await enterPreview(server.origin, target.draft);
      if ("skipped" in session) out.set(target.size, session);
      else sessions.push({ target, session, timed: { samples: [], errors: 0, ms: 0 } });
      say(`N=${target.size.toLocaleString("en")}: ${"skipped" in session ? session.skipped : `draft mode on at ${server.origin}`}`);
    }
    const rounds = 3;
    for (let round = 1; round <= rounds; round++) {
      for (const s of sessions) {
        say(`round ${round}/${rounds}, N=${s.target.size.toLocaleString("en")}`);
        await timePreview(s.session, duration / rounds, s.timed);
      }
    }
    for (const s of sessions) out.set(s.target.size, previewResult(s.session, s.timed));
  } finally {
    for (const server of servers) await server.stop();
  }
  return out;
}

/**
 * `--preview-only`: the archives, each published once, and preview timed on
 * them in turns on the existing `.next` build (preview renders from the content folder, whatever
 * was built). Checks the preview budget without building 10,000 articles.
 */
async function previewOnly(sizes: number[], duration: number, out: string) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("--preview-only needs a build in .next: run `npm run build` first");
  const secret = randomBytes(16).toString("hex");
  const targets: PreviewTarget[] = [];
  for (const size of sizes) {
    const contentDir = path.join(tempDir(`onrecord-bench-${size}-`), "content");
    const corpus = await writeCorpus(contentDir, size);
    const say = (msg: string) => process.stderr.write(`[N=${size.toLocaleString("en")}] ${msg}\n`);
    say(`archive written in ${formatMs(corpus.writeMs)}`);
    // Preview draws related stories from the published site: without it they would come from nothing.
    const published = await runArchivePublish({ contentDir, distDir: ".next" }, say);
    say(`archive published in ${formatMs(published.wallMs)}`);
    targets.push({ size: corpus.articles, contentDir, draft: { slug: corpus.draftSlug, headline: corpus.draftHeadline, secret } });
  }
  const previews = await measurePreviews(targets, ".next", duration);
  const rows = [...previews].map(([size, p]) => ({ size, ...p }));
  const measured = rows.flatMap((r) => ("p50Ms" in r ? [r] : []));
  const first = measured[0];
  const last = measured[measured.length - 1];
  const ratio = first && last && first !== last ? last.p50Ms / first.p50Ms : undefined;
  const verdict = ratio === undefined ? "n/a" : ratio <= BUDGETS.maxPreviewGrowth ? "PASS" : "FAIL";
  console.log("\n| N | preview p50 | p99 | req/s | requests |\n| ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log("p50Ms" in r ? `| ${r.size.toLocaleString("en")} | ${formatMs(r.p50Ms)} | ${formatMs(r.p99Ms)} | ${Math.round(r.rps)} | ${r.requests} |` : `| ${r.size} | skipped: ${r.skipped} | | | |`);
  }
  console.log(`\n${verdict}  preview p50 at the largest N ≤ ${BUDGETS.maxPreviewGrowth} × at the smallest${ratio === undefined ? "" : `: ${ratio.toFixed(2)} ×`}\n`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), machine: machine(), loadAverage: os.loadavg(), previews: rows, verdict, ratio }, null, 2)}\n`);
  if (verdict === "FAIL") process.exitCode = 1;
}

/** The pages of the real content that `--serving-only` measures: the seed article, home, a topic and a person page. */
export const REAL_PAGES = [
  { name: "article", path: `/articles/${SEED_SLUG}` },
  { name: "home", path: "/" },
  { name: "topic", path: "/topics/hybrid-threats" },
  { name: "person", path: "/people/oren-vasquell" },
];

/**
 * `--serving-only`: the serving comparison of the real content's pages
 * against the bare page on the existing `.next` build (as `npm run build`
 * made it), with the throughput and tail budgets. Minutes, not a quarter of
 * an hour: for checking a change to what a request costs.
 */
async function servingOnly(connections: number, seconds: number, out: string) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("--serving-only needs a build in .next: run `npm run build` first");
  requireWrk();
  const say = (m: string) => process.stderr.write(`[serving] ${m}\n`);
  const app = ensureBareApp(say);
  const bareServer = await startBareServer(app.dir);
  const server = await startServer({ contentDir: path.resolve("content"), distDir: ".next" });
  try {
    const bare = { name: "bare", path: "/", origin: bareServer.origin, cpuMs: bareServer.cpuMs };
    const pages = REAL_PAGES.map((p) => ({ ...p, origin: server.origin, cpuMs: server.cpuMs }));
    for (const p of pages) {
      const res = await fetch(p.origin + p.path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p.path} answered ${res.status}`);
    }
    const loadAverage = os.loadavg().map((x) => Number(x.toFixed(2)));
    const served = await serving(bare, pages, { connections, seconds }, say);
    const rows = servingTable(served);
    const checks = servingBudgets([{ serving: served, at: "real content" }]);
    console.log(`\n${rows}\n\n${budgetTable(checks)}\n`);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), machine: machine(), loadAverage, loadAverageAfter: os.loadavg(), bareApp: app.dir, serving: served, budgets: checks }, null, 2)}\n`);
    console.log(`Results written to ${out}.`);
    if (checks.some((c) => c.verdict === "FAIL")) process.exitCode = 1;
  } finally {
    await server.stop();
    await bareServer.stop();
  }
}

function writeResults(out: string, results: SizeResult[], conditions: unknown, started: number) {
  mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    machine: machine(),
    conditions,
    method: {
      gzip: "node zlib gzip, default level",
      bare: "the bare framework app (../shared/floor-app) built with this project's next, react and react-dom, GET /, served beside this build throughout the run",
      load: `wrk, ${LOAD.threads} threads, loopback, per size: ${WARMUP_SECONDS} s untimed per route, then the bare page and each page in ${LOAD.rounds} rotated rounds of ${LOAD.seconds} s turns at ${LOAD.connections} connections (unless --duration/--connections say otherwise); then the tail test, each route once for ${LOAD.tailSeconds} s at ${LOAD.tailConnections} connections; wrk's timeout is 2 s, and a slower response counts as "over 2 s", not in p99`,
      preview:
        "after all builds: one server per size on the last build, each with its own archive as CONTENT_DIR; sequential requests with the draft-mode cookie from /api/draft, sizes in turns (3 rounds), timed with performance.now()",
      memory: "sum of RSS over the build's process tree, sampled every 200 ms from /proc",
    },
    results,
    budgets: checkBudgets(results),
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(`\nbench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});

/** Each slug's article requested once, one after another: how long the first reader of an article the build did not draw waits. */
async function firstRequests(origin: string, slugs: readonly string[]): Promise<NonNullable<SizeResult["firstRequest"]>> {
  const times: number[] = [];
  for (const slug of slugs) {
    const started = performance.now();
    const response = await fetch(`${origin}/articles/${slug}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`first request of /articles/${slug} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { count: times.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? 0 };
}
