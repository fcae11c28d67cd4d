import { existsSync } from "node:fs";

/**
 * Which Chromium Playwright launches: CHROMIUM_PATH when set, else Debian's
 * /usr/bin/chromium when installed, else Playwright's own download (undefined).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
}

/** This machine has no internet: keep Chromium from trying to phone home at start-up. */
export const CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
