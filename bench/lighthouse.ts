/**
 * `npm run lighthouse`: audits the article page of the production build in
 * Lighthouse's mobile emulation (its default: Moto G Power, slow 4G, 4× CPU)
 * and prints the four category scores with FCP/LCP/TBT/CLS. Exits 1 when a
 * score is below target (performance 0.95; the others 1.00). A script for a
 * person to run, not a CI test: timings depend on the machine.
 *
 *   npm run build && npm run lighthouse
 *   LIGHTHOUSE_URL=http://127.0.0.1:3000 npm run lighthouse   # a server already running
 *   npm run lighthouse -- --runs 3 --path /articles/<slug>     # median of 3 runs; another page
 *   npm run lighthouse -- --cpu-slowdown 2                     # calibrated to a slow host (informative only)
 *   npm run lighthouse -- --share-cpus                         # the server it starts is not confined to one CPU
 *   npm run lighthouse -- --runs 9 --against ../other-checkout # this build against another, in turns (or an origin)
 *
 * Lighthouse's CPU slowdown is relative to the host: 4× on a high-end desktop
 * stands for a mid-tier phone, and Lighthouse's docs suggest less on a slower
 * host. The report prints the host's benchmark index and what Lighthouse's
 * table suggests for it; the targets are judged at the default 4× only.
 *
 * The server it starts runs on one CPU only (the last; `taskset`), where
 * the machine has two or more. A reader's phone does not share its CPU with
 * the web server, but on a small machine the browser under test does: on 2
 * cores, `next start` gzips the page's scripts at the moment the browser
 * styles and lays out the first frame, and the trace showed that frame's
 * work taking two to seven times its CPU time in wall time. Lighthouse's own
 * guidance (docs/variability.md, "client resource contention") is to keep
 * other work off the machine that runs the browser; this is the nearest a
 * single machine comes to that. README.md has the figures both ways.
 *
 * --against compares this build (A) with another (B): a folder holding a
 * production build, whose `next start` this script runs the same way, or the
 * origin of a server already running. The two are audited in turns (A B, then
 * B A, ...), so both share whatever the host's speed does meanwhile, and the
 * report gives B − A pair by pair. A comparison judges no target.
 *
 * Chromium: CHROME_PATH, else the one the e2e tests use (/usr/bin/chromium).
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromiumExecutable } from "../e2e/browser";
import {
  compareRuns,
  formatComparison,
  formatReport,
  formatRun,
  type LighthouseResult,
  medianRun,
  shortfalls,
  type Summary,
  summarise,
} from "./lib/lighthouse-report";
import { canPinToCpu, startNextServer } from "./run/next-server";

const DEFAULT_PATH = "/articles/nato-allies-combat-russian-hybrid-attacks";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run";

const { values } = parseArgs({
  options: {
    path: { type: "string", default: process.env.LIGHTHOUSE_PATH ?? DEFAULT_PATH },
    runs: { type: "string", default: process.env.LIGHTHOUSE_RUNS ?? "1" },
    "cpu-slowdown": { type: "string" },
    "share-cpus": { type: "boolean", default: false },
    against: { type: "string" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number ≥ 1, got "${values.runs}"`);
const DEFAULT_CPU_SLOWDOWN = 4;
const cpuSlowdown = values["cpu-slowdown"] === undefined ? DEFAULT_CPU_SLOWDOWN : Number(values["cpu-slowdown"]);
if (!Number.isFinite(cpuSlowdown) || cpuSlowdown < 1 || cpuSlowdown > 20) fail(`--cpu-slowdown must be a number from 1 to 20, got "${values["cpu-slowdown"]}"`);

function fail(message: string): never {
  console.error(`lighthouse: ${message}`);
  process.exit(2);
}

function lighthouse(url: string, chrome: string): Promise<LighthouseResult> {
  const cli = require.resolve("lighthouse/cli/index.js");
  const args = [cli, url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`, `--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with code ${code}`));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as LighthouseResult);
      } catch (e) {
        reject(new Error(`lighthouse printed no JSON report: ${(e as Error).message}`));
      }
    });
  });
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART, "Please run
 * Lighthouse again"); an audit is then taken again, up to three tries.
 */
async function audit(url: string, chrome: string): Promise<Summary> {
  for (let attempt = 1; ; attempt++) {
    try {
      return summarise(await lighthouse(url, chrome));
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`lighthouse: ${(error as Error).message}; auditing again (try ${attempt + 1} of 3)`);
    }
  }
}

/** A server to audit: the one at LIGHTHOUSE_URL or --against's origin, or a `next start` of the build in `cwd`. */
async function serverFor(given: string | undefined, cwd: string | undefined, cpu: number | undefined) {
  if (given) return { origin: given.replace(/\/$/, ""), stop: async () => {} };
  return startNextServer({ cwd, cpu }).catch((e: Error) => fail(`${cwd ?? "this build"}: ${e.message}`));
}

async function main() {
  const chrome = process.env.CHROME_PATH ?? chromiumExecutable();
  if (!chrome) fail("no Chromium: set CHROME_PATH");
  const given = process.env.LIGHTHOUSE_URL;
  const against = values.against;
  const againstOrigin = against !== undefined && /^https?:\/\//.test(against) ? against : undefined;
  const cpus = availableParallelism();
  const serverCpu = !values["share-cpus"] && cpus >= 2 && canPinToCpu(cpus - 1) ? cpus - 1 : undefined;
  const pinned = serverCpu === undefined ? `next start on any of the ${cpus} CPUs` : `next start on CPU ${serverCpu} of ${cpus} only (--share-cpus to lift it)`;
  const says = (external: boolean) => (external ? "yours" : pinned);
  const servers = [await serverFor(given, undefined, serverCpu)];
  try {
    if (against !== undefined) servers.push(await serverFor(againstOrigin, path.resolve(against), serverCpu));
    const urls = servers.map((s) => `${s.origin}${values.path}`);
    // One unmeasured load first: the server compiles nothing, but its caches and the OS's are cold.
    for (const url of urls) await fetch(url);
    if (against === undefined) await auditOne(urls[0]!, chrome, says(!!given));
    else await auditInTurns(urls as [string, string], chrome, against, `A ${says(!!given)}; B ${says(!!againstOrigin)}`);
  } finally {
    for (const s of servers) await s.stop();
  }
}

async function auditOne(url: string, chrome: string, serverSays: string) {
  const summaries = [];
  for (let i = 1; i <= runs; i++) {
    const summary = await audit(url, chrome);
    if (runs > 1) console.log(formatRun(i, runs, summary));
    summaries.push(summary);
  }
  const chosen = medianRun(summaries);
  console.log(formatReport(chosen) + (runs > 1 ? `\n  (median of ${runs} runs by performance score)` : ""));
  console.log(`  CPU slowdown ${cpuSlowdown}×${cpuSlowdown === DEFAULT_CPU_SLOWDOWN ? " (Lighthouse's default)" : ""}`);
  console.log(`  server: ${serverSays}`);
  const below = shortfalls(chosen.scores);
  if (cpuSlowdown !== DEFAULT_CPU_SLOWDOWN) {
    console.log(`\n(informative: the targets are judged at Lighthouse's default ${DEFAULT_CPU_SLOWDOWN}× CPU slowdown; ${below.length > 0 ? `below target here: ${below.join("; ")}` : "every score meets its target here"})`);
  } else if (below.length > 0) {
    console.error(`\n✗ below target: ${below.join("; ")}`);
    if (chosen.failing.length > 0) console.error(`  audits losing points: ${chosen.failing.join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log("\n✓ every score meets its target");
  }
}

async function auditInTurns([urlA, urlB]: [string, string], chrome: string, labelB: string, serverSays: string) {
  const a = { name: "A", url: urlA, runs: [] as Summary[] };
  const b = { name: "B", url: urlB, runs: [] as Summary[] };
  for (let i = 1; i <= runs; i++) {
    // A B, then B A: neither build is always the one audited just after the other.
    for (const build of i % 2 === 1 ? [a, b] : [b, a]) {
      const summary = await audit(build.url, chrome);
      console.log(`${build.name} ${formatRun(i, runs, summary)}`);
      build.runs.push(summary);
    }
  }
  console.log(`\n${formatComparison("this build", labelB, compareRuns(a.runs, b.runs))}`);
  console.log(`  CPU slowdown ${cpuSlowdown}× · servers: ${serverSays}`);
  console.log("\n(a comparison: no target is judged)");
}

main().catch((e: Error) => {
  console.error(`lighthouse: ${e.message}`);
  process.exit(2);
});
