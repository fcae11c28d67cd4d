/**
 * Starts `next start` on the production build for a command-line tool and
 * stops it again, whatever happens (an error, Ctrl-C). Loopback only.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { portRange } from "../lib/ports";

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

/** A free loopback port in ONRECORD_PORTS (default 3410–3490), found by binding it. */
export async function freePort({ from, to } = portRange()): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${from} and ${to}`);
}

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
}

/** Whether `taskset` (util-linux) is here and may confine a process to that CPU. */
export function canPinToCpu(cpu: number): boolean {
  return spawnSync("taskset", ["-c", String(cpu), "true"], { stdio: "ignore" }).status === 0;
}

/**
 * `cpu`: run the server on that CPU only (through taskset), so that a browser
 * measured on the same machine keeps the other cores to itself.
 */
export async function startNextServer(options: { cwd?: string; env?: Record<string, string>; cpu?: number } = {}): Promise<RunningServer> {
  const cwd = options.cwd ?? process.cwd();
  if (!existsSync(path.join(cwd, ".next", "BUILD_ID"))) {
    throw new Error("no production build here: run `npm run build` first");
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // A build is served by its own copy of Next.js (the bare app has one of its own).
  const ownNext = path.join(cwd, "node_modules", "next", "dist", "bin", "next");
  const command = [process.execPath, existsSync(ownNext) ? ownNext : require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"];
  if (options.cpu !== undefined) command.unshift("taskset", "-c", String(options.cpu));
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const kill = () => child.exitCode === null && child.kill("SIGTERM");
  process.once("exit", kill);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      kill();
      process.exit(130);
    });
  }
  try {
    await waitUntilUp(origin, child, 60_000);
  } catch (error) {
    kill();
    throw error;
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        kill();
      }),
  };
}
