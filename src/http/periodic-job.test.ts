import { describe, expect, it } from 'vitest';
import { installPeriodicJob } from './periodic-job.ts';

const log = { info: () => {}, error: () => {} };

describe('a periodic job in a server', () => {
  it('is not installed in a test server', () => {
    const hooks: string[] = [];
    const app = { deps: { config: { environment: 'test' } }, addHook: (name: string) => hooks.push(name), log };
    const job = { name: 'Test job', intervalMs: 1000, run: async () => undefined };
    installPeriodicJob(app as never, job);
    expect(hooks).toEqual([]);
    installPeriodicJob({ ...app, deps: { config: { environment: 'production' } } } as never, job);
    expect(hooks).toEqual(['onReady', 'onClose']);
  });
});
