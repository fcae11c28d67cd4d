/**
 * `npm run loadtest`: holds 64 connections for 30 s on the seed article, then
 * 16 for 10 s on a draft in preview mode (rendered from disk per request),
 * against `next start` on the production build, on loopback. Prints p50/p99
 * and exits 1 on any error or non-2xx answer. A script, not a CI test.
 *
 *   npm run loadtest [-- --scale 0.2]   (shorter runs: durations × scale)
 */
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { type LoadFigures, formatLoadLine, loadFigures, loadVerdict } from "./lib/load-summary";
import { startNextServer } from "./run/next-server";

const ARTICLE = "/articles/nato-allies-combat-russian-hybrid-attacks";
const DRAFT = "/articles/corvane-cable-repair-ship-reaches-fault-site";

function scaleArg(): number {
  const i = process.argv.indexOf("--scale");
  const scale = i === -1 ? 1 : Number(process.argv[i + 1]);
  if (!(scale > 0 && scale <= 1)) {
    console.error("--scale must be a number in (0, 1]");
    process.exit(2);
  }
  return scale;
}

async function run(name: string, url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadFigures> {
  process.stdout.write(`… ${name}: ${connections} connections for ${seconds} s\n`);
  const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 10 });
  return loadFigures(name, result);
}

async function main() {
  const scale = scaleArg();
  const secret = randomBytes(24).toString("hex");
  const server = await startNextServer({ env: { PREVIEW_SECRET: secret } });
  try {
    const enter = await fetch(`${server.origin}/api/draft?secret=${secret}&slug=${DRAFT.split("/").pop()}`, { redirect: "manual" });
    const cookie = /__prerender_bypass=\w+/.exec(enter.headers.get("set-cookie") ?? "")?.[0];
    if (enter.status !== 307 || !cookie) throw new Error(`could not enter preview mode (status ${enter.status})`);

    const results = [
      await run("article (prerendered)", `${server.origin}${ARTICLE}`, 64, Math.max(1, Math.round(30 * scale))),
      await run("draft in preview (from disk)", `${server.origin}${DRAFT}`, 16, Math.max(1, Math.round(10 * scale)), { cookie }),
    ];
    console.log("");
    for (const r of results) console.log(formatLoadLine(r));
    process.exitCode = results.every((r) => loadVerdict(r).pass) ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`loadtest: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
