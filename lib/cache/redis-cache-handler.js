// @ts-check
"use strict";
/**
 * Next.js's incremental cache (`cacheHandler` in next.config.js) kept in one
 * Redis server, so that every instance of the site serves the same pages and
 * sees every publish. CommonJS because Next loads the handler with a plain
 * `import()` of this file at run time, outside its own bundles.
 *
 * What is kept, all under `<prefix>:<build id>:` so that a new deploy never
 * serves an old build's pages:
 *
 * - one hash per page (`e:<cache key>`): the rendered value (compressed
 *   JSON, `v`), the time its render began (`m`) and its cache tags (`t`),
 *   with a TTL;
 * - one hash of state (`s`): for each revalidated tag when it expired
 *   (`x:<tag>`) or went stale (`s:<tag>`), and a floor (`.floor`): pages
 *   rendered before it are never served.
 *
 * Every time is Redis's own clock (`TIME` inside the scripts), so the clocks
 * of the machines never need to agree. A page is served only if it was
 * rendered after the floor and after every revalidation of its tags (the
 * explicit ones and Next's implicit `_N_T_<path>` ones that `revalidatePath`
 * expires), checked in Redis on every read: a publish on one instance is seen
 * by every other on its next request.
 *
 * The floor is set whenever the state is new to Redis: the first start of a
 * build, a Redis restart (its `run_id` changes, and a snapshot it reloaded may
 * hold pages older than a takedown it forgot), or the state hash evicted. So
 * after any loss every page is rendered again from the validated content
 * rather than served from a copy that may predate a correction. For the same
 * reason the build's own prerendered files are not used with Redis: nothing
 * says a correction has not been published since they were built.
 *
 * With Redis unreachable a read is a miss (the page is rendered, no error), a
 * write is skipped, and a revalidation waits in memory until Redis is back.
 * No reader waits on a dead Redis longer than COMMAND_TIMEOUT_MS.
 */
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { brotliCompressSync, brotliDecompressSync, constants: zlibConstants } = require("node:zlib");
const { createClient } = require("redis");
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");

/** A reader never waits longer than this for Redis; a rendered page takes longer than a local round trip by far. */
const COMMAND_TIMEOUT_MS = 250;
const CONNECT_TIMEOUT_MS = 500;
/** How long an unread page stays in Redis; pages of a build that is no longer deployed go this way too. */
const ENTRY_TTL_SECONDS = 30 * 24 * 3600;
/** The state outlives every page (its TTL is renewed on each publish), so no page outlives its tags' times. */
const STATE_TTL_SECONDS = ENTRY_TTL_SECONDS + 24 * 3600;
const TAGS_HEADER = "x-next-cache-tags";
const IMPLICIT_TAG_PREFIX = "_N_T_";
/** Decoded pages a process keeps (see LocalCopies) unless next.config.js sets `cacheMaxMemorySize`. */
const LOCAL_COPIES_BYTES = 64 * 1024 * 1024;
/** How many reads to remember the render start of (see `renderStarts`). */
const MAX_REMEMBERED_READS = 10_000;

const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;
const ENSURE_FLOOR = `
local floor = redis.call('HGET', KEYS[2], '.floor')
if not floor then
  redis.call('HSET', KEYS[2], '.floor', now, '.run', ARGV[1])
  redis.call('EXPIRE', KEYS[2], ARGV[2])
  floor = now
end`;

/**
 * KEYS: entry, state. ARGV: run id, state TTL, the render time of the copy the
 * reader holds ('' for none), tags known only to the reader (fetch cache).
 * Returns {now} for a miss, else {now, value, lastModified, tag, expired, stale, ...}
 * for the tags with a time; value is '' when the reader's copy is this one.
 */
const GET_SCRIPT = `${NOW_MS}${ENSURE_FLOOR}
local e = redis.call('HMGET', KEYS[1], 'm', 't')
if not e[1] or tonumber(e[1]) < tonumber(floor) then return {now} end
local v = ''
if e[1] ~= ARGV[3] then v = redis.call('HGET', KEYS[1], 'v') or '' end
local out = {now, v, e[1]}
local tags = {}
for tag in string.gmatch(e[2] or '', '[^,]+') do tags[#tags + 1] = tag end
for i = 4, #ARGV do tags[#tags + 1] = ARGV[i] end
for _, tag in ipairs(tags) do
  local r = redis.call('HMGET', KEYS[2], 'x:' .. tag, 's:' .. tag)
  if r[1] or r[2] then
    out[#out + 1] = tag
    out[#out + 1] = r[1] or ''
    out[#out + 1] = r[2] or ''
  end
end
return out`;

/** KEYS: entry, state. ARGV: run id, state TTL, value, render start ('' = now), tags, entry TTL. */
const SET_SCRIPT = `${NOW_MS}${ENSURE_FLOOR}
local m = tonumber(ARGV[4]) or now
redis.call('HSET', KEYS[1], 'v', ARGV[3], 'm', m, 't', ARGV[5])
redis.call('EXPIRE', KEYS[1], ARGV[6])
return now`;

/**
 * KEYS: (none), state (KEYS[2] so the floor snippet is shared; KEYS[1] is unused).
 * ARGV: run id, state TTL, mode ('' = expire now, 'stale' = stale only, else seconds until expiry), tags...
 */
const REVALIDATE_SCRIPT = `${NOW_MS}${ENSURE_FLOOR}
for i = 4, #ARGV do
  local tag = ARGV[i]
  if ARGV[3] == '' then
    redis.call('HSET', KEYS[2], 'x:' .. tag, now)
  else
    redis.call('HSET', KEYS[2], 's:' .. tag, now)
    if ARGV[3] ~= 'stale' then redis.call('HSET', KEYS[2], 'x:' .. tag, now + tonumber(ARGV[3]) * 1000) end
  end
end
redis.call('EXPIRE', KEYS[2], ARGV[2])
return now`;

/** KEYS: (none), state. ARGV: run id, state TTL. A Redis that restarted under us gets a new floor. */
const READY_SCRIPT = `${NOW_MS}${ENSURE_FLOOR}
if redis.call('HGET', KEYS[2], '.run') ~= ARGV[1] then
  redis.call('HSET', KEYS[2], '.floor', now, '.run', ARGV[1])
  redis.call('EXPIRE', KEYS[2], ARGV[2])
end
return now`;

class RedisUnavailableError extends Error {}

/**
 * One connection to Redis, shared by every handler of a process (Next makes a
 * handler per request). It never queues commands while disconnected and keeps
 * reconnecting in the background.
 */
class SharedRedis {
  /**
   * @param {string} url
   * @param {{ commandTimeoutMs?: number, connectTimeoutMs?: number, log?: (message: string) => void }} [options]
   */
  constructor(url, options = {}) {
    this.url = url;
    this.commandTimeoutMs = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
    this.log = options.log ?? ((message) => console.warn(`[shared cache] ${message}`));
    /** @type {string} Redis's run id, read on every (re)connection. */
    this.runId = "";
    /** @type {Map<string, { state: string, tags: string[], mode: string }[]>} revalidations made while Redis was away, by state key */
    this.pending = new Map();
    /** @type {Set<string>} state keys whose floor is checked on each (re)connection */
    this.stateKeys = new Set();
    /** @type {Map<string, string>} script text → sha1 */
    this.shas = new Map();
    this.wasDown = false;
    this.closed = false;
    /** Whether the current connection's start-up checks are done; until then every read is a miss. */
    this.checked = false;
    /** @type {Map<string, Promise<void>>} the floor check of each state key on this connection */
    this.stateChecks = new Map();
    /** @type {(() => void)[]} */
    this.readyWaiters = [];
    try {
      this.client = createClient({
        url,
        disableOfflineQueue: true,
        socket: {
          connectTimeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
          // Back off to one try every 2 s: a dead Redis costs one refused connection per 2 s, not a busy loop.
          reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000),
        },
      });
    } catch (error) {
      // A REDIS_URL that is not one: the same as a Redis that never answers, never a failed page.
      this.log(`REDIS_URL is not a usable Redis URL (${errorText(error)}): every page is rendered and none is shared until it is fixed.`);
      this.client = /** @type {any} */ ({ isReady: false, on() {}, connect: async () => {}, destroy() {} });
      return;
    }
    this.client.on("error", (error) => {
      this.checked = false;
      if (!this.wasDown && !this.closed) this.log(`Redis unreachable at ${redisHost(url)} (${errorText(error)}): pages are rendered without the shared cache until it is back.`);
      this.wasDown = true;
    });
    this.client.on("ready", () => {
      this.checked = false;
      if (this.wasDown) this.log(`Redis reachable again at ${redisHost(url)}.`);
      this.wasDown = false;
      this.afterConnect().catch((error) => this.log(`start-up check failed: ${errorText(error)}`));
    });
    // The first attempt may fail (Redis not up yet); the reconnect strategy keeps trying either way.
    this.client.connect().catch(() => {});
  }

  /** Connected, and the start-up checks of this connection are done. */
  get isReady() {
    return this.client.isReady && this.checked && !this.closed;
  }

  /** Reads the new run id, moves the floor if Redis restarted, and sends the revalidations it missed. */
  async afterConnect() {
    const info = await this.timed(this.client.info("server"));
    this.runId = /run_id:(\w+)/.exec(info)?.[1] ?? "";
    this.stateChecks.clear();
    for (const state of this.stateKeys) await this.checkState(state);
    for (const [state, items] of this.pending) {
      for (const item of items) await this.runScript(REVALIDATE_SCRIPT, ["", state], [this.runId, String(STATE_TTL_SECONDS), item.mode, ...item.tags]);
      this.pending.delete(state);
    }
    this.checked = true;
    for (const wake of this.readyWaiters.splice(0)) wake();
  }

  /**
   * Whether the connection is (or within `ms` becomes) ready: a process's
   * first question comes while its connection is still being opened.
   * @param {number} ms
   */
  async waitReady(ms) {
    if (this.isReady) return true;
    if (this.closed) return false;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    /** @type {() => void} */
    let wake = () => {};
    await new Promise((resolve) => {
      wake = () => resolve(undefined);
      this.readyWaiters.push(wake);
      timer = setTimeout(resolve, ms);
    });
    clearTimeout(timer);
    const index = this.readyWaiters.indexOf(wake);
    if (index !== -1) this.readyWaiters.splice(index, 1);
    return this.isReady;
  }

  /** @param {string} state */
  checkState(state) {
    const check = this.runScript(READY_SCRIPT, ["", state], [this.runId, String(STATE_TTL_SECONDS)]).then(() => {});
    this.stateChecks.set(state, check);
    return check;
  }

  /**
   * Resolves once this state key's floor was checked on the current connection.
   * @param {string} state
   */
  stateReady(state) {
    if (!this.stateKeys.has(state)) {
      this.stateKeys.add(state);
      if (this.isReady) return this.checkState(state);
    }
    return this.stateChecks.get(state);
  }

  /**
   * Runs a Lua script once the connection is checked.
   * @param {string} text @param {string[]} keys @param {string[]} args
   * @returns {Promise<unknown>}
   */
  async script(text, keys, args) {
    if (!this.isReady) throw new RedisUnavailableError("Redis is not connected");
    await this.stateReady(keys[1] ?? "");
    return this.runScript(text, keys, args);
  }

  /**
   * Runs a Lua script by its sha, sending the text only the first time Redis lacks it.
   * @param {string} text @param {string[]} keys @param {string[]} args
   * @returns {Promise<unknown>}
   */
  async runScript(text, keys, args) {
    if (!this.client.isReady) throw new RedisUnavailableError("Redis is not connected");
    let sha = this.shas.get(text);
    if (!sha) {
      sha = /** @type {string} */ (await this.timed(this.client.scriptLoad(text)));
      this.shas.set(text, sha);
    }
    try {
      return await this.timed(this.client.evalSha(sha, { keys, arguments: args }));
    } catch (error) {
      if (!/NOSCRIPT/.test(errorText(error))) throw error;
      this.shas.delete(text);
      return this.timed(this.client.eval(text, { keys, arguments: args }));
    }
  }

  /**
   * @template T
   * @param {Promise<T>} promise
   * @returns {Promise<T>}
   */
  timed(promise) {
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new RedisUnavailableError(`Redis did not answer within ${this.commandTimeoutMs} ms`)), this.commandTimeoutMs);
    });
    promise.catch(() => {}); // a late failure after the timeout won is not an unhandled rejection
    return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
  }

  /** PING within the command timeout, after waiting for a connection being opened. */
  async ping() {
    if (!(await this.waitReady(CONNECT_TIMEOUT_MS))) return false;
    try {
      return (await this.timed(this.client.ping())) === "PONG";
    } catch {
      return false;
    }
  }

  async close() {
    this.closed = true;
    try {
      this.client.destroy();
    } catch {
      // already closed
    }
  }
}

/** @type {Map<string, SharedRedis>} */
const connections = new Map();

/** The process's one connection to `url`. @param {string} url */
function sharedRedis(url) {
  let connection = connections.get(url);
  if (!connection) {
    connection = new SharedRedis(url);
    connections.set(url, connection);
  }
  return connection;
}

/** Closes the process's connections (tests; a server keeps its connection for life). */
async function closeSharedRedis() {
  for (const connection of connections.values()) await connection.close();
  connections.clear();
}

/** @param {string} url */
function redisHost(url) {
  try {
    const { hostname, port } = new URL(url);
    return `${hostname}:${port || 6379}`;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}

/** @param {unknown} error */
function errorText(error) {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** @type {Map<string, string>} */
const buildIds = new Map();

/** The build id of the `.next` folder that `serverDistDir` (`.next/server`) belongs to. @param {string} serverDistDir */
function buildIdOf(serverDistDir) {
  let id = buildIds.get(serverDistDir);
  if (!id) {
    id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    buildIds.set(serverDistDir, id);
  }
  return id;
}

/**
 * JSON for a cache value: Buffers and Maps (a page's RSC payload and its
 * segments, a route's body such as a PNG) survive byte for byte as base64.
 * @param {unknown} value
 * @returns {unknown}
 */
function encodeValue(value) {
  if (value instanceof Uint8Array) return { $b: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (value instanceof Map) return { $m: [...value].map(([key, item]) => [key, encodeValue(item)]) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === "object") {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = encodeValue(item);
    return out;
  }
  return value;
}

/** The inverse of encodeValue. @param {unknown} value @returns {unknown} */
function decodeValue(value) {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === "object") {
    const record = /** @type {Record<string, unknown>} */ (value);
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.$b === "string") return Buffer.from(record.$b, "base64");
    if (keys.length === 1 && Array.isArray(record.$m)) return new Map(record.$m.map(([key, item]) => [key, decodeValue(item)]));
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [key, item] of Object.entries(record)) out[key] = decodeValue(item);
    return out;
  }
  return value;
}

/**
 * The text Redis keeps for a value: its JSON, Brotli-compressed (quality 4)
 * and base64-encoded. An article page goes from about 225 KB in Redis to
 * about 35 KB, for about 3 ms of compression once per render; reading it
 * back costs about 2 ms, and only when the process has no decoded copy.
 * @param {string} json
 */
function packStored(json) {
  const packed = brotliCompressSync(Buffer.from(json), {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
  return `b:${packed.toString("base64")}`;
}

/** The inverse of packStored (plain JSON passes through). @param {string} text */
function unpackStored(text) {
  return text.startsWith("b:") ? brotliDecompressSync(Buffer.from(text.slice(2), "base64")).toString() : text;
}

/**
 * The tags a stored value answers to: those Next put in its `x-next-cache-tags`
 * header (explicit tags and the implicit `_N_T_` ones of its layouts, page and
 * path), plus the path's own implicit tag read from the cache key, so that an
 * entry without headers (a `notFound` page stored as `null`) is still expired
 * by `revalidatePath` of its URL.
 * @param {string} key a route cache key, `/route-cache/<kind>/<hash>/$<page path>`, or a fetch key
 * @param {any} value
 * @param {string[]} [fetchTags]
 * @returns {string[]}
 */
function tagsOf(key, value, fetchTags = []) {
  const tags = new Set(fetchTags);
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  const marker = key.indexOf("/$/");
  if (key.startsWith("/route-cache/") && marker !== -1) {
    const pagePath = key.slice(marker + 2);
    tags.add(`${IMPLICIT_TAG_PREFIX}${pagePath}`);
    if (pagePath === "/index") tags.add(`${IMPLICIT_TAG_PREFIX}/`);
  }
  // Commas separate tags in storage; Next encodes tags header-safe, so a tag never holds one.
  return [...tags].filter((tag) => !tag.includes(","));
}

/**
 * Whether any tag expired after the entry was rendered, as Next's own
 * tags manifest decides it (`areTagsExpired`): an expiry time that has come
 * and is later than the render.
 * @param {{ tag: string, expired?: number, stale?: number }[]} states
 * @param {number} lastModified
 * @param {number} now
 */
function isExpired(states, lastModified, now) {
  return states.some((state) => state.expired !== undefined && state.expired <= now && state.expired > lastModified);
}

/**
 * Parses the GET script's reply.
 * @param {unknown} reply
 * @returns {{ now: number, hit?: { value: string, lastModified: number, states: { tag: string, expired?: number, stale?: number }[] } }}
 */
function parseGetReply(reply) {
  const items = /** @type {(string | number)[]} */ (reply);
  const now = Number(items[0]);
  if (items.length < 3) return { now };
  const states = [];
  for (let i = 3; i + 2 < items.length; i += 3) {
    states.push({ tag: String(items[i]), expired: optionalNumber(items[i + 1]), stale: optionalNumber(items[i + 2]) });
  }
  return { now, hit: { value: String(items[1]), lastModified: Number(items[2]), states } };
}

/** @param {unknown} text */
function optionalNumber(text) {
  return text === "" || text === undefined || text === null ? undefined : Number(text);
}

/**
 * Tells this process's copy of Next's tags manifest what Redis knows about
 * these tags, so Next's own checks after `get` (a tag gone stale: serve the
 * page once more and render it again in the background) agree with Redis.
 * @param {{ tag: string, expired?: number, stale?: number }[]} states
 */
function mirrorTagStates(states) {
  for (const { tag, expired, stale } of states) {
    const known = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, {
      ...known,
      ...(expired !== undefined && (known.expired ?? 0) < expired ? { expired } : {}),
      ...(stale !== undefined && (known.stale ?? 0) < stale ? { stale } : {}),
    });
  }
}

/**
 * The decoded pages this process has read or rendered, each with the render
 * time it has in Redis. Redis stays the judge of what may be served: every
 * read still asks it (the entry's time and its tags), and only when the
 * entry there is the same render does the copy here stand in for sending,
 * parsing and decoding the page again. Bounded by the size of the stored
 * text, least recently used out first.
 */
class LocalCopies {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { lastModified: number, result: { lastModified: number, value: any, cacheControl?: any }, size: number }>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {number} lastModified @param {{ lastModified: number, value: any, cacheControl?: any }} result @param {number} size */
  set(key, lastModified, result, size) {
    this.delete(key);
    if (size > this.maxBytes / 4) return; // one page must not push out all the others
    this.entries.set(key, { lastModified, result, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

/**
 * A handler class bound to one Redis and key prefix. Next constructs it once
 * per request with the context of that request.
 * @param {{ connection: () => SharedRedis, prefix?: string, buildId?: string, localCopiesBytes?: number }} options
 */
function createRedisCacheHandler(options) {
  /**
   * The time (Redis's clock) of the last read of each key that found nothing
   * or something to re-render: the render that follows began then, so that is
   * the time its result is valid from. Using the time of `set` instead would
   * let a render that read an article just before a correction, and finished
   * just after it, pass for fresh.
   * @type {Map<string, number>}
   */
  const renderStarts = new Map();
  /** @type {LocalCopies | undefined} made with the first handler, which knows next.config.js's cacheMaxMemorySize */
  let copies;

  /** @param {string} key @param {number} at */
  function rememberRead(key, at) {
    renderStarts.delete(key);
    renderStarts.set(key, at);
    if (renderStarts.size > MAX_REMEMBERED_READS) {
      const oldest = renderStarts.keys().next().value;
      if (oldest !== undefined) renderStarts.delete(oldest);
    }
  }

  return class RedisCacheHandler {
    /** @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} ctx */
    constructor(ctx) {
      copies ??= new LocalCopies(options.localCopiesBytes ?? (typeof ctx.maxMemoryCacheSize === "number" ? ctx.maxMemoryCacheSize : LOCAL_COPIES_BYTES));
      this.copies = copies;
      this.redis = options.connection();
      const buildId = options.buildId ?? (ctx.serverDistDir ? buildIdOf(ctx.serverDistDir) : "dev");
      this.prefix = `${options.prefix ?? "onrecord"}:${buildId}:`;
      this.stateKey = `${this.prefix}s`;
    }

    /**
     * @param {string} key
     * @param {any} ctx
     * @returns {Promise<{ lastModified: number, value: any, cacheControl?: any } | null>}
     */
    async get(key, ctx) {
      const fetchTags = ctx?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      const copy = this.copies.get(key);
      let reply;
      try {
        reply = parseGetReply(await this.redis.script(GET_SCRIPT, [`${this.prefix}e:${key}`, this.stateKey], [this.redis.runId, String(STATE_TTL_SECONDS), copy ? String(copy.lastModified) : "", ...fetchTags]));
      } catch {
        return null; // Redis away or slow: render the page rather than keep the reader waiting
      }
      rememberRead(key, reply.now);
      if (!reply.hit) {
        this.copies.delete(key);
        return null;
      }
      const { value, lastModified, states } = reply.hit;
      mirrorTagStates(states);
      if (isExpired(states, lastModified, reply.now)) return null;
      if (value === "") return copy?.lastModified === lastModified ? copy.result : null;
      let stored;
      let json;
      try {
        json = unpackStored(value);
        stored = /** @type {{ value: unknown, cacheControl?: unknown }} */ (decodeValue(JSON.parse(json)));
      } catch {
        return null;
      }
      const result = { lastModified, value: stored.value ?? null, ...(stored.cacheControl ? { cacheControl: stored.cacheControl } : {}) };
      this.copies.set(key, lastModified, result, json.length);
      return result;
    }

    /**
     * @param {string} key
     * @param {any} data
     * @param {any} ctx
     */
    async set(key, data, ctx) {
      if (data?.kind === "IMAGE") return; // images keep Next's own optimizer cache
      if (!this.redis.isReady) return;
      const renderStart = renderStarts.get(key);
      renderStarts.delete(key);
      const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
      const tags = tagsOf(key, data, ctx?.fetchCache ? ctx.tags : []);
      const expire = typeof cacheControl?.expire === "number" && cacheControl.expire > 0 ? Math.min(cacheControl.expire, ENTRY_TTL_SECONDS) : ENTRY_TTL_SECONDS;
      const json = JSON.stringify(encodeValue({ value: data, cacheControl }));
      const stored = packStored(json);
      this.copies.delete(key);
      try {
        const now = Number(await this.redis.script(SET_SCRIPT, [`${this.prefix}e:${key}`, this.stateKey], [this.redis.runId, String(STATE_TTL_SECONDS), stored, renderStart === undefined ? "" : String(renderStart), tags.join(","), String(Math.ceil(expire))]));
        const lastModified = renderStart ?? now;
        this.copies.set(key, lastModified, { lastModified, value: data ?? null, ...(cacheControl ? { cacheControl } : {}) }, json.length);
      } catch {
        // Not stored: the next request renders the page again.
      }
    }

    /**
     * @param {string | string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tags, durations) {
      const list = (typeof tags === "string" ? [tags] : tags).filter((tag) => tag && !tag.includes(","));
      if (list.length === 0) return;
      const mode = durations ? (durations.expire === undefined ? "stale" : String(durations.expire)) : "";
      // This process sees it at once, in Redis's time (the time its pages are stamped with) or, with Redis away, its own.
      /** @param {number} now */
      const mirror = (now) => mirrorTagStates(list.map((tag) => (mode === "" ? { tag, expired: now } : { tag, stale: now, ...(mode === "stale" ? {} : { expired: now + Number(mode) * 1000 }) })));
      try {
        mirror(Number(await this.redis.script(REVALIDATE_SCRIPT, ["", this.stateKey], [this.redis.runId, String(STATE_TTL_SECONDS), mode, ...list])));
      } catch (error) {
        mirror(Date.now());
        const queue = this.redis.pending.get(this.stateKey) ?? [];
        queue.push({ state: this.stateKey, tags: list, mode });
        this.redis.pending.set(this.stateKey, queue);
        this.redis.log(`revalidation of ${list.length} tag(s) kept until Redis is back (${errorText(error)}).`);
      }
    }

    resetRequestCache() {}
  };
}

/**
 * The handler for the process's REDIS_URL, one connection per process.
 * @param {string} url
 */
function createEnvRedisCacheHandler(url) {
  return createRedisCacheHandler({ connection: () => sharedRedis(url), prefix: process.env.REDIS_KEY_PREFIX || "onrecord" });
}

module.exports = {
  COMMAND_TIMEOUT_MS,
  SharedRedis,
  sharedRedis,
  closeSharedRedis,
  createRedisCacheHandler,
  createEnvRedisCacheHandler,
  encodeValue,
  decodeValue,
  packStored,
  unpackStored,
  tagsOf,
  isExpired,
  parseGetReply,
  redisHost,
};
