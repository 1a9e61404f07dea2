import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // These need the built package and a browser: test/package/vitest.config.ts runs them after the build.
    exclude: ['test/runtimes/**', 'test/playground/**/*.browser.test.ts', 'test/package/**', '**/node_modules/**'],
    setupFiles: ['test/helpers/no-stray-console.ts'],
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 20_000,
    pool: 'forks',
  },
});
