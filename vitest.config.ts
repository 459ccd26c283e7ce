import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests on a fixed seed under CI, a new one elsewhere (test/fastCheckSeed.ts).
    setupFiles: ['test/fastCheckSeed.ts'],
    // Every temporary file under one folder for the run, removed at its end (test/testTempDir.ts).
    globalSetup: ['test/testTempDir.ts'],
    // forks, not threads: node-canvas is a native module and exceljs parsing runs in its own worker.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
