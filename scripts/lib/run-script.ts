/** For tests of the command-line tools: run one in-process, or as `npm run` would. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Io } from "./io";

export const REPO = path.resolve(__dirname, "../..");

export interface CommandRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a tool's in-process entry point (`runIngest`, `runEvalQuotes`): fast, and what it prints is collected. */
export function captureCommand(run: (argv: readonly string[], io: Io) => number, args: readonly string[]): CommandRun {
  let stdout = "";
  let stderr = "";
  const status = run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

/**
 * Runs `scripts/<script>` the way `npm run` does: with tsx, from the repo
 * root, and without the caller's CONTENT_DIR, so the default content root
 * applies unless the arguments name one.
 */
export function runScript(script: string, args: readonly string[] = []): CommandRun {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  const run = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], { cwd: REPO, encoding: "utf8", env, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
