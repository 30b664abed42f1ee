import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // Each integration file starts its own database; browser tests start a server and Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Test files share their worker's modules: importing the app took a quarter of a file's time,
    // in every file. Each file builds its own app on its own database, so no state is shared
    // (module-level caches are keyed by the database object).
    isolate: false,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
