/** The figures of one load run that we report and judge. */
export interface LoadFigures {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Only the fields of autocannon's result we read (its types are loose). */
export interface AutocannonLike {
  connections: number;
  duration: number;
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

export function loadFigures(name: string, result: AutocannonLike): LoadFigures {
  return {
    name,
    connections: result.connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A run passes when every request got a 2xx answer in time; an empty run proves nothing. */
export function loadVerdict(f: LoadFigures): { pass: boolean; why: string } {
  const failures = [
    f.requests === 0 ? "no requests completed" : "",
    f.errors > 0 ? `${f.errors} errors` : "",
    f.timeouts > 0 ? `${f.timeouts} timeouts` : "",
    f.non2xx > 0 ? `${f.non2xx} non-2xx answers` : "",
  ].filter(Boolean);
  return failures.length === 0 ? { pass: true, why: "0 errors, 0 non-2xx" } : { pass: false, why: failures.join(", ") };
}

export function formatLoadLine(f: LoadFigures): string {
  const { pass, why } = loadVerdict(f);
  return (
    `${pass ? "PASS" : "FAIL"}  ${f.name}: ${f.connections} connections × ${f.seconds} s — ` +
    `${f.requests.toLocaleString("en-GB")} requests, ${Math.round(f.requestsPerSecond).toLocaleString("en-GB")} req/s, ` +
    `p50 ${f.p50} ms, p99 ${f.p99} ms (${why})`
  );
}
