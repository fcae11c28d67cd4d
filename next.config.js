// @ts-check
const { spawnSync } = require("node:child_process");
const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = require("next/constants");
const { securityHeaders } = require("./lib/http/security-headers");

/**
 * Pages read the published store (lib/published), never the archive. The
 * first build on a machine whose store is empty publishes the archive there:
 * the same check as `npm run validate` runs first, and a failure ends the
 * build with its `file: json.path: message` lines instead of a stack trace
 * from inside page generation. Later builds leave the store as it is, so
 * their time does not grow with the archive.
 */
function validateContentOrExit() {
  if (process.env.ONRECORD_CONTENT_VALIDATED === "1") return; // build workers re-read this file
  const result = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/validate-content.ts", "--seed"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) {
    console.error("\nBuild stopped: the content above is invalid. Nothing was built.");
    process.exit(1);
  }
  process.env.ONRECORD_CONTENT_VALIDATED = "1";
}

/**
 * What a CDN in front of the site may do with a published page. Pages change
 * when an article is published (POST /api/publish), so a CDN may keep a page
 * for a minute and then serve it stale for up to a day while it fetches the
 * new one in the background: a correction reaches readers within about a
 * minute of its publish with no purge, and the origin sees about one request
 * per page per minute per edge.
 *
 * Next's own header for a fully static page is `s-maxage=31536000` with no
 * `stale-while-revalidate` (it adds one only for a numeric `revalidate`).
 * Next keeps a Cache-Control already set by these rules on prerendered pages,
 * and replaces it with `private, no-cache, no-store` on draft-mode and error
 * responses. docs/deploy.md has the rest.
 */
const PUBLISHED_PAGE_CACHE = "public, s-maxage=60, stale-while-revalidate=86400";

/**
 * Every public path: pages, feeds and files, including routes added later.
 * Not build assets (`/_next/static` keeps Next's `immutable`), not `/api`,
 * and not the editors' `/drafts` and `/preview` pages.
 */
const PUBLISHED_PATHS = ["/", "/:path((?!api/|_next/|drafts|preview/).+)"];

/** @param {string} phase */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) validateContentOrExit();
  /** @type {import("next").NextConfig} */
  const config = {
    reactStrictMode: true,
    poweredByHeader: false,
    generateEtags: false,
    // `npm run bench` builds synthetic archives into their own folder, so they never replace the real build in .next.
    ...(process.env.ONRECORD_DIST_DIR ? { distDir: process.env.ONRECORD_DIST_DIR } : {}),
    // Next's incremental cache, or with REDIS_URL set when the server starts one cache in Redis that every
    // instance shares (lib/cache/cache-handler.js chooses at run time; docs/deploy.md has the set-up).
    cacheHandler: require.resolve("./lib/cache/cache-handler.js"),
    // A self-contained server folder for container deploys (docs/deploy.md). Off by default: `next start` warns it does not support it.
    ...(process.env.ONRECORD_STANDALONE === "1" ? { output: /** @type {const} */ ("standalone") } : {}),
    async headers() {
      return [
        // Sent with every response (lib/http/security-headers.js says why each).
        { source: "/:path*", headers: securityHeaders(phase === PHASE_DEVELOPMENT_SERVER) },
        // Not for a request carrying the draft cookie: that response is a preview, private to one editor.
        ...PUBLISHED_PATHS.map((source) => ({
          source,
          missing: [{ type: /** @type {const} */ ("cookie"), key: "__prerender_bypass" }],
          headers: [{ key: "Cache-Control", value: PUBLISHED_PAGE_CACHE }],
        })),
      ];
    },
    async rewrites() {
      return {
        // Readers get the prerendered article. With the draft cookie, the same
        // URL is rendered per request from disk (drafts included); that route
        // checks the cookie is valid and falls back to the published page.
        beforeFiles: [
          {
            source: "/articles/:slug",
            has: [{ type: "cookie", key: "__prerender_bypass" }],
            destination: "/preview/articles/:slug",
          },
        ],
      };
    },
  };
  return config;
};
