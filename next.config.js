// @ts-check
const { spawnSync } = require("node:child_process");
const { PHASE_PRODUCTION_BUILD } = require("next/constants");

/**
 * A build never starts on broken content: the same check as `npm run validate`
 * runs first, and a failure ends the build with its `file: json.path: message`
 * lines instead of a stack trace from somewhere inside page generation.
 */
function validateContentOrExit() {
  if (process.env.ONRECORD_CONTENT_VALIDATED === "1") return; // build workers re-read this file
  const result = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/validate-content.ts"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) {
    console.error("\nBuild stopped: the content above is invalid. Nothing was built.");
    process.exit(1);
  }
  process.env.ONRECORD_CONTENT_VALIDATED = "1";
}

/** @param {string} phase */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) validateContentOrExit();
  /** @type {import("next").NextConfig} */
  const config = {
    reactStrictMode: true,
    poweredByHeader: false,
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
