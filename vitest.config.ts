import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // Each integration file starts its own database; browser tests start a server and Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One worker per core. Vitest's default (cores - 1) runs everything in one process on a
    // two-core machine, where two workers finished the suite in two thirds of the time: a test
    // file waits on its database and on Chromium much of the time, so two files share two cores well.
    maxWorkers: Math.max(2, os.availableParallelism()),
    globalSetup: ['test/support/global-setup.ts'],
  },
});
