import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const library = {
  index: 'src/index.ts',
  testing: 'src/testing.ts',
  chilkat: 'src/chilkat.ts',
  'chilkat-http': 'src/chilkat-http.ts',
  port: 'src/port.ts',
  immer: 'src/immer.ts',
};

// One set of declarations, written for require() (.d.cts, CommonJS). Each entry's .d.ts for import re-exports
// it: an ES module may import a CommonJS one (types included), while the reverse is an error under node16
// resolution, so the full set must be the CommonJS one. Both builds hold the same exports (a package test checks).
// The porter ships once, as an ES module (it is the CLI's, which is ESM): pathpatch/port's CommonJS file only
// require()s it, which Node does from 20.19 and 22.12 on (require(esm)); older Node gets a message saying to import() it.
// Two copies of the porter would be a third of the tarball.
const PORT_CJS = `'use strict';
try {
  module.exports = require('./port.js');
} catch (error) {
  if (error && error.code === 'ERR_REQUIRE_ESM') throw new Error("pathpatch/port is an ES module: on this Node, load it with await import('pathpatch/port') (require() needs Node 20.19 or 22.12)", { cause: error });
  throw error;
}
`;

async function writePortRequire(): Promise<void> {
  await writeFile('dist/port.cjs', PORT_CJS);
}

async function writeImportDeclarations(): Promise<void> {
  await Promise.all(Object.keys(library).map((name) => writeFile(`dist/${name}.d.ts`, `export * from './${name}.cjs';\n`)));
}

// `npm run build` empties dist/ first: two configs build at once, so tsup's clean would race.
// No source maps: they would point at src/, which the tarball does not ship (it stays under 300 kB).
export default defineConfig([
  {
    // ESM: the library entries and the bin share chunks, so the CLI adds little to the tarball.
    entry: { ...library, cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    // Minified (the tarball stays under 300 kB). Names are not kept: esbuild keeps them with __name() calls,
    // which a user's bundler cannot drop, so tree shaking would keep everything (`{ payload }` 9.6 kB, not 7.9).
    minify: true,
    onSuccess: writeImportDeclarations,
  },
  {
    // CJS for require(): split too, so classes are one copy across entries (Http's instanceof sees pathpatch/chilkat's JsonObject).
    entry: library,
    format: ['cjs'],
    splitting: true,
    dts: true,
    sourcemap: false,
    target: 'node20',
    // tsup turns split ESM chunks into CommonJS afterwards, and breaks on minified syntax (`super(…),this.x=…`):
    // whitespace and identifiers only. No names kept, as in the ESM build: errors set `name` and classes `Symbol.toStringTag`.
    minifyWhitespace: true,
    minifyIdentifiers: true,
    keepNames: false,
    onSuccess: writePortRequire,
  },
]);
