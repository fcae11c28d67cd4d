/**
 * Builds the bare framework app (bench/lib/floor.ts) once per set of versions
 * and keeps it outside the repository (~/.cache/onrecord-floor/<versions>),
 * so a run after the first only starts it.
 *
 * The source is ../shared/floor-app beside the repository, or
 * ONRECORD_BARE_APP. Installing its three packages needs the npm registry
 * (or npm's cache) the first time.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FRAMEWORK_PACKAGES, type FrameworkVersions, bareCacheKey, bareCacheRoot, barePackageJson } from "../lib/bare-app";

export const REPO = path.resolve(__dirname, "../..");

/** Where the bare app's source is, or why it is not there. */
export function bareAppSource(): { dir: string } | { missing: string } {
  const dir = path.resolve(process.env.ONRECORD_BARE_APP ?? path.join(REPO, "..", "shared", "floor-app"));
  return existsSync(path.join(dir, "app")) ? { dir } : { missing: `no bare framework app at ${dir} (set ONRECORD_BARE_APP to its folder)` };
}

export function installedVersions(repo = REPO): FrameworkVersions {
  const version = (p: string) => (JSON.parse(readFileSync(path.join(repo, "node_modules", p, "package.json"), "utf8")) as { version: string }).version;
  return Object.fromEntries(FRAMEWORK_PACKAGES.map((p) => [p, version(p)])) as unknown as FrameworkVersions;
}

function files(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? files(file, base) : [path.relative(base, file)];
    });
}

/** Changes whenever a file of the source changes, so an edited bare app is rebuilt. */
function sourceHash(dir: string): string {
  const hash = createHash("sha256");
  for (const file of files(dir)) hash.update(file).update("\0").update(readFileSync(path.join(dir, file))).update("\0");
  return hash.digest("hex");
}

function run(cmd: string, args: string[], cwd: string): void {
  // NODE_ENV is Next's to set; the repository's own build flags are not the bare app's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV" && !k.startsWith("ONRECORD_")));
  const result = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } as unknown as NodeJS.ProcessEnv });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${(result.stdout + result.stderr).split("\n").slice(-30).join("\n")}`);
}

/** The folder of a built bare app with the project's versions: built now if not cached. */
export function ensureBareApp(progress: (msg: string) => void = () => {}): { dir: string; versions: FrameworkVersions } {
  const source = bareAppSource();
  if ("missing" in source) throw new Error(source.missing);
  const versions = installedVersions();
  const dir = path.join(bareCacheRoot(), bareCacheKey(versions, sourceHash(source.dir)));
  if (existsSync(path.join(dir, ".next", "BUILD_ID"))) return { dir, versions };
  progress(`building the bare framework app (next ${versions.next}, react ${versions.react}) in ${dir}…`);
  // Built beside its final place and renamed at the end: an interrupted build is never taken for a finished one.
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    cpSync(source.dir, work, { recursive: true });
    writeFileSync(path.join(work, "package.json"), barePackageJson(versions));
    run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], work);
    run(process.execPath, [path.join(work, "node_modules", "next", "dist", "bin", "next"), "build"], work);
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  return { dir, versions };
}
