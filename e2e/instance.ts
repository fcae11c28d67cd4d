import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A `next start` of the already-built app (.next) as one more instance, for
 * tests that need several servers on one content folder (the e2e webServer
 * builds it first).
 */
export interface NextInstance {
  origin: string;
  /** The server's process id (for CPU figures). */
  pid: number;
  /** What the server printed, for a failure's message. */
  output(): string;
  stop(): Promise<void>;
}

const REPO = path.resolve(__dirname, "..");

export async function startNextInstance(port: number, env: Record<string, string>): Promise<NextInstance> {
  // Another server on the port would answer the readiness check in this one's place.
  if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) throw new Error(`port ${port} is already taken`);
  // Its own page cache: the build's (.next/server) is shared by every server of the build, whatever its content folder.
  const pageCache = mkdtempSync(path.join(os.tmpdir(), "onrecord-page-cache-"));
  const child: ChildProcess = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: REPO,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ONRECORD_PAGE_CACHE_DIR: pageCache, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const instance: NextInstance = {
    origin,
    pid: child.pid ?? 0,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(pageCache, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return instance;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Error(`next start on ${port} did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
