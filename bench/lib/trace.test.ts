import { describe, expect, it } from "vitest";
import { type TraceEvent, mainThreadTime } from "./trace";

const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: "thread_name", ph: "M", pid, tid, ts: 0, args: { name } });
const x = (name: string, ts: number, dur: number, tdur: number, pid = 1, tid = 10): TraceEvent => ({ name, ph: "X", pid, tid, ts, dur, tdur });

describe("mainThreadTime", () => {
  it("sums the thread time of the main thread's tasks, long tasks apart, and the work inside them by kind", () => {
    const events = [
      meta(1, 10, "CrRendererMain"),
      meta(1, 11, "Compositor"),
      x("RunTask", 0, 80_000, 60_000),
      x("EvaluateScript", 1_000, 40_000, 30_000),
      x("FunctionCall", 2_000, 20_000, 15_000),
      x("FunctionCall", 3_000, 5_000, 4_000), // nested in the one above: not counted again
      x("Layout", 50_000, 10_000, 9_000),
      x("RunTask", 100_000, 10_000, 8_000),
      x("ParseHTML", 100_500, 5_000, 5_000),
      x("RunTask", 0, 500_000, 400_000, 1, 11), // another thread
    ];
    const m = mainThreadTime(events);
    expect(m.totalMs).toBe(68);
    expect(m.longTaskMs).toBe(60);
    expect(m.byKind).toEqual({ "script: evaluate": 30, "script: run (callbacks, hydration)": 15, layout: 9, "parse HTML": 5 });
  });

  it("takes the renderer main thread with the most work when there are several, and none gives zeros", () => {
    const events = [meta(1, 10, "CrRendererMain"), meta(2, 20, "CrRendererMain"), x("RunTask", 0, 1_000, 1_000), x("RunTask", 0, 9_000, 9_000, 2, 20)];
    expect(mainThreadTime(events).totalMs).toBe(9);
    expect(mainThreadTime([])).toEqual({ totalMs: 0, longTaskMs: 0, byKind: {} });
  });
});
