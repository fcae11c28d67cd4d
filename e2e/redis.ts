import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A real `redis-server` for tests (Debian's package; `.ci/run` installs it):
 * started on a free port of the range the tests may use, stopped and started
 * again on the same port and data folder to play an outage or a restart.
 */

/** The ports tests may give Redis (REDIS_TEST_PORTS="6390-6399" by default). */
export function redisTestPorts(env: NodeJS.ProcessEnv = process.env): number[] {
  const match = /^(\d+)-(\d+)$/.exec(env.REDIS_TEST_PORTS ?? "6390-6399");
  if (!match) throw new Error(`REDIS_TEST_PORTS must look like 6390-6399, not ${env.REDIS_TEST_PORTS}`);
  const ports: number[] = [];
  for (let port = Number(match[1]); port <= Number(match[2]); port++) ports.push(port);
  return ports;
}

/** The redis-server binary on PATH, or null (tests then skip and say why). */
export function redisServerBinary(): string | null {
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

export const REDIS_MISSING = "redis-server is not installed (apt-get install redis-server; .ci/run does it)";

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first port of the range nobody listens on. */
export async function freePort(ports: number[]): Promise<number> {
  for (const port of ports) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${ports[0]}-${ports.at(-1)}`);
}

/** Sends PING over a raw socket: true on +PONG. */
export function pingRedis(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

export interface RedisServer {
  port: number;
  url: string;
  /** The running server's process id, if it runs. */
  pid(): number | undefined;
  /** Starts the server again on the same port and data folder (a new run id; data kept only if SAVEd). */
  start(): Promise<void>;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Stops it for good and removes its data folder. */
  dispose(): Promise<void>;
}

/** Starts redis-server on a free test port, as a pure cache: no snapshots, no append-only file. */
export async function startRedisServer(options: { binary?: string; ports?: number[] } = {}): Promise<RedisServer> {
  const binary = options.binary ?? redisServerBinary();
  if (!binary) throw new Error(REDIS_MISSING);
  const port = await freePort(options.ports ?? redisTestPorts());
  const dir = mkdtempSync(path.join(os.tmpdir(), "onrecord-redis-"));
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", ""];
    const started = spawn(binary!, args, { stdio: ["ignore", "ignore", "pipe"] });
    child = started;
    let stderr = "";
    started.stderr?.on("data", (chunk) => (stderr += chunk));
    const deadline = Date.now() + 10_000;
    while (!(await pingRedis(port, 200))) {
      if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  }

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pid: () => child?.pid,
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
