import { defineConfig } from 'tsup';

const library = {
  index: 'src/index.ts',
  testing: 'src/testing.ts',
  chilkat: 'src/chilkat.ts',
  'chilkat-http': 'src/chilkat-http.ts',
  port: 'src/port.ts',
  immer: 'src/immer.ts',
};

// `npm run build` empties dist/ first: two configs build at once, so tsup's clean would race.
// No source maps: they would point at src/, which the tarball does not ship (it stays under 300 kB).
export default defineConfig([
  {
    // ESM: the library entries and the bin share chunks, so the CLI adds little to the tarball.
    entry: { ...library, cli: 'src/cli.ts' },
    format: ['esm'],
    dts: { entry: library },
    sourcemap: false,
    target: 'node20',
  },
  {
    // CJS for require(): split too, so classes are one copy across entries (Http's instanceof sees pathpatch/chilkat's JsonObject).
    entry: library,
    format: ['cjs'],
    splitting: true,
    dts: true,
    sourcemap: false,
    target: 'node20',
  },
]);
