// Bundle sizes of `{ payload }`, the prototype's against pathpatch's, and the bundles that show where they go:
// esbuild (bundled, minified, ES module, a dynamic import left as a separate chunk), then brotli. Run:
//   npx tsx bench/designs/single-replay/size.ts
import { resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { markdownTable } from '../../format.js';

const root = resolve(import.meta.dirname, '../../..');
const here = (file: string): string => JSON.stringify(resolve(import.meta.dirname, file));
const src = (file: string): string => JSON.stringify(resolve(root, 'src', file));

// What both designs import besides their engine and builder, by name.
const shared = [
  `export { parsePathCached, toSegments, segmentsText, formatPath, APPEND } from ${src('path/index.ts')};`,
  `export { copyJsonValue, describeValue, isObjectNode, toPlain, setOwn, RawNumber } from ${src('json/index.ts')};`,
  `export { resolveOptions } from ${src('builder/options.ts')};`,
  `export { diffJson } from ${src('builder/json-patch.ts')};`,
  `export { mergePatchOf } from ${src('builder/merge-patch.ts')};`,
  `export { leafEntries } from ${src('builder/entries.ts')};`,
  `export { currentProducer, PRODUCE_NEEDS_IMMER } from ${src('builder/produce-plugin.ts')};`,
  `export { JsonValueError, PathConflictError, PathpatchError, PathSyntaxError, UnsafeKeyError } from ${src('errors/index.ts')};`,
].join('\n');

const entries: [string, string][] = [
  ['{ payload } of pathpatch (src/index.ts)', `export { payload } from ${src('index.ts')};`],
  ['{ payload } of the prototype', `export { payload } from ${here('index.ts')};`],
  ['the shared modules alone', shared],
  ['+ the prototype engine', `${shared}\nexport { applyOp } from ${here('replay.ts')};\nexport { writeText } from ${here('write-text.ts')};\nexport * from ${here('nodes.ts')};`],
  ['+ the prototype builder', `${shared}\nexport { payload } from ${here('index.ts')};`],
  [
    '+ the current engine',
    `${shared}\nexport { applyOp, read } from ${src('builder/apply.ts')};\nexport { emitCompact, emitPretty } from ${src('builder/emit-tree.ts')};\nexport * from ${src('builder/tree.ts')};\nexport * from ${src('builder/fast-replay.ts')};`,
  ],
  ['+ the current builder', `${shared}\nexport { payload } from ${src('index.ts')};`],
];

const rows: string[][] = [];
for (const [name, contents] of entries) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    // A dynamic import (send()) is a chunk of its own, loaded on first use: not part of this bundle.
    plugins: [{ name: 'lazy', setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  rows.push([name, `${code.length.toLocaleString('en-US')} B`, `${brotliCompressSync(code).length.toLocaleString('en-US')} B`]);
}
console.log(markdownTable(['bundle', 'minified', 'brotli'], rows));
