import { defineConfig } from 'vitest/config';

// Package checks run on the packed tarball, after `npm run build`, apart from the unit suite.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
