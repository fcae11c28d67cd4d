/**
 * Reading a process tree out of Linux's /proc, for the build's peak memory:
 * `next build` starts workers, and the memory that counts is all of them.
 * The parsing is pure; bench/run/proc-sampler.ts does the reading.
 */

/**
 * The parent pid in a `/proc/<pid>/stat` line. The command name (field 2) is
 * in parentheses and may itself hold spaces or ")", so fields are counted from
 * the last ")".
 */
export function parentPid(statLine: string): number | undefined {
  const close = statLine.lastIndexOf(")");
  if (close < 0) return undefined;
  const fields = statLine.slice(close + 2).split(" ");
  // After the name: state, ppid, …
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/**
 * CPU time a process has used so far, in clock ticks: user + system, fields
 * 14 and 15 of `/proc/<pid>/stat` (counted, like the parent pid, from the
 * last ")").
 */
export function cpuTicks(statLine: string): number {
  const close = statLine.lastIndexOf(")");
  if (close < 0) return 0;
  const fields = statLine.slice(close + 2).split(" ");
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  const n = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(n) ? n : 0;
}

/** Resident pages in a `/proc/<pid>/statm` line (its second field). */
export function residentPages(statmLine: string): number {
  const n = Number(statmLine.trim().split(/\s+/)[1]);
  return Number.isFinite(n) ? n : 0;
}

/** `root` and every process below it, given each process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}
