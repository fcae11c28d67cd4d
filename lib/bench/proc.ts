/**
 * Reading a process tree out of Linux's /proc, for the build's peak memory:
 * `next build` starts workers, and the memory that counts is all of them.
 * The parsing is pure; scripts/bench/proc-sampler.ts does the reading.
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

/**
 * The children's CPU time from bash's `times` (its second line, user then
 * system, e.g. "1m2.500s 0m3.250s"), in ms: the CPU time of every process the
 * shell ran and waited for, however deep.
 */
export function childrenCpuMs(lines: readonly string[]): number | null {
  const m = /^(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s$/.exec(lines[1]?.trim() ?? "");
  if (!m) return null;
  return (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000;
}
