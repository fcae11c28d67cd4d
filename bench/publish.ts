/**
 * `npm run bench:publish [-- --rounds 20]`: how long a publish takes to reach
 * readers. On the production build in .next (`npm run build` first), with a
 * copy of content/ and its published store, it publishes a fictional story
 * and then corrects its headline, round after round, and times from sending
 * `POST /api/publish` until the new headline is on the article, home and topic
 * pages, each fetched (and so cached) just before the publish (after three
 * publishes not counted, which warm the server up):
 *
 * - one instance, Next's own cache;
 * - two instances sharing a real redis-server, publishing through one and
 *   reading the other.
 *
 * Then, on the reading instance, what serving the cached article costs: the
 * server's CPU time per request (and redis-server's), over 3,000 requests
 * at 8 connections after 2 s of warm-up.
 *
 * With `--content <dir>` it works on that content folder instead, in place
 * (say a synthetic archive of 100,000 articles from `npm run bench`, with the
 * build of it named by ONRECORD_DIST_DIR), and `--template <slug>` names the
 * fictional article whose people and topics the bench story borrows.
 *
 * Prints Markdown tables and writes bench/results/publish.json.
 * Ports: the first three of ONRECORD_PORTS (default 3410–3490) and one of
 * REDIS_TEST_PORTS (default 6390–6399).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startNextInstance, type NextInstance } from "../e2e/instance";
import { REDIS_MISSING, redisServerBinary, startRedisServer } from "../e2e/redis";
import autocannon from "autocannon";
import { portRange } from "./lib/ports";
import { treeCpuMs } from "./run/proc-sampler";
import { type PublishSample, publishTable, summarisePublishes } from "./lib/publish-timing";

const SECRET = "bench-only-publish-secret";
const SLUG = "bench-valden-harbour-fees-story";

const GIVE_UP_MS = 30_000;
/** Publishes not counted: the first ones also pay for compiling each route's code on first use. */
const WARM_UP = 3;
const REPO = path.resolve(__dirname, "..");

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "20" },
    content: { type: "string" },
    template: { type: "string", default: "corvane-cable-repair-ship-reaches-fault-site" },
    out: { type: "string", default: "bench/results/publish.json" },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number, got ${values.rounds}`);
const SOURCE = values.content ? path.resolve(values.content) : path.join(REPO, "content");
const DIST = process.env.ONRECORD_DIST_DIR ?? ".next";

/** The fictional article the bench story is made from: its people and topics exist in the content folder. */
const template = JSON.parse(readFileSync(path.join(SOURCE, "articles", `${values.template}.json`), "utf8")) as { topics: string[] };
const TOPIC = template.topics[0]!;
const PAGES: Record<string, string> = { article: `/articles/${SLUG}`, home: "/", topic: `/topics/${TOPIC}` };

function story(headline: string, publishedAt: string): string {
  return JSON.stringify({ ...template, slug: SLUG, status: "published", demo: true, headline, standfirst: "A story the publish bench writes. Its people and places are fictional.", publishedAt }, null, 2);
}

/**
 * Now, or just after the newest story in the store if that is later (a
 * synthetic archive runs on into the future): the bench story must lead the
 * home and topic pages to be seen there.
 */
function newestTime(contentDir: string): string {
  const base = readFileSync(path.join(contentDir, ".published", "index", "base.ndjson"), "utf8");
  let newest = Date.now();
  for (const m of base.matchAll(/"publishedAt":"([^"]+)"/g)) newest = Math.max(newest, Date.parse(m[1]!) + 60_000);
  return new Date(newest).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A fresh copy of content/ with the build's published store; a folder given with --content is used as it is. */
function contentCopy(): string {
  if (values.content) return SOURCE;
  const dir = mkdtempSync(path.join(os.tmpdir(), "onrecord-bench-publish-"));
  cpSync(SOURCE, dir, { recursive: true });
  return dir;
}

/** Takes the bench story down again and removes a copy (never a folder given with --content). */
async function cleanUp(through: NextInstance, dir: string): Promise<void> {
  rmSync(path.join(dir, "articles", `${SLUG}.json`), { force: true });
  await fetch(`${through.origin}/api/publish`, { method: "POST", headers: { authorization: `Bearer ${SECRET}` }, body: JSON.stringify({ slugs: [SLUG] }) }).catch(() => undefined);
  if (!values.content) rmSync(dir, { recursive: true, force: true });
}

async function text(origin: string, url: string): Promise<string> {
  return (await fetch(`${origin}${url}`)).text();
}

async function measure(publisher: NextInstance, reader: NextInstance, contentDir: string): Promise<PublishSample[]> {
  const samples: PublishSample[] = [];
  const publishedAt = newestTime(contentDir);
  for (let round = 0; round < WARM_UP + rounds; round++) {
    const headline = `Valden harbour fees hold for round ${round} of the bench ${Math.random().toString(36).slice(2, 8)}`;
    // The reader has the pages cached as they are before the publish.
    for (const url of Object.values(PAGES)) await text(reader.origin, url);
    writeFileSync(path.join(contentDir, "articles", `${SLUG}.json`), story(headline, publishedAt));
    const start = performance.now();
    const response = await fetch(`${publisher.origin}/api/publish`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
      body: JSON.stringify({ slugs: [SLUG] }),
    });
    const requestMs = performance.now() - start;
    if (response.status !== 200) throw new Error(`publish answered ${response.status}: ${await response.text()}`);
    const live = await Promise.all(
      Object.entries(PAGES).map(async ([name, url]) => {
        while (!(await text(reader.origin, url)).includes(headline)) {
          if (performance.now() - start > GIVE_UP_MS) throw new Error(`${url} did not show the new headline within ${GIVE_UP_MS} ms`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return [name, performance.now() - start] as const;
      }),
    );
    if (round >= WARM_UP) samples.push({ requestMs, liveMs: Object.fromEntries(live) });
  }
  return samples;
}

export interface ServingCost {
  requests: number;
  serverCpuMsPerRequest: number;
  redisCpuMsPerRequest?: number;
}

/** CPU time per request of the cached article on `server` (and of redis-server, if given). */
async function servingCost(server: NextInstance, redisPid?: number): Promise<ServingCost> {
  const url = `${server.origin}${PAGES.article}`;
  await autocannon({ url, connections: 8, duration: 2 });
  const before = treeCpuMs(server.pid);
  const redisBefore = redisPid ? treeCpuMs(redisPid) : 0;
  const result = await autocannon({ url, connections: 8, amount: 3000 });
  const requests = result.requests.total;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return {
    requests,
    serverCpuMsPerRequest: (treeCpuMs(server.pid) - before) / requests,
    ...(redisPid ? { redisCpuMsPerRequest: (treeCpuMs(redisPid) - redisBefore) / requests } : {}),
  };
}

async function main() {
  if (!existsSync(path.join(REPO, DIST, "BUILD_ID")) || !existsSync(path.join(SOURCE, ".published"))) {
    throw new Error(`no production build in ${DIST} with its published store in ${SOURCE}: run \`npm run build\` first`);
  }
  const binary = redisServerBinary();
  if (!binary) throw new Error(REDIS_MISSING);
  const { from } = portRange();
  const runs: { name: string; summary: ReturnType<typeof summarisePublishes>; serving: ServingCost }[] = [];

  const single = contentCopy();
  const alone = await startNextInstance(from, { CONTENT_DIR: single, PUBLISH_SECRET: SECRET });
  try {
    runs.push({ name: "one instance", summary: summarisePublishes(await measure(alone, alone, single)), serving: await servingCost(alone) });
  } finally {
    await cleanUp(alone, single);
    await alone.stop();
  }

  const shared = contentCopy();
  const redis = await startRedisServer({ binary });
  const env = { CONTENT_DIR: shared, PUBLISH_SECRET: SECRET, REDIS_URL: redis.url };
  const instances: NextInstance[] = [];
  try {
    instances.push(await startNextInstance(from + 1, env), await startNextInstance(from + 2, env));
    runs.push({ name: "two instances on Redis (publish on A, read B)", summary: summarisePublishes(await measure(instances[0]!, instances[1]!, shared)), serving: await servingCost(instances[1]!, redis.pid()) });
  } finally {
    if (instances[0]) await cleanUp(instances[0], shared);
    await Promise.all(instances.map((i) => i.stop()));
    await redis.dispose();
  }

  console.log(publishTable(runs));
  console.log(`\n| cached article, CPU per request (${runs[0]!.serving.requests} requests) | ${runs.map((r) => r.name).join(" | ")} |`);
  console.log(`| --- | ${runs.map(() => "---").join(" | ")} |`);
  console.log(`| next start | ${runs.map((r) => `${r.serving.serverCpuMsPerRequest.toFixed(2)} ms`).join(" | ")} |`);
  console.log(`| redis-server | ${runs.map((r) => (r.serving.redisCpuMsPerRequest === undefined ? "–" : `${r.serving.redisCpuMsPerRequest.toFixed(3)} ms`)).join(" | ")} |`);
  const out = path.resolve(REPO, values.out!);
  writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), rounds, warmUp: WARM_UP, cpus: os.cpus().length, loadAverage: os.loadavg(), ...(values.content ? { content: SOURCE } : {}), runs }, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(REPO, out)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
