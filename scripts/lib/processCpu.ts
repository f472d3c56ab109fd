/**
 * CPU time used by this process's children (the browser the bench drives, with its renderer and GPU
 * processes), read from Linux's /proc. On a shared machine a wall-clock time holds the time spent waiting for
 * a core; CPU time holds only the work, so it changes little with the load. Linux only (null elsewhere).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** User plus system time, in clock ticks. */
  ticks: number;
}

/** Fields of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses, so parse after its end. */
export function parseProcStat(line: string): ProcStat | null {
  const close = line.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // After ") ": state(3) ppid(4) … utime(14) stime(15): index 0 is field 3.
  const rest = line.slice(close + 2).split(' ');
  const ppid = Number(rest[1]);
  const ticks = Number(rest[11]) + Number(rest[12]);
  return Number.isFinite(pid) && Number.isFinite(ppid) && Number.isFinite(ticks) ? { pid, ppid, ticks } : null;
}

function allProcesses(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) out.push(stat);
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** The processes descending from `root` (not itself), given every process's parent. */
export function descendants(processes: readonly ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcStat[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child.pid);
    }
  }
  return out;
}

/**
 * A reader of the CPU time (ms) this process's descendants have used so far, or null where /proc is missing.
 * Processes that ended between two readings take their time with them: read around work the browser keeps
 * its processes for (drawing frames in one page).
 */
export function childCpuClock(): (() => number) | null {
  if (!existsSync('/proc/self/stat')) return null;
  return () => (descendants(allProcesses(), process.pid).reduce((sum, p) => sum + p.ticks, 0) * 1000) / TICKS_PER_SECOND;
}
