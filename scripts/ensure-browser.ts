/**
 * Makes sure the e2e tests have a Chromium to drive, installing one when
 * missing: Debian's package where apt-get is available (this project's CI,
 * whose network reaches only the npm and Debian registries), else
 * Playwright's own download.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "../e2e/browser";

function found(): string | undefined {
  const system = chromiumExecutable();
  if (system && existsSync(system)) return system;
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : undefined;
}

function run(cmd: string, args: string[]): boolean {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

const hasCommand = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
const isRoot = () => process.getuid?.() === 0;

let browser = found();
if (!browser) {
  console.log("No Chromium found for the e2e tests: installing one.");
  if (hasCommand("apt-get")) {
    const sudo = isRoot() ? [] : ["sudo"];
    const [cmd, ...pre] = [...sudo, "apt-get"];
    run(cmd!, [...pre, "update", "-qq"]) && run(cmd!, [...pre, "install", "-y", "-qq", "chromium"]);
  }
  if (!found()) run("npx", ["playwright", "install", "chromium"]);
  browser = found();
}
if (!browser) {
  console.error("Could not install Chromium. Install it by hand (Debian: apt-get install chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}
const version = (() => {
  try {
    return execFileSync(browser, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
})();
console.log(`e2e browser: ${browser}${version ? ` (${version})` : ""}`);
