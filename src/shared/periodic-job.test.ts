import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job.ts';

const logger = () => {
  const lines: { level: string; message: string; object: object }[] = [];
  return {
    lines,
    info: (object: object, message: string) => lines.push({ level: 'info', message, object }),
    error: (object: object, message: string) => lines.push({ level: 'error', message, object }),
  };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('a periodic job', () => {
  it('runs at once and then every interval, never two runs at a time, and goes on after a failure', async () => {
    vi.useFakeTimers();
    const log = logger();
    let runs = 0;
    let finish: (() => void) | undefined;
    const stop = startPeriodicJob(
      'Test job',
      () => {
        runs++;
        if (runs === 2) return Promise.reject(new Error('database gone'));
        return new Promise((resolve) => {
          finish = () => resolve({ done: runs });
        });
      },
      { intervalMs: 1000, log },
    );
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3000); // the first run is still under way: no second one
    expect(runs).toBe(1);
    finish!();
    await vi.advanceTimersByTimeAsync(1000); // second run fails
    expect(runs).toBe(2);
    await vi.advanceTimersByTimeAsync(1000); // third run starts regardless
    expect(runs).toBe(3);
    let stopped = false;
    const stopping = stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(stopped).toBe(false); // stopping waits for the run under way
    expect(runs).toBe(3); // and no new run starts
    finish!();
    await stopping;
    expect(log.lines.map((line) => `${line.level}: ${line.message}`)).toEqual([
      'info: Test job',
      'error: Test job failed; trying again at the next run',
      'info: Test job',
    ]);
  });
});
