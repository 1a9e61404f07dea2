// Bundle size of `{ payload }` (esbuild, minified ESM, brotli, dynamic imports external, as /work/wt/size-of.mjs
// measures), for pathpatch's op-log builder and the eager prototype, each as it is and with the same non-engine
// modules stubbed: errors, JSON values, the path grammar, options, produce(), entries and patches become a few
// lines each. What is left is each design's engine and builder class (its own checks and message texts
// included), so the two floors compare like for like. Run:
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

async function brotli(entry: string, stubbed: boolean): Promise<number> {
  const result = await esbuild.build({
    stdin: { contents: `export { payload } from '${root}${entry}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
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
  return brotliCompressSync((result.outputFiles[0] as esbuild.OutputFile).contents).length;
}

for (const [name, entry] of [
  ['op-log (src/builder/index.ts, as src/index.ts bundles it)', 'src/builder/index.ts'],
  ['eager-copy', 'bench/designs/eager-copy/index.ts'],
] as const) {
  console.log(`${name}: ${await brotli(entry, false)} B brotli; non-engine modules stubbed: ${await brotli(entry, true)} B`);
}
