// @ts-check
"use strict";
/**
 * The `cacheHandler` next.config.js names. Next imports it when the server
 * handles its first cacheable request, so the choice is made by the server's
 * own environment, whatever the build's was:
 *
 * - `REDIS_URL` set: every instance shares one cache in that Redis
 *   (./redis-cache-handler.js);
 * - unset, or during `next build`: Next's own file-system cache, exactly as
 *   without a cacheHandler (the same class Next would pick itself).
 *
 * Choosing here rather than in next.config.js also covers the standalone
 * `server.js`, which runs with the config frozen at build time.
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const url = process.env.REDIS_URL;
const building = process.env.NEXT_PHASE === "phase-production-build";

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

module.exports = withoutMisses(url && !building ? require("./redis-cache-handler").createEnvRedisCacheHandler(url) : FileSystemCache);
