import { describe, expect, it } from "vitest";
import { type AutocannonLike, formatLoadLine, loadFigures, loadVerdict } from "./load-summary";

const clean: AutocannonLike = {
  connections: 64,
  duration: 30,
  requests: { total: 90_000, average: 3000 },
  latency: { p50: 18, p99: 61 },
  errors: 0,
  timeouts: 0,
  non2xx: 0,
};

describe("load verdicts", () => {
  it("passes a run where every answer was a 2xx", () => {
    const f = loadFigures("article", clean);
    expect(loadVerdict(f)).toEqual({ pass: true, why: "0 errors, 0 non-2xx" });
    expect(formatLoadLine(f)).toBe("PASS  article: 64 connections × 30 s — 90,000 requests, 3,000 req/s, p50 18 ms, p99 61 ms (0 errors, 0 non-2xx)");
  });

  it("fails on any error, timeout or non-2xx, and names each", () => {
    const f = loadFigures("preview", { ...clean, errors: 2, timeouts: 1, non2xx: 5 });
    expect(loadVerdict(f)).toEqual({ pass: false, why: "2 errors, 1 timeouts, 5 non-2xx answers" });
  });

  it("fails a run that completed no request", () => {
    expect(loadVerdict(loadFigures("x", { ...clean, requests: { total: 0, average: 0 } })).pass).toBe(false);
  });
});
