import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run screenshots`: every page type at the widths readers use, light and dark, plus the phone's panel and sheet
 * and the printed article, saved under screenshots/ to be looked at. Not part of `npm test`: nothing here asserts.
 */
export default defineConfig({
  ...base,
  testMatch: "screenshots.spec.ts",
  outputDir: "screenshots",
  retries: 0,
  // Eight full-page shots per page type take longer than the default 30 s on a busy machine.
  timeout: 120_000,
  reporter: "list",
  projects: base.projects!.map(({ testIgnore: _ignored, ...project }) => project),
});
