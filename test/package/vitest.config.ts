import { defineConfig } from 'vitest/config';

// Package checks run on the packed tarball, after `npm run build`, apart from the unit suite; so do the
// browser and runtime suites, which share one headless Chromium started by the global setup.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts', 'test/runtimes/**/*.test.ts', 'test/playground/**/*.browser.test.ts'],
    globalSetup: ['test/helpers/chromium-global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
