/**
 * wrk's figures for one run, as printed by bench/run/wrk-report.lua. wrk
 * keeps out of its latency histogram any response slower than its timeout
 * (2 s here) and counts it as a timeout instead: `over2s` is that count, so
 * p99 is of the responses that came within 2 s.
 */
export interface WrkFigures {
  requests: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses slower than the timeout (wrk's "timeout" errors). */
  over2s: number;
  /** Responses with a status of 400 or more (wrk's "status" errors). */
  non2xx: number;
  /** Connect, read and write errors. */
  socketErrors: number;
}

const MARK = "WRK_JSON ";

/** Reads the line the report script prints; throws with wrk's output when it is missing. */
export function parseWrkReport(stdout: string): WrkFigures {
  const line = stdout.split("\n").find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`wrk printed no report:\n${stdout.slice(-2000)}`);
  const r = JSON.parse(line.slice(MARK.length)) as Record<string, number>;
  const n = (k: string) => {
    const v = r[k];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`wrk report lacks ${k}: ${line}`);
    return v;
  };
  const seconds = n("duration_us") / 1e6;
  return {
    requests: n("requests"),
    seconds,
    rps: seconds > 0 ? n("requests") / seconds : 0,
    p50Ms: n("p50_us") / 1000,
    p99Ms: n("p99_us") / 1000,
    maxMs: n("max_us") / 1000,
    over2s: n("timeout"),
    non2xx: n("status"),
    socketErrors: n("connect") + n("read") + n("write"),
  };
}

/** The mean of several runs of one route: requests per second over the summed time, latency as the mean of the runs. */
export function combineWrk(runs: readonly WrkFigures[]): WrkFigures {
  if (runs.length === 0) throw new RangeError("combineWrk: no runs");
  const sum = (f: (w: WrkFigures) => number) => runs.reduce((s, w) => s + f(w), 0);
  const mean = (f: (w: WrkFigures) => number) => sum(f) / runs.length;
  const requests = sum((w) => w.requests);
  const seconds = sum((w) => w.seconds);
  return {
    requests,
    seconds,
    rps: seconds > 0 ? requests / seconds : 0,
    p50Ms: mean((w) => w.p50Ms),
    p99Ms: mean((w) => w.p99Ms),
    maxMs: Math.max(...runs.map((w) => w.maxMs)),
    over2s: sum((w) => w.over2s),
    non2xx: sum((w) => w.non2xx),
    socketErrors: sum((w) => w.socketErrors),
  };
}
