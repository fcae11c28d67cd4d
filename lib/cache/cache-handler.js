// @ts-check
"use strict";
/**
 * The `cacheHandler` next.config.js names. Next imports it when the server
 * handles its first cacheable request, so the choice is made by the server's
 * own environment, whatever the build's was:
 *
 * - `REDIS_URL` set: every instance shares one cache in that Redis
 *   (./redis-cache-handler.js);
 * - unset, or during `next build`: Next's own file-system cache (the same
 *   class Next would pick itself), which remembers revalidations across a
 *   restart (FileSystemPageCache below).
 *
 * Choosing here rather than in next.config.js also covers the standalone
 * `server.js`, which runs with the config frozen at build time.
 */
const fs = require("node:fs");
const path = require("node:path");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");

const url = process.env.REDIS_URL;
const building = process.env.NEXT_PHASE === "phase-production-build";

let tagsLoaded = false;

/**
 * Next's file-system page cache, with two changes for a single machine:
 *
 * - Revalidated tags outlive a restart. Next keeps them in memory only, so
 *   a page cached on disk before a publish (a takedown, a correction) and
 *   not visited since would be served again once the server restarts. Each
 *   revalidation is appended to `revalidated-tags.ndjson` beside the cache
 *   and read back when the server starts.
 * - `ONRECORD_PAGE_CACHE_DIR` keeps pages in a folder of their own instead
 *   of the build's `.next/server`. Every server of one build shares that
 *   folder, so two servers on different content folders (tests) would serve
 *   each other's pages. Pages the build drew are then drawn again on first
 *   request.
 */
class FileSystemPageCache extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    const own = process.env.ONRECORD_PAGE_CACHE_DIR ? path.resolve(process.env.ONRECORD_PAGE_CACHE_DIR) : undefined;
    super(own ? { ...ctx, serverDistDir: own } : ctx);
    this.tagsFile = path.join(own ?? path.join(ctx.serverDistDir, "..", "cache"), "revalidated-tags.ndjson");
    if (!tagsLoaded && !building) {
      tagsLoaded = true;
      loadTags(this.tagsFile);
    }
  }

  /** @param {string | string[]} tags @param {any} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const lines = (typeof tags === "string" ? [tags] : tags).map((tag) => JSON.stringify({ tag, ...tagsManifest.get(tag) }));
    if (lines.length === 0) return;
    fs.mkdirSync(path.dirname(this.tagsFile), { recursive: true });
    fs.appendFileSync(this.tagsFile, `${lines.join("\n")}\n`);
  }
}

/** @param {string} file */
function loadTags(file) {
  let text = "";
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return; // none yet
  }
  for (const line of text.split("\n")) {
    if (!line) continue;
    try {
      const { tag, stale, expired } = JSON.parse(line);
      const known = tagsManifest.get(tag) ?? {};
      tagsManifest.set(tag, {
        ...(Math.max(known.stale ?? 0, stale ?? 0) > 0 ? { stale: Math.max(known.stale ?? 0, stale ?? 0) } : {}),
        ...(Math.max(known.expired ?? 0, expired ?? 0) > 0 ? { expired: Math.max(known.expired ?? 0, expired ?? 0) } : {}),
      });
    } catch {
      // a line cut short by a crash: the rest still count
    }
  }
}


/**
 * Keeps no page that answered 404. A route drawn on first request (an
 * article, a speaker, a topic) renders a 404 for any slug anyone asks for;
 * kept, each would be a cache entry, so a crawler of made-up URLs could fill
 * the disk or Redis (and paths with a NUL byte or 300 characters make the
 * file cache fail to write). Not keeping them costs one render per request
 * for a missing page, and a story published later needs no 404 purged.
 * @template {new (...args: any[]) => { set(key: string, data: any, ctx: any): Promise<void> }} T
 * @param {T} Base
 */
function withoutMisses(Base) {
  return class extends Base {
    /** @param {string} key @param {any} data @param {any} ctx */
    async set(key, data, ctx) {
      if (data && data.kind === "APP_PAGE" && data.status === 404) return;
      return super.set(key, data, ctx);
    }
  };
}

module.exports = withoutMisses(url && !building ? require("./redis-cache-handler").createEnvRedisCacheHandler(url) : FileSystemPageCache);
