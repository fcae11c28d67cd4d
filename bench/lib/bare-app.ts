/**
 * The bare framework app (../shared/floor-app): a Next.js app with one trivial
 * page, no proxy and no config, built with the project's own next, react and
 * react-dom and measured beside onrecord in the same run. Pure parts here;
 * bench/run/floor-app.ts builds and caches it.
 */
import os from "node:os";
import path from "node:path";

export interface FrameworkVersions {
  next: string;
  react: string;
  "react-dom": string;
}

/** The packages the bare app is built with, at the versions installed here. */
export const FRAMEWORK_PACKAGES = ["next", "react", "react-dom"] as const;

/** One cached build per set of versions and per source: "next-16.4.6_react-19.3.1_react-dom-19.3.1_<hash>". */
export function bareCacheKey(versions: FrameworkVersions, sourceHash: string): string {
  const safe = (v: string) => v.replace(/[^0-9A-Za-z.+-]/g, "_");
  return `${FRAMEWORK_PACKAGES.map((p) => `${p}-${safe(versions[p])}`).join("_")}_${sourceHash.slice(0, 12)}`;
}

/** Where the builds are kept: outside the repository, under the user's cache folder. */
export function bareCacheRoot(env: Readonly<Record<string, string | undefined>> = process.env, home = os.homedir()): string {
  if (env.ONRECORD_BARE_CACHE) return path.resolve(env.ONRECORD_BARE_CACHE);
  return path.join(env.XDG_CACHE_HOME || path.join(home, ".cache"), "onrecord-bare-app");
}

/** The bare app's package.json: exact versions, nothing else. */
export function barePackageJson(versions: FrameworkVersions): string {
  const dependencies = Object.fromEntries(FRAMEWORK_PACKAGES.map((p) => [p, versions[p]]));
  return `${JSON.stringify({ name: "onrecord-floor-app", private: true, scripts: { build: "next build" }, dependencies }, null, 2)}\n`;
}
