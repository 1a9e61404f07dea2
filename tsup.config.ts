import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Library entries: ESM and CJS, with declarations. (`npm run build` empties dist/ first: two configs build at once, so tsup's clean would race.)
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing.ts',
      chilkat: 'src/chilkat.ts',
      'chilkat-http': 'src/chilkat-http.ts',
      port: 'src/port.ts',
    },
    format: ['esm', 'cjs'],
    // Shared chunks in CJS too, so classes are one copy across entries (Http's instanceof sees pathpatch/chilkat's JsonObject).
    splitting: true,
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
