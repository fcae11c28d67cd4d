/** Runs `next build` and `next start` for the bench, each in its own process group. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { portRange } from "../lib/ports";
import { killTree, trackGroup } from "./cleanup";
import { sampleTree, treeCpuMs } from "./proc-sampler";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const TSX_CLI = require.resolve("tsx/cli");

export interface BenchEnv {
  contentDir: string;
  /** Relative to the project: Next refuses a build folder outside it. */
  distDir: string;
  previewSecret?: string;
}

/** Not inherited: a validated flag would skip the content check, and NODE_ENV is Next's to set. */
const NOT_INHERITED = new Set(["ONRECORD_CONTENT_VALIDATED", "NODE_ENV"]);

function envFor(e: BenchEnv): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !NOT_INHERITED.has(key));
  const env = { ...Object.fromEntries(inherited), CONTENT_DIR: e.contentDir, ONRECORD_DIST_DIR: e.distDir, NEXT_TELEMETRY_DISABLED: "1" };
  return (e.previewSecret ? { ...env, PREVIEW_SECRET: e.previewSecret } : env) as unknown as NodeJS.ProcessEnv;
}

function collect(child: ChildProcess, onLine: (line: string) => void): string[] {
  const log: string[] = [];
  const feed = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split(/\r?\n/)) {
      if (!line.trim()) continue;
      log.push(line);
      if (log.length > 400) log.shift();
      onLine(line);
    }
  };
  child.stdout?.on("data", feed);
  child.stderr?.on("data", feed);
  return log;
}

export interface BuildResult {
  wallMs: number;
  /** User + system CPU time of every process in the build's tree: unlike wall time, hardly moved by other work on the machine. */
  cpuMs: number | null;
  peakRssBytes: number;
  pages: number | null;
}

/**
 * What `npm run build` runs (`next build`, then the ASCII rewrite of its
 * pages) on the content root, timed as one, with the peak RSS of the whole
 * process tree sampled every 200 ms.
 */
export async function runBuild(e: BenchEnv, progress: (msg: string) => void): Promise<BuildResult> {
  const started = performance.now();
  const steps = `"$NODE" "$NEXT_BIN" build && "$NODE" "$TSX_CLI" scripts/ascii-pages.ts`;
  const env = { ...envFor(e), NODE: process.execPath, NEXT_BIN, TSX_CLI };
  const child = spawn("/bin/sh", ["-c", steps], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  trackGroup(child);
  const sampler = sampleTree(child.pid!);
  let pages: number | null = null;
  const log = collect(child, (line) => {
    const m = /Generating static pages.*\((\d+)\/(\d+)\)/.exec(line);
    if (m) {
      pages = Number(m[2]);
      progress(`generating pages ${m[1]}/${m[2]}`);
    } else if (/Compiled|Running TypeScript|Collecting page data|no problems|ASCII pages/.test(line)) {
      progress(line.trim().replace(/^[✓▲]\s*/, ""));
    }
  });
  const ticker = setInterval(() => progress(`… ${Math.round((performance.now() - started) / 1000)} s, ${Math.round(sampler.current() / 1e6)} MB`), 10_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  clearInterval(ticker);
  const { peakRssBytes, cpuMs } = sampler.stop();
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${log.slice(-40).join("\n")}`);
  return { wallMs, cpuMs, peakRssBytes, pages };
}

/**
 * `npm run publish:archive` on the content root: validates the whole archive
 * and publishes it to its store, as a first deploy does once. Timed apart
 * from the build, which then reads the store and not the archive.
 */
export async function runArchivePublish(e: BenchEnv, progress: (msg: string) => void): Promise<{ wallMs: number; peakRssBytes: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [TSX_CLI, "scripts/validate-content.ts", "--publish"], { env: envFor(e), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  trackGroup(child);
  const sampler = sampleTree(child.pid!);
  const log = collect(child, (line) => {
    if (/^✓/.test(line)) progress(line.trim().replace(/^✓\s*/, ""));
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  const { peakRssBytes } = sampler.stop();
  if (code !== 0) throw new Error(`publishing the archive failed (exit ${code}):\n${log.slice(-40).join("\n")}`);
  return { wallMs: performance.now() - started, peakRssBytes };
}

/** A free loopback port in ONRECORD_PORTS (default 3410–3490), found by binding it. */
export async function freePort({ from, to } = portRange()): Promise<number> {
  for (let port = from; port <= to; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      const srv = createServer();
      srv.once("error", () => resolve(false));
      srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port between ${from} and ${to}`);
}

export interface RunningServer {
  origin: string;
  /** CPU time the server's process tree has used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** `next start` of this project's build on loopback, resolved once it answers. */
export function startServer(e: BenchEnv): Promise<RunningServer> {
  return startNext({ cwd: process.cwd(), nextBin: NEXT_BIN, env: envFor(e) });
}

/** `next start` of the bare framework app built in `dir` (bench/run/bare-app.ts). */
export function startBareServer(dir: string): Promise<RunningServer> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !NOT_INHERITED.has(k) && !k.startsWith("ONRECORD_")));
  return startNext({ cwd: dir, nextBin: path.join(dir, "node_modules", "next", "dist", "bin", "next"), env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } as unknown as NodeJS.ProcessEnv });
}

async function startNext(o: { cwd: string; nextBin: string; env: NodeJS.ProcessEnv }): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [o.nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: o.cwd,
    env: o.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  trackGroup(child);
  const log = collect(child, () => {});
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    killTree(child, "SIGTERM");
    const timer = setTimeout(() => killTree(child, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log.slice(-30).join("\n")}`);
    try {
      const res = await fetch(`${origin}/`);
      await res.arrayBuffer();
      if (res.ok) return { origin, cpuMs: () => treeCpuMs(child.pid!), stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${log.slice(-30).join("\n")}`);
}
