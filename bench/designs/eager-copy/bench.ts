// Speed of the eager persistent prototype beside pathpatch's payload() (op-log, replay), in one process:
// emit() and build() of a fresh chain, the chain alone (the calls, no result), one set() on an emitted chain +
// emit(), with the literal + JSON.stringify, set-value, lodash set and the hand-written setter. Each figure
// is the least CPU time over interleaved rounds divided by the literal's (on a shared machine interference
// only adds time, so the least is the steadiest), as bench/compare-ref.ts measures. Then time per update of
// emit() of a fresh chain, to see whether it stays linear (path copying copies every object on the path). Run:
//   R=node_modules/.cache/pathpatch-bench; npx esbuild bench/designs/eager-copy/bench.ts --bundle --platform=node --format=esm --packages=external --outfile=$R/eager-copy.js && node $R/eager-copy.js [sizes, e.g. 10,100,1000,10000] [rounds]
import { loadCases, SIZES, type BenchCase } from '../../cases.js';
import { candidates, chainOf, literal, type Chain } from '../../candidates.js';
import { formatRatio, formatTime, markdownTable } from '../../format.js';
import { payload } from './index.js';

const [sizesArg, roundsArg] = process.argv.slice(2);
const sizes = sizesArg === undefined ? SIZES : sizesArg.split(',').map(Number);
const rounds = Number(roundsArg ?? 15);
const cpu = (): number => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

const startEager = payload as unknown as () => Chain;
function eagerChain(bench: BenchCase): Chain {
  let builder = startEager();
  for (const [method, path, value] of bench.updates) builder = method === 'object' ? builder.object(path) : builder.set(path, value);
  return builder;
}

// One more set() on an emitted chain, then emit(): what a branch of a built payload costs.
function oneMore(chain: Chain, bench: BenchCase): () => unknown {
  chain.emit();
  const [, path, value] = bench.extra;
  return () => chain.set(path, value).emit();
}

const columns = ['emit() op-log', 'emit() eager', 'build() op-log', 'build() eager', 'calls op-log', 'calls eager', 'one set + emit op-log', 'one set + emit eager', 'hand-written setter', 'set-value', 'lodash set'];
const rows: string[][] = [];
const perUpdate: string[][] = [];
for (const bench of loadCases(sizes)) {
  const peer = (prefix: string): (() => unknown) => (candidates.find((candidate) => candidate.name.startsWith(prefix)) as (typeof candidates)[number]).prepare(bench);
  const expected = JSON.stringify(bench.literal());
  if (chainOf(bench).emit() !== expected || eagerChain(bench).emit() !== expected) throw new Error(`a builder makes a different payload for ${bench.name}`);
  const runs: [string, () => unknown][] = [
    ['literal', literal.prepare(bench)],
    ['emit() op-log', () => chainOf(bench).emit()],
    ['emit() eager', () => eagerChain(bench).emit()],
    ['build() op-log', () => chainOf(bench).build()],
    ['build() eager', () => eagerChain(bench).build()],
    ['calls op-log', () => chainOf(bench)],
    ['calls eager', () => eagerChain(bench)],
    ['one set + emit op-log', oneMore(chainOf(bench), bench)],
    ['one set + emit eager', oneMore(eagerChain(bench), bench)],
    ['hand-written setter', peer('hand-written')],
    ['set-value', peer('set-value')],
    ['lodash set', peer('lodash')],
  ];
  const calls = Math.max(3, Math.round(20_000 / bench.size));
  const best = new Map<string, number>();
  for (let round = 0; round < rounds + 2; round++) {
    for (const [name, fn] of runs) {
      const start = cpu();
      for (let i = 0; i < calls; i++) fn();
      // The first two rounds warm up.
      if (round >= 2) best.set(name, Math.min(best.get(name) ?? Infinity, (cpu() - start) / calls));
    }
  }
  const time = (name: string): number => best.get(name) as number;
  const of = (name: string): number => time(name) / time('literal');
  rows.push([bench.name, ...columns.map((name) => formatRatio(of(name))), formatRatio(of('emit() eager') / of('set-value'))]);
  // cpuUsage() is in microseconds.
  const each = (name: string): string => formatTime((time(name) * 1e3) / bench.size);
  perUpdate.push([bench.name, each('literal'), each('emit() op-log'), each('emit() eager'), each('build() eager'), each('set-value')]);
  process.stderr.write('.');
}
console.log(`\nLeast time over ${rounds} interleaved rounds (CPU clock), as a ratio to the object literal + JSON.stringify\n`);
console.log(markdownTable(['case', ...columns, 'emit() eager / set-value'], rows));
console.log('\nTime per update (least time / number of updates)\n');
console.log(markdownTable(['case', 'literal', 'emit() op-log', 'emit() eager', 'build() eager', 'set-value'], perUpdate));
