import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Library entries: ESM and CJS, with declarations. (`npm run build` empties dist/ first: two configs build at once, so tsup's clean would race.)
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing.ts',
      chilkat: 'src/chilkat.ts',
      port: 'src/port.ts',
      immer: 'src/immer.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
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
