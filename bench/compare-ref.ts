// Before/after for the engine: emit() and build() of a fresh chain, the working tree against pathpatch
// at an earlier commit, interleaved in one process, with the hand-written setter, set-value and lodash
// beside them. Each figure is the least time over the rounds (CPU clock) divided by the literal's: on a
// machine shared with other jobs, interference only adds time, so the least is the steadiest figure.
//   R=node_modules/.cache/pathpatch-bench; rm -rf $R/ref && mkdir -p $R/ref && git archive <commit> src | tar -x -C $R/ref
//   npx esbuild $R/ref/src/index.ts --bundle --platform=node --format=esm --outfile=$R/ref.js
//   npx esbuild bench/compare-ref.ts --bundle --platform=node --format=esm --packages=external --outfile=$R/compare-ref.js
//   node $R/compare-ref.js $R/ref.js [sizes, e.g. 10,100,1000,10000] [rounds]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCases, SIZES, type BenchCase } from './cases.js';
import { candidates, chainOf, literal, type Chain } from './candidates.js';
import { formatRatio, markdownTable } from './format.js';
import { leastTimes } from './least-time.js';

const [reference, sizesArg, roundsArg] = process.argv.slice(2);
if (reference === undefined) throw new Error('usage: compare-ref.js <bundle of the earlier src/index.ts> [sizes] [rounds]');
const { payload: before } = (await import(pathToFileURL(resolve(reference)).href)) as { payload: (base?: object) => Chain };
const sizes = sizesArg === undefined ? SIZES : sizesArg.split(',').map(Number);
const rounds = Number(roundsArg ?? 15);

function chainBefore(bench: BenchCase): Chain {
  let builder = before();
  for (const [method, path, value] of bench.updates) builder = method === 'object' ? builder.object(path) : builder.set(path, value);
  return builder;
}

const columns = ['emit() before', 'emit() after', 'build() before', 'build() after', 'hand-written setter', 'set-value', 'lodash set'];
const rows: string[][] = [];
for (const bench of loadCases(sizes)) {
  const peer = (prefix: string): (() => unknown) => (candidates.find((candidate) => candidate.name.startsWith(prefix)) as (typeof candidates)[number]).prepare(bench);
  const expected = JSON.stringify(bench.literal());
  if (chainBefore(bench).emit() !== expected || chainOf(bench).emit() !== expected) throw new Error(`a builder makes a different payload for ${bench.name}`);
  const runs: [string, () => unknown][] = [
    ['literal', literal.prepare(bench)],
    ['emit() before', () => chainBefore(bench).emit()],
    ['emit() after', () => chainOf(bench).emit()],
    ['build() before', () => chainBefore(bench).build()],
    ['build() after', () => chainOf(bench).build()],
    ['hand-written setter', peer('hand-written')],
    ['set-value', peer('set-value')],
    ['lodash set', peer('lodash')],
  ];
  const best = leastTimes(runs, rounds, bench.size);
  const of = (name: string): number => (best.get(name) as number) / (best.get('literal') as number);
  rows.push([bench.name, ...columns.map((name) => formatRatio(of(name))), formatRatio(of('emit() after') / of('emit() before')), formatRatio(of('emit() after') / of('set-value'))]);
  process.stderr.write('.');
}
console.log(`\nLeast time over ${rounds} interleaved rounds (CPU clock), as a ratio to the object literal + JSON.stringify\n`);
console.log(markdownTable(['case', ...columns, 'emit() after / before', 'emit() after / set-value'], rows));
