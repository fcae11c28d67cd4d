/**
 * `npm run lighthouse`: audits pages of the production build in Lighthouse's
 * mobile emulation (its default: Moto G Power, slow 4G, 4× CPU) in turns with
 * the bare framework app's page (bench/lib/bare-app.ts, built once and cached
 * outside the repository), and judges each page against it: median
 * performance ≥ the bare page's median − 0.02 and ≥ 0.95; accessibility, best
 * practices and SEO 1.00 in every run. Exits 1 when a page falls short. A
 * script for a person to run, not a CI test: timings depend on the machine.
 *
 *   npm run build && npm run lighthouse                      # article, home, person; 3 runs each
 *   npm run lighthouse -- --pages article --runs 5            # fewer pages, more runs
 *   npm run lighthouse -- --path /topics/nato                 # any one page
 *   npm run lighthouse -- --cpu-slowdown 2                    # calibrated to a slow host (informative only)
 *   npm run lighthouse -- --share-cpus                        # the servers are not confined to one CPU
 *   npm run lighthouse -- --runs 9 --against ../other-checkout # this build against another, in turns (or an origin)
 *   LIGHTHOUSE_URL=http://127.0.0.1:3000 npm run lighthouse   # a server already running
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
  formatPagesTable,
  formatRun,
  judgePage,
  type LighthouseResult,
  medianRun,
  type Summary,
  summarise,
} from "./lib/lighthouse-report";
import { rotatedTurns } from "./lib/stats";
import { bareAppSource, ensureBareApp } from "./run/bare-app";
import { canPinToCpu, startNextServer } from "./run/next-server";

/** The pages issue #20 judges: the seed article, the home page and a person page. */
const PAGES: Record<string, string> = {
  article: "/articles/nato-allies-combat-russian-hybrid-attacks",
  home: "/",
  person: "/people/oren-vasquell",
  topic: "/topics/hybrid-threats",
};
const DEFAULT_PAGES = "article,home,person";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run";

const { values } = parseArgs({
  options: {
    path: { type: "string", default: process.env.LIGHTHOUSE_PATH },
    pages: { type: "string", default: DEFAULT_PAGES },
    runs: { type: "string", default: process.env.LIGHTHOUSE_RUNS ?? "3" },
    "cpu-slowdown": { type: "string" },
    "share-cpus": { type: "boolean", default: false },
    against: { type: "string" },
  },
});
const runs = Number(values.runs);
const pages: { label: string; path: string }[] = values.path
  ? [{ label: values.path, path: values.path }]
  : values.pages.split(",").map((name) => {
      const p = PAGES[name.trim()];
      if (!p) fail(`--pages takes ${Object.keys(PAGES).join(", ")}; got "${name}"`);
      return { label: name.trim(), path: p };
    });
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
    if (against !== undefined) {
      servers.push(await serverFor(againstOrigin, path.resolve(against), serverCpu));
      const urls = servers.map((s) => `${s.origin}${pages[0]!.path}`);
      for (const url of urls) await fetch(url);
      await auditInTurns(urls as [string, string], chrome, against, `A ${says(!!given)}; B ${says(!!againstOrigin)}`);
      return;
    }
    // The yardstick: the bare framework app, on the same CPU as this build's server.
    const source = bareAppSource();
    let bare: { label: string; url: string } | undefined;
    if ("missing" in source) {
      console.error(`lighthouse: ${source.missing}; judging the absolute targets only`);
    } else {
      const app = ensureBareApp((m) => console.error(`lighthouse: ${m}`));
      const bareServer = await startNextServer({ cwd: app.dir, cpu: serverCpu }).catch((e: Error) => fail(`the bare app: ${e.message}`));
      servers.push(bareServer);
      bare = { label: `bare (next ${app.versions.next})`, url: `${bareServer.origin}/` };
    }
    const targets = [...(bare ? [bare] : []), ...pages.map((p) => ({ label: p.label, url: `${servers[0]!.origin}${p.path}` }))];
    // One unmeasured load first: the server compiles nothing, but its caches and the OS's are cold.
    for (const t of targets) await fetch(t.url);
    await auditAgainstBare(targets, bare, chrome, says(!!given));
  } finally {
    for (const s of servers) await s.stop();
  }
}

/**
 * Every target once per round, each round starting one target later (bare,
 * article, home; article, home, bare; …), so the host's drift is shared out,
 * then each page judged against the bare page's runs.
 */
async function auditAgainstBare(targets: { label: string; url: string }[], bare: { label: string; url: string } | undefined, chrome: string, serverSays: string) {
  const results = new Map<string, Summary[]>(targets.map((t) => [t.label, []]));
  for (const [i, round] of rotatedTurns(targets, runs).entries()) {
    for (const t of round) {
      const summary = await audit(t.url, chrome);
      console.log(`${t.label.padEnd(16)} ${formatRun(i + 1, runs, summary)}`);
      results.get(t.label)!.push(summary);
    }
  }
  const bareRuns = bare ? results.get(bare.label) : undefined;
  const verdicts = targets.filter((t) => t !== bare).map((t) => judgePage(t.label, results.get(t.label)!, bareRuns));
  console.log(`\n${formatPagesTable(bare && bareRuns ? judgePage(bare.label, bareRuns, undefined) : undefined, verdicts)}`);
  console.log(`\n  Lighthouse 12.2.3 mobile · CPU slowdown ${cpuSlowdown}×${cpuSlowdown === DEFAULT_CPU_SLOWDOWN ? " (Lighthouse's default)" : ""} · ${runs} runs each, in turns · server: ${serverSays}`);
  const failing = verdicts.filter((v) => v.shortfalls.length > 0);
  if (cpuSlowdown !== DEFAULT_CPU_SLOWDOWN) {
    console.log(`\n(informative: the targets are judged at Lighthouse's default ${DEFAULT_CPU_SLOWDOWN}× CPU slowdown)`);
  } else if (failing.length > 0) {
    console.error(`\n✗ below target: ${failing.map((v) => v.label).join(", ")}`);
    for (const v of failing) {
      const worst = medianRun(results.get(v.label)!);
      if (worst.failing.length > 0) console.error(`  ${v.label}, audits losing points: ${worst.failing.join("; ")}`);
    }
    process.exitCode = 1;
  } else {
    console.log("\n✓ every page meets its targets");
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
