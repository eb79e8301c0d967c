import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one file at a time (each starts
// its own browser), generous timeouts for a 2-core CI machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
