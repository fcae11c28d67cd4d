/**
 * Main-thread CPU time of a page load, read from a Chrome trace: the thread
 * time (`tdur`, CPU time the thread actually ran) of the renderer main
 * thread's top-level tasks, and of the work inside them by kind. Unlike
 * wall-clock figures (Lighthouse's TBT), thread time hardly moves when other
 * processes share the CPU.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: unknown };
}

/** The kinds of main-thread work reported, by trace event name. */
export const KINDS: Readonly<Record<string, string>> = {
  EvaluateScript: "script: evaluate",
  "v8.compile": "script: compile",
  "v8.compileModule": "script: compile",
  FunctionCall: "script: run (callbacks, hydration)",
  TimerFire: "script: run (callbacks, hydration)",
  FireAnimationFrame: "script: run (callbacks, hydration)",
  EventDispatch: "script: run (callbacks, hydration)",
  "v8.evaluateModule": "script: evaluate",
  ParseHTML: "parse HTML",
  ParseAuthorStyleSheet: "style",
  UpdateLayoutTree: "style",
  Layout: "layout",
  Paint: "paint",
  PrePaint: "paint",
  Layerize: "paint",
  MajorGC: "garbage collection",
  MinorGC: "garbage collection",
};

export interface MainThreadTime {
  /** Thread time of all top-level tasks, ms. */
  totalMs: number;
  /** Thread time of tasks of 50 ms or more (wall), ms: the long tasks TBT is made of. */
  longTaskMs: number;
  byKind: Record<string, number>;
}

/** The renderer main thread of the traced page: the CrRendererMain thread with the most task time. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  let best: { pid: number; tid: number; t: number } | undefined;
  for (const m of mains) {
    const t = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === "RunTask" && e.ph === "X").reduce((s, e) => s + (e.tdur ?? 0), 0);
    if (!best || t > best.t) best = { pid: m.pid, tid: m.tid, t };
  }
  return best && { pid: best.pid, tid: best.tid };
}

export function mainThreadTime(events: readonly TraceEvent[]): MainThreadTime {
  const main = mainThread(events);
  const byKind: Record<string, number> = {};
  if (!main) return { totalMs: 0, longTaskMs: 0, byKind };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask");
  let totalMs = 0;
  let longTaskMs = 0;
  for (const t of tasks) {
    totalMs += (t.tdur ?? 0) / 1000;
    if ((t.dur ?? 0) >= 50_000) longTaskMs += (t.tdur ?? 0) / 1000;
  }
  // Count each kind once where events of one kind nest (a FunctionCall inside a FunctionCall): only the outermost.
  const open: { kind: string; end: number }[] = [];
  for (const e of [...onMain].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const kind = KINDS[e.name];
    if (!kind) continue;
    while (open.length > 0 && open[open.length - 1]!.end <= e.ts) open.pop();
    if (open.some((o) => o.kind === kind)) continue;
    byKind[kind] = (byKind[kind] ?? 0) + (e.tdur ?? 0) / 1000;
    open.push({ kind, end: e.ts + (e.dur ?? 0) });
  }
  return { totalMs, longTaskMs, byKind };
}
