import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProcStat, processCpuMs, processTreeCpuMs } from './cpu.ts';

describe('CPU per process (bench/cpu.ts)', () => {
  it('reads a /proc stat line whose command name holds spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    const line = '4242 (postgres: x (y) z) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 50 30 20 20 0 1 0 123 456 789';
    const times = parseProcStat(line);
    expect(times.pid).toBe(4242);
    expect(times.parentPid).toBe(17);
    const msPerTick = times.ownMs / 300;
    expect(msPerTick).toBeGreaterThan(0);
    expect(times.endedChildrenMs).toBeCloseTo(50 * msPerTick);
  });

  it.skipIf(!existsSync('/proc/self/stat'))(
    'counts the CPU of children that have ended in the tree of their parent',
    () => {
      const before = processTreeCpuMs(process.pid) - processCpuMs(process.pid);
      // A child that burns 200 ms of its own CPU time, then ends and is waited for.
      execFileSync(process.execPath, [
        '-e',
        'const t = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }; while (t() < 200);',
      ]);
      const after = processTreeCpuMs(process.pid) - processCpuMs(process.pid);
      expect(after - before).toBeGreaterThanOrEqual(150);
    },
  );
});
