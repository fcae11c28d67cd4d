/** Runs wrk (a C load generator: at 32–64 connections it leaves far more of a 2-core machine to the server than a Node.js one). */
import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import { type WrkFigures, parseWrkReport } from "../lib/wrk";

const REPORT = path.join(__dirname, "wrk-report.lua");

/** Throws with how to install wrk when it is missing. */
export function requireWrk(): void {
  const probe = spawnSync("wrk", ["--version"], { encoding: "utf8" });
  if (probe.error) throw new Error("wrk is not installed: on Debian or Ubuntu, `apt-get install -y wrk` (the bench's load tool)");
}

export function wrk(url: string, opts: { connections: number; seconds: number; threads?: number }): Promise<WrkFigures> {
  const args = ["-t", String(opts.threads ?? 2), "-c", String(opts.connections), "-d", `${opts.seconds}s`, "--timeout", "2s", "-s", REPORT, url];
  return new Promise((resolve, reject) => {
    execFile("wrk", args, { encoding: "utf8", timeout: (opts.seconds + 30) * 1000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`wrk ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      try {
        resolve(parseWrkReport(stdout));
      } catch (e) {
        reject(e);
      }
    });
  });
}
