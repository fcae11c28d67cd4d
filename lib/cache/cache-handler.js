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

module.exports = url && !building ? require("./redis-cache-handler").createEnvRedisCacheHandler(url) : FileSystemCache;
