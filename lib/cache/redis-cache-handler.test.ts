import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { REDIS_MISSING, redisServerBinary, startRedisServer, type RedisServer } from "../../e2e/redis";
import { SharedRedis, closeSharedRedis, createRedisCacheHandler, decodeValue, encodeValue, isExpired, packStored, parseGetReply, tagsOf, unpackStored } from "./redis-cache-handler";
import { sharedCacheStatus } from "./shared-cache";

// A PNG's first bytes: not valid UTF-8, so a handler that stored bodies as text would corrupt share cards.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);
const ARTICLE_KEY = "/route-cache/app-page/0a1b/$/articles/harbour-vote";
const ARTICLE_TAGS = "_N_T_/layout,_N_T_/articles/layout,_N_T_/articles/[slug]/page,_N_T_/articles/harbour-vote";

function articlePage(headline: string) {
  return {
    kind: "APP_PAGE",
    html: `<h1>${headline}</h1>`,
    rscData: Buffer.from(`rsc:${headline}`),
    headers: { "x-next-cache-tags": ARTICLE_TAGS },
    status: 200,
    postponed: undefined,
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  };
}
const PAGE_CTX = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const SET_CTX = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };

describe("cache values in Redis", () => {
  it("keeps Buffers and Maps byte for byte", () => {
    const value = { kind: "APP_ROUTE", body: PNG_BYTES, status: 200, headers: { "content-type": "image/png" } };
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(value)))) as typeof value;
    expect(Buffer.compare(back.body, PNG_BYTES)).toBe(0);
    const page = decodeValue(JSON.parse(JSON.stringify(encodeValue(articlePage("A"))))) as ReturnType<typeof articlePage>;
    expect(page.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(page.rscData.toString()).toBe("rsc:A");
  });

  it("compresses what Redis keeps and reads it back", () => {
    const json = JSON.stringify(encodeValue(articlePage("A".repeat(5000))));
    const packed = packStored(json);
    expect(packed.length).toBeLessThan(json.length / 10);
    expect(unpackStored(packed)).toBe(json);
    expect(unpackStored('{"plain":true}')).toBe('{"plain":true}');
  });

  it("tags a page with its header's tags and its own path's implicit tag", () => {
    expect(tagsOf(ARTICLE_KEY, articlePage("A"))).toEqual(ARTICLE_TAGS.split(","));
    // A notFound page is stored as null, without headers: revalidatePath of its URL must still reach it.
    expect(tagsOf(ARTICLE_KEY, null)).toEqual(["_N_T_/articles/harbour-vote"]);
    expect(tagsOf("/route-cache/app-page/0a1b/$/index", null)).toEqual(["_N_T_/index", "_N_T_/"]);
    expect(tagsOf("fetch-key", null, ["news"])).toEqual(["news"]);
  });

  it("expires an entry only for an expiry that has come and follows its render", () => {
    expect(isExpired([{ tag: "t", expired: 200 }], 100, 300)).toBe(true);
    expect(isExpired([{ tag: "t", expired: 50 }], 100, 300)).toBe(false); // rendered after the publish
    expect(isExpired([{ tag: "t", expired: 400 }], 100, 300)).toBe(false); // expires later
    expect(isExpired([{ tag: "t", stale: 200 }], 100, 300)).toBe(false); // stale is served once more
  });

  it("reads the script's reply", () => {
    expect(parseGetReply([5])).toEqual({ now: 5 });
    expect(parseGetReply([5, "{}", "3", "a", "4", ""])).toEqual({ now: 5, hit: { value: "{}", lastModified: 3, states: [{ tag: "a", expired: 4, stale: undefined }] } });
  });
});

const binary = redisServerBinary();
if (!binary) console.log(`Skipping the Redis cache handler tests: ${REDIS_MISSING}.`);

describe.skipIf(!binary)("the Redis cache handler against a real redis-server", () => {
  let redis: RedisServer;
  const connections: SharedRedis[] = [];
  const quiet = () => {};

  /** One machine: its own connection, as each server process has. */
  function machine(buildId = "build-1") {
    const connection = new SharedRedis(redis.url, { log: quiet });
    connections.push(connection);
    const Handler = createRedisCacheHandler({ connection: () => connection, prefix: "test", buildId });
    return { connection, handler: () => new Handler({}) };
  }

  /** A plain client to look inside Redis. */
  function rawClient() {
    const client = createClient({ url: redis.url });
    client.on("error", quiet);
    return client;
  }

  async function untilReady(connection: SharedRedis) {
    expect(await connection.waitReady(10_000)).toBe(true);
  }

  beforeAll(async () => {
    redis = await startRedisServer({ binary: binary! });
  }, 20_000);

  afterAll(async () => {
    for (const connection of connections) await connection.close();
    await closeSharedRedis();
    await redis?.dispose();
  });

  it("stores a page and gives it back", async () => {
    const a = machine();
    await untilReady(a.connection);
    expect(await a.handler().get(ARTICLE_KEY, PAGE_CTX)).toBeNull();
    await a.handler().set(ARTICLE_KEY, articlePage("Harbour vote delayed"), SET_CTX);
    const hit = await a.handler().get(ARTICLE_KEY, PAGE_CTX);
    expect(hit?.value.html).toBe("<h1>Harbour vote delayed</h1>");
    expect(Buffer.isBuffer(hit?.value.rscData)).toBe(true);
    expect(hit?.value.segmentData.get("/_tree").toString()).toBe("tree");
    expect(hit?.cacheControl).toEqual({ revalidate: false });
  });

  it("shows a revalidation on one machine to every other", async () => {
    const a = machine();
    const b = machine();
    await Promise.all([untilReady(a.connection), untilReady(b.connection)]);
    const key = `${ARTICLE_KEY}-2`;
    await a.handler().get(key, PAGE_CTX);
    await a.handler().set(key, articlePage("First"), SET_CTX);
    expect((await b.handler().get(key, PAGE_CTX))?.value.html).toBe("<h1>First</h1>");

    await a.handler().revalidateTag(["_N_T_/articles/harbour-vote"]); // what revalidatePath("/articles/harbour-vote") sends
    expect(await b.handler().get(key, PAGE_CTX)).toBeNull();

    await b.handler().set(key, articlePage("Corrected"), SET_CTX); // B rendered it after its miss
    expect((await a.handler().get(key, PAGE_CTX))?.value.html).toBe("<h1>Corrected</h1>");
  });

  it("does not take a render that began before a publish for a fresh one", async () => {
    const a = machine();
    const b = machine();
    await Promise.all([untilReady(a.connection), untilReady(b.connection)]);
    const key = `${ARTICLE_KEY}-3`;
    expect(await a.handler().get(key, PAGE_CTX)).toBeNull(); // A starts rendering the old article
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.handler().revalidateTag("_N_T_/articles/harbour-vote"); // the correction is published meanwhile
    await a.handler().set(key, articlePage("Old"), SET_CTX); // A's render ends after it
    expect(await b.handler().get(key, PAGE_CTX)).toBeNull();
  });

  it("marks a page stale, not gone, for a revalidation with a lifetime", async () => {
    const a = machine();
    await untilReady(a.connection);
    const key = "/route-cache/app-page/0a1b/$/topics/harbours";
    const tag = "_N_T_/topics/harbours";
    await a.handler().get(key, PAGE_CTX);
    await a.handler().set(key, { ...articlePage("Topic"), headers: { "x-next-cache-tags": tag } }, SET_CTX);
    tagsManifest.delete(tag);
    const publisher = machine();
    await untilReady(publisher.connection);
    await publisher.handler().revalidateTag([tag], { expire: 3600 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    tagsManifest.delete(tag); // as if the revalidation came from another process
    expect((await a.handler().get(key, PAGE_CTX))?.value.html).toBe("<h1>Topic</h1>");
    expect(tagsManifest.get(tag)?.stale).toBeGreaterThan(0); // Next then serves it once and renders it again
  });

  it("keeps each build's pages apart", async () => {
    const one = machine("build-1");
    const two = machine("build-2");
    await Promise.all([untilReady(one.connection), untilReady(two.connection)]);
    const key = `${ARTICLE_KEY}-4`;
    await one.handler().set(key, articlePage("Build one"), SET_CTX);
    expect((await one.handler().get(key, PAGE_CTX))?.value.html).toBe("<h1>Build one</h1>");
    expect(await two.handler().get(key, PAGE_CTX)).toBeNull();
  });

  it("reports the shared cache's state", async () => {
    expect(await sharedCacheStatus({})).toBe("off");
    expect(await sharedCacheStatus({ REDIS_URL: redis.url })).toBe("ok");
  });

  it("treats a REDIS_URL that is not one as a Redis that never answers", async () => {
    const connection = new SharedRedis("http://cache.internal:6379", { log: quiet });
    connections.push(connection);
    const Handler = createRedisCacheHandler({ connection: () => connection, prefix: "test", buildId: "build-1" });
    expect(await new Handler({}).get(ARTICLE_KEY, PAGE_CTX)).toBeNull();
    await expect(new Handler({}).set(ARTICLE_KEY, articlePage("A"), SET_CTX)).resolves.toBeUndefined();
    expect(await connection.ping()).toBe(false);
  });

  it("misses instead of failing while Redis is down, and recovers when it is back", async () => {
    const a = machine();
    const b = machine();
    await Promise.all([untilReady(a.connection), untilReady(b.connection)]);
    const key = `${ARTICLE_KEY}-5`;
    await a.handler().set(key, articlePage("Before the outage"), SET_CTX);
    expect((await b.handler().get(key, PAGE_CTX))?.value.html).toBe("<h1>Before the outage</h1>");

    await redis.stop();
    expect(await a.handler().get(key, PAGE_CTX)).toBeNull();
    await expect(a.handler().set(key, articlePage("During"), SET_CTX)).resolves.toBeUndefined();
    await expect(a.handler().revalidateTag(["_N_T_/articles/outage"])).resolves.toBeUndefined(); // kept for later
    expect(await sharedCacheStatus({ REDIS_URL: redis.url })).toBe("unreachable");

    await redis.start(); // empty, with a new run id
    await Promise.all([untilReady(a.connection), untilReady(b.connection)]);
    expect(await sharedCacheStatus({ REDIS_URL: redis.url })).toBe("ok");
    expect(await b.handler().get(key, PAGE_CTX)).toBeNull();
    await b.handler().set(key, articlePage("After"), SET_CTX);
    expect((await a.handler().get(key, PAGE_CTX))?.value.html).toBe("<h1>After</h1>");

    // The revalidation made during the outage reached Redis once it was back.
    const raw = rawClient();
    await raw.connect();
    expect(await raw.hGet("test:build-1:s", "x:_N_T_/articles/outage")).toMatch(/^\d+$/);
    raw.destroy();
  }, 30_000);

  it("serves nothing a restarted Redis reloaded from a snapshot", async () => {
    const a = machine();
    await untilReady(a.connection);
    const key = `${ARTICLE_KEY}-6`;
    await a.handler().set(key, articlePage("Saved in the snapshot"), SET_CTX);
    const raw = rawClient();
    await raw.connect();
    await raw.sendCommand(["SAVE"]); // the snapshot Redis reloads on start
    raw.destroy();

    await redis.stop();
    await redis.start();
    await untilReady(a.connection);
    const check = rawClient();
    await check.connect();
    expect(await check.exists(`test:build-1:e:${key}`)).toBe(1); // the page came back with the snapshot...
    check.destroy();
    expect(await a.handler().get(key, PAGE_CTX)).toBeNull(); // ...but is not served: it may predate a takedown
  }, 30_000);
});
