/** Samples the resident memory of a process and all its descendants from /proc. */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpuTicks, descendants, parentPid, residentPages } from "../lib/proc";

/** A system constant from `getconf`, or the usual Linux value where it cannot be read. */
function getconf(name: string, usual: number): number {
  try {
    return Number(execFileSync("getconf", [name], { encoding: "utf8" }).trim()) || usual;
  } catch {
    return usual;
  }
}

const PAGE = getconf("PAGESIZE", 4096);
const TICKS_PER_SECOND = getconf("CLK_TCK", 100);

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // The process ended between listing and reading.
  }
}

/** pid → parent pid for every process on the machine, right now. */
export function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const ppid = stat ? parentPid(stat) : undefined;
    if (ppid !== undefined) parents.set(Number(name), ppid);
  }
  return parents;
}

/** Sum of RSS, in bytes, of `root` and every process below it, right now. */
export function treeRss(root: number): number {
  let pages = 0;
  for (const pid of descendants(root, processParents())) {
    const statm = read(`/proc/${pid}/statm`);
    if (statm) pages += residentPages(statm);
  }
  return pages * PAGE;
}

const ticksToMs = (ticks: number) => (ticks / TICKS_PER_SECOND) * 1000;

/** CPU time (user + system), in ms, used so far by `root` and every process below it. */
export function treeCpuMs(root: number): number {
  let ticks = 0;
  for (const pid of descendants(root, processParents())) {
    const stat = read(`/proc/${pid}/stat`);
    if (stat) ticks += cpuTicks(stat);
  }
  return ticksToMs(ticks);
}

/**
 * Samples every `everyMs` until stopped: the peak of the tree's summed RSS,
 * and the CPU time (user + system) of every process seen in the tree, each
 * at its last sample. A build's workers may end without being waited for, so
 * their time is read while they run rather than from the parent's rusage.
 */
export function sampleTree(root: number, everyMs = 200): { stop(): { peakRssBytes: number; cpuMs: number }; current(): number } {
  let peak = 0;
  let last = 0;
  const ticks = new Map<number, number>();
  const tick = () => {
    let pages = 0;
    for (const pid of descendants(root, processParents())) {
      const statm = read(`/proc/${pid}/statm`);
      if (statm) pages += residentPages(statm);
      const stat = read(`/proc/${pid}/stat`);
      if (stat) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, cpuTicks(stat)));
    }
    last = pages * PAGE;
    if (last > peak) peak = last;
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const total = [...ticks.values()].reduce((a, b) => a + b, 0);
      return { peakRssBytes: peak, cpuMs: ticksToMs(total) };
    },
    current: () => last,
  };
}

/** `next` processes on this machine outside our own tree: other builds or servers competing for the CPU. */
export function otherNextProcesses(): number {
  let count = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    const cmd = read(`/proc/${name}/cmdline`)?.replace(/\0/g, " ") ?? "";
    if (/next(-server| build| start| dev|\/dist\/bin\/next)/.test(cmd) && !isOurs(Number(name))) count++;
  }
  return count;
}

function isOurs(pid: number): boolean {
  for (let p: number | undefined = pid, hops = 0; p && p > 1 && hops < 64; hops++) {
    if (p === process.pid) return true;
    const stat = read(`/proc/${p}/stat`);
    p = stat ? parentPid(stat) : undefined;
  }
  return false;
}
