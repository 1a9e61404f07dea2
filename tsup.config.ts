import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Library entries: ESM and CJS, with declarations.
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing.ts',
      chilkat: 'src/chilkat.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The bin: ESM only, no declarations.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
]);
