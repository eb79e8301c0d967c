import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { readerCatalog } from './scripts/readers-catalog.mjs';

export default defineConfig({
  plugins: [WxtVitest(), readerCatalog()],
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['fake-indexeddb/auto', 'test/setup.ts'],
    restoreMocks: true,
  },
});
