// Bundle size of `{ payload }` (esbuild, minified ESM, brotli, dynamic imports external; within a few tens of
// bytes of `npm run size`) for pathpatch's op-log builder and the eager prototype, each as it is and with the
// same non-engine modules stubbed: errors, JSON values, the path grammar, options, produce(), entries and
// patches become a few lines each. What is left is each design's engine and builder class (its own checks
// and message texts included), so the two floors compare like for like. Also the minified bytes of each
// design's own files (builder, engine, tree, text). Run:
//   npx tsx bench/designs/eager-copy/size-floor.ts
import { brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// The stand-ins: every name either design imports from the module, doing the least that keeps it running.
const stubs: [RegExp, string][] = [
  [
    /\/src\/errors\/index\.ts$/,
    `export class PathpatchError extends Error {}
export class PathConflictError extends PathpatchError {}
export class JsonValueError extends PathpatchError {}
export class PathSyntaxError extends PathpatchError {}
export class UnsafeKeyError extends PathpatchError { static inPath() { return new UnsafeKeyError(); } static inValue() { return new UnsafeKeyError(); } }`,
  ],
  [
    /\/src\/json\/index\.ts$/,
    `export class RawNumber { constructor(text) { this.text = text; } }
export const MAX_DEPTH = 100;
export const copyJsonValue = (v) => v;
export const describeValue = (v) => typeof v;
export const isObjectNode = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
export const toPlain = (v) => v;
export const setOwn = (o, k, v) => { o[k] = v; };`,
  ],
  [
    /\/src\/path\/index\.ts$/,
    `export const APPEND = Symbol();
export const parsePathCached = (p) => ({ segments: p.split('.'), positions: [], special: false });
export const toSegments = (p) => p;
export const formatPath = (s) => s.join('.');
export const segmentsText = String;
export const memberText = (k) => JSON.stringify(k) + ':';
export const checkDelimiter = () => {};
export const pointerToken = String;`,
  ],
  [/\/src\/builder\/options\.ts$/, `export const resolveOptions = (o, i) => ({ gaps: 'error', conflicts: 'error', protoKeys: 'error', delimiter: '.', checks: 'lazy', ...i, ...o });`],
  [/\/src\/builder\/produce-plugin\.ts$/, `export const currentProducer = () => undefined; export const PRODUCE_NEEDS_IMMER = '';`],
  [/\/src\/builder\/entries\.ts$/, `export const leafEntries = () => [];`],
  [/\/src\/builder\/json-patch\.ts$/, `export const diffJson = () => [];`],
  [/\/src\/builder\/merge-patch\.ts$/, `export const mergePatchOf = () => ({});`],
];

async function brotli(entry: string, stubbed: boolean, own?: RegExp): Promise<number> {
  const result = await esbuild.build({
    stdin: { contents: `export { payload } from '${root}${entry}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins: [
      {
        name: 'lazy-and-stubs',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
          if (!stubbed) return;
          for (const [filter, contents] of stubs) build.onLoad({ filter }, () => ({ contents, loader: 'js' }));
        },
      },
    ],
  });
  if (own !== undefined) {
    const inputs = Object.entries((Object.values(result.metafile.outputs)[0] as esbuild.Metafile['outputs'][string]).inputs).filter(([path]) => own.test(path));
    const total = inputs.reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    console.log(`  minified, own files: ${total} B (${inputs.map(([path, input]) => `${path.replace(/^.*\//, '')} ${input.bytesInOutput}`).join(', ')})`);
  }
  return brotliCompressSync((result.outputFiles[0] as esbuild.OutputFile).contents).length;
}

// The op-log's own files: the builder class and its engine (two replays, tree, places, text), not its options or patches.
const opLogOwn = /src\/builder\/(?:payload-builder|payload|apply|tree|emit-tree|fast-replay|prefix-tree)\.ts$/;
for (const [name, entry, own] of [
  ['op-log (src/builder/index.ts, as src/index.ts bundles it)', 'src/builder/index.ts', opLogOwn],
  ['eager-copy', 'bench/designs/eager-copy/index.ts', /eager-copy\/[^/]+\.ts$/],
] as const) {
  console.log(`${name}: ${await brotli(entry, false, own)} B brotli; non-engine modules stubbed: ${await brotli(entry, true)} B`);
}
