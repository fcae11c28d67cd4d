import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";
import { E2E_CONTENT_DIR, E2E_PORT as PORT, E2E_PREVIEW_SECRET } from "./e2e/server-env";

/** Pictures to look at, not assertions: `npm run screenshots` takes them (playwright.screenshots.config.ts). */
const SCREENSHOT_SPECS = ["**/screenshots.spec.ts"];

/** Specs about what the server answers, not about layout: the mobile project does not repeat them. */
const SERVER_ONLY_SPECS = ["**/seo.spec.ts", "**/ascii-pages.spec.ts", "**/cache-headers.spec.ts", "**/pagination.spec.ts", "**/preview.spec.ts", "**/security.spec.ts"];

const launchOptions = { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS };

/** E2E runs against the production build (`next build` first; `npm run test:e2e` does both). */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace of every action of every test slows every test; recorded on the retry of a test that failed
    // once (CI retries once), it costs a green run nothing.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions },
      testIgnore: SCREENSHOT_SPECS,
      grepInvert: /@phone-only/, // tests of the phone layout (e2e/scope.ts)
    },
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions },
      // Responses, headers, status codes, feeds and build output are the same on every device: checked once, on desktop.
      testIgnore: [...SCREENSHOT_SPECS, ...SERVER_ONLY_SPECS],
      // Device-independent tests and those that set their own viewport run once, on desktop (e2e/scope.ts).
      grepInvert: /@desktop-only/,
    },
  ],
  webServer: {
    // Node closes an idle keep-alive socket after 5 s by default; a test's request context that waited longer (walking
    // pages with the browser) could reuse it as it closed and get ECONNRESET. The server now outwaits any test.
    command: `rm -rf "${E2E_CONTENT_DIR}" && cp -R content "${E2E_CONTENT_DIR}" && npx next start -p ${PORT} -H 127.0.0.1 --keepAliveTimeout 120000`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: E2E_CONTENT_DIR, PREVIEW_SECRET: E2E_PREVIEW_SECRET },
  },
});
