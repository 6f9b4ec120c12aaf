import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Browser tests share one built renderer and one Chromium per file; files run in parallel.
    pool: 'forks',
  },
});
