/**
 * `npm run main-thread`: where a phone's main thread spends its time loading
 * the article, home and person pages, beside the bare framework page: the
 * renderer main thread's CPU time (Chrome trace thread time) by kind of work,
 * median of several loads taken in turns, with Lighthouse's CPU slowdown (4×)
 * and a 390 × 844 viewport. Thread time, unlike Lighthouse's timings, hardly
 * moves when other work shares the machine.
 *
 *   npm run build && npm run main-thread [-- --runs 5]
 */
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/browser";
import { median } from "./lib/lighthouse-report";
import { rotatedTurns } from "./lib/stats";
import { type MainThreadTime, type TraceEvent, mainThreadTime } from "./lib/trace";
import { ensureBareApp } from "./run/bare-app";
import { startNextServer } from "./run/next-server";

const PAGES = [
  { label: "article", path: "/articles/nato-allies-combat-russian-hybrid-attacks" },
  { label: "home", path: "/" },
  { label: "person", path: "/people/oren-vasquell" },
];
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "disabled-by-default-v8.gc"].join(",");

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);

async function main() {
  const app = ensureBareApp((m) => console.error(`main-thread: ${m}`));
  const servers = [await startNextServer(process.env.ONRECORD_DIST_DIR ? { env: { ONRECORD_DIST_DIR: process.env.ONRECORD_DIST_DIR } } : {}), await startNextServer({ cwd: app.dir })];
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const targets = [{ label: "bare", url: `${servers[1]!.origin}/` }, ...PAGES.map((p) => ({ label: p.label, url: servers[0]!.origin + p.path }))];
    const results = new Map<string, MainThreadTime[]>(targets.map((t) => [t.label, []]));
    for (const [i, round] of rotatedTurns(targets, runs).entries()) {
      for (const t of round) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        const events: TraceEvent[] = [];
        cdp.on("Tracing.dataCollected", (d) => {
          events.push(...(d.value as unknown as TraceEvent[]));
        });
        const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
        await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
        await page.goto(t.url, { waitUntil: "networkidle" });
        await page.waitForTimeout(1000);
        await cdp.send("Tracing.end");
        await done;
        const m = mainThreadTime(events);
        results.get(t.label)!.push(m);
        console.error(`round ${i + 1}/${runs} ${t.label.padEnd(8)} main thread ${m.totalMs.toFixed(0)} ms (long tasks ${m.longTaskMs.toFixed(0)} ms)`);
        await context.close();
      }
    }
    const kinds = [...new Set([...results.values()].flatMap((ms) => ms.flatMap((m) => Object.keys(m.byKind))))].sort();
    const med = (label: string, pick: (m: MainThreadTime) => number) => median(results.get(label)!.map(pick)) ?? 0;
    const labels = targets.map((t) => t.label);
    console.log(`\n| main-thread CPU time, ms (median of ${runs}) | ${labels.join(" | ")} |`);
    console.log(`| --- | ${labels.map(() => "---:").join(" | ")} |`);
    const row = (name: string, pick: (m: MainThreadTime) => number) => console.log(`| ${name} | ${labels.map((l) => med(l, pick).toFixed(0)).join(" | ")} |`);
    row("**all tasks**", (m) => m.totalMs);
    row("in tasks of 50 ms or more", (m) => m.longTaskMs);
    for (const k of kinds) row(k, (m) => m.byKind[k] ?? 0);
    const bare = med("bare", (m) => m.totalMs);
    console.log(`\n÷ bare: ${PAGES.map((p) => `${p.label} ${(med(p.label, (m) => m.totalMs) / bare).toFixed(2)} ×`).join(", ")} · 4× CPU slowdown, 390 × 844, thread time`);
  } finally {
    await browser.close();
    for (const s of servers) await s.stop();
  }
}

main().catch((e: Error) => {
  console.error(`main-thread: ${e.message}`);
  process.exit(1);
});
