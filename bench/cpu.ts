import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time per process, from Linux's /proc, so the till benchmark can print what one sale costs
 * each side in CPU. Throughput and latency on a shared 2-core machine swing by 30% from one run
 * to the next; CPU per sale tells apart "the code got slower" from "the machine was busier"
 * (it moves too when the host is busy, but all sides move together).
 */

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on every common Linux). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface ProcessTimes {
  pid: number;
  parentPid: number;
  /** CPU the process used itself, user and system, in ms. */
  ownMs: number;
  /** CPU of its children that ended and were waited for, in ms. */
  endedChildrenMs: number;
}

/** Reads one /proc/PID/stat line. The command name is in parentheses and may hold spaces and parentheses itself. */
export function parseProcStat(line: string): ProcessTimes {
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // Fields after the name, counted from 3 (state) as in proc(5): ppid 4, utime 14, stime 15, cutime 16, cstime 17.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  const ms = (ticks: number) => (ticks * 1000) / ticksPerSecond;
  return { pid, parentPid: field(4), ownMs: ms(field(14) + field(15)), endedChildrenMs: ms(field(16) + field(17)) };
}

function readTimes(pid: number): ProcessTimes | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** CPU ms used so far by process `pid`. */
export function processCpuMs(pid: number): number {
  return readTimes(pid)?.ownMs ?? Number.NaN;
}

/**
 * CPU ms used so far by process `pid` and all its children, including children that have ended
 * (PostgreSQL's postmaster and its backends, autovacuum workers and checkpointer).
 */
export function processTreeCpuMs(pid: number): number {
  const root = readTimes(pid);
  if (!root) return Number.NaN;
  let total = root.ownMs + root.endedChildrenMs;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = readTimes(Number(entry));
    if (child?.parentPid === pid) total += child.ownMs;
  }
  return total;
}
