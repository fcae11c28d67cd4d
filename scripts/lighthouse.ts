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
 *
 * Chromium: CHROME_PATH, else the one the e2e tests use (/usr/bin/chromium).
 */
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { chromiumExecutable } from "../e2e/browser";
import { formatReport, type LighthouseResult, medianRun, shortfalls, summarise } from "./lighthouse-report";
import { startNextServer } from "./lib/next-server";

const DEFAULT_PATH = "/articles/nato-allies-combat-russian-hybrid-attacks";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run";

const { values } = parseArgs({
  options: {
    path: { type: "string", default: process.env.LIGHTHOUSE_PATH ?? DEFAULT_PATH },
    runs: { type: "string", default: process.env.LIGHTHOUSE_RUNS ?? "1" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number ≥ 1, got "${values.runs}"`);

function fail(message: string): never {
  console.error(`lighthouse: ${message}`);
  process.exit(2);
}

function lighthouse(url: string, chrome: string): Promise<LighthouseResult> {
  const cli = require.resolve("lighthouse/cli/index.js");
  const args = [cli, url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`];
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

async function main() {
  const chrome = process.env.CHROME_PATH ?? chromiumExecutable();
  if (!chrome) fail("no Chromium: set CHROME_PATH");
  const given = process.env.LIGHTHOUSE_URL?.replace(/\/$/, "");
  const server = given ? undefined : await startNextServer().catch((e: Error) => fail(e.message));
  const base = given ?? server!.origin;
  try {
    const url = `${base}${values.path}`;
    // One unmeasured load first: the server compiles nothing, but its caches and the OS's are cold.
    await fetch(url);
    const summaries = [];
    for (let i = 1; i <= runs; i++) {
      const summary = summarise(await lighthouse(url, chrome));
      if (runs > 1) console.log(`run ${i}/${runs}: performance ${summary.scores.performance ?? "n/a"}`);
      summaries.push(summary);
    }
    const chosen = medianRun(summaries);
    console.log(formatReport(chosen) + (runs > 1 ? `\n  (median of ${runs} runs by performance score)` : ""));
    const below = shortfalls(chosen.scores);
    if (below.length > 0) {
      console.error(`\n✗ below target: ${below.join("; ")}`);
      if (chosen.failing.length > 0) console.error(`  audits losing points: ${chosen.failing.join("; ")}`);
      process.exitCode = 1;
    } else {
      console.log("\n✓ every score meets its target");
    }
  } finally {
    await server?.stop();
  }
}

main().catch((e: Error) => {
  console.error(`lighthouse: ${e.message}`);
  process.exit(2);
});
