/**
 * Whatever the bench starts it stops, and whatever it writes outside bench/
 * it removes, on success, on error and on Ctrl-C: servers and builds are
 * started in their own process group and killed as a group; temporary
 * content roots and build folders are deleted; files that `next build`
 * rewrites for a custom build folder (tsconfig.json, next-env.d.ts) are put
 * back as they were.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { descendants } from "../lib/proc";
import { processParents } from "./proc-sampler";

const groups = new Set<ChildProcess>();
const paths = new Set<string>();
const snapshots = new Map<string, string | null>();

/** A child started with `detached: true`, so its pid is also its process group. */
export function trackGroup(child: ChildProcess): void {
  groups.add(child);
  child.once("exit", () => groups.delete(child));
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  paths.add(dir);
  return dir;
}

/** Deletes `target` now (and again at exit, should something write it back). */
export function remove(target: string): void {
  rmSync(target, { recursive: true, force: true });
}

/** Deletes `target` at exit at the latest. */
export function removeAtExit(target: string): void {
  paths.add(target);
}

/** Remembers a file as it is now, to put it back at exit. */
export function snapshot(file: string): void {
  if (!snapshots.has(file)) snapshots.set(file, existsSync(file) ? readFileSync(file, "utf8") : null);
}

/**
 * Every process below `child`, found before any is killed: `next build` runs
 * its type check in a process group of its own, which a group kill misses and
 * which would be orphaned (and unfindable) once its parent is gone.
 */
function treeOf(child: ChildProcess): number[] {
  if (child.pid === undefined) return [];
  try {
    return descendants(child.pid, processParents());
  } catch {
    return [child.pid];
  }
}

export function killTree(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): void {
  const pids = treeOf(child);
  killGroup(child, signal);
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

export function cleanup(): void {
  for (const child of groups) killTree(child);
  groups.clear();
  for (const p of paths) rmSync(p, { recursive: true, force: true });
  paths.clear();
  for (const [file, text] of snapshots) {
    if (text === null) rmSync(file, { force: true });
    else if (!existsSync(file) || readFileSync(file, "utf8") !== text) writeFileSync(file, text);
  }
}

let installed = false;

export function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping servers and removing temporary files…\n`);
      cleanup();
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
}
