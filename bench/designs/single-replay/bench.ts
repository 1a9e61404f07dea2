// The single-replay prototype against pathpatch's payload(), like for like: emit() and build() of a fresh chain,
// with checks: 'eager', and one set() on an emitted chain + emit(), at the bench sizes, with set-value and the
// hand-written setter in the same run. Each cell is the least CPU time over interleaved rounds divided by the
// object literal + JSON.stringify's (interference on a shared machine only adds time, so the least is steadiest).
// The prototype's emit() is also split into its parts: recording the calls, the replay, the text. Then the time
// per update at 1,000 and 10,000 updates (linear when the two agree). Run:
//   npx esbuild bench/designs/single-replay/bench.ts --bundle --platform=node --format=esm --packages=external --outfile=.tmp/single-replay-bench.js && node .tmp/single-replay-bench.js [rounds]
import { loadCases, type BenchCase } from '../../cases.js';
import { candidates, chainOf, literal, type Chain } from '../../candidates.js';
import { formatRatio, formatTime, markdownTable } from '../../format.js';
import { DEFAULT_OPTIONS } from '../../../src/builder/options.js';
import { parsePathCached } from '../../../src/path/index.js';
import { payload as single } from './index.js';
import { Obj, type Op } from './nodes.js';
import { applyOp, type State } from './replay.js';
import { writeText } from './write-text.js';
import { leastTimes } from '../../least-time.js';

const rounds = Number(process.argv[2] ?? 15);

const startSingle = single as unknown as (base?: object, options?: object) => Chain;
function singleChain(bench: BenchCase, options?: object): Chain {
  let builder = options === undefined ? startSingle() : startSingle({}, options);
  for (const [method, path, value] of bench.updates) builder = method === 'object' ? builder.object(path) : builder.set(path, value);
  return builder;
}

// The ops the prototype records for the case, made directly (for its replay alone).
function opsOf(bench: BenchCase): Op[] {
  return bench.updates.map(([method, path, value], index): Op => {
    const { segments } = parsePathCached(path, '.');
    return method === 'object' ? { kind: 'ensure', index, operation: 'object', raw: false, segments, value: undefined } : { kind: 'set', index, operation: 'set', raw: false, segments, value };
  });
}

// One set() on a chain that has emitted (its first update's path, overwritten), then emit().
function setOnBuilt(chain: Chain, bench: BenchCase): () => unknown {
  chain.emit();
  const [, path, value] = bench.extra;
  return () => chain.set(path, value).emit();
}

const columns = [
  'emit() pathpatch',
  'emit() prototype',
  'build() pathpatch',
  'build() prototype',
  'eager emit() pathpatch',
  'eager emit() prototype',
  'set + emit pathpatch',
  'set + emit prototype',
  'set-value',
  'hand-written setter',
  'prototype: record',
  'replay',
  'text',
];
const rows: string[][] = [];
const perUpdate = new Map<string, number[]>();
for (const bench of loadCases()) {
  const peer = (prefix: string): (() => unknown) => (candidates.find((candidate) => candidate.name.startsWith(prefix)) as (typeof candidates)[number]).prepare(bench);
  const expected = JSON.stringify(bench.literal());
  if (chainOf(bench).emit() !== expected || singleChain(bench).emit() !== expected || singleChain(bench, { checks: 'eager' }).emit() !== expected) {
    throw new Error(`a builder makes a different payload for ${bench.name}`);
  }
  const ops = opsOf(bench);
  const replay = (): State => {
    const state: State = { root: new Obj(), raw: false };
    for (const op of ops) applyOp(state, op, DEFAULT_OPTIONS);
    return state;
  };
  const tree = replay().root;
  if (writeText(tree, false) !== expected) throw new Error(`the prototype's replay makes a different payload for ${bench.name}`);
  const runs: [string, () => unknown][] = [
    ['literal', literal.prepare(bench)],
    ['emit() pathpatch', () => chainOf(bench).emit()],
    ['emit() prototype', () => singleChain(bench).emit()],
    ['build() pathpatch', () => chainOf(bench).build()],
    ['build() prototype', () => singleChain(bench).build()],
    ['eager emit() pathpatch', () => chainOf(bench, { checks: 'eager' }).emit()],
    ['eager emit() prototype', () => singleChain(bench, { checks: 'eager' }).emit()],
    ['set + emit pathpatch', setOnBuilt(chainOf(bench), bench)],
    ['set + emit prototype', setOnBuilt(singleChain(bench), bench)],
    ['set-value', peer('set-value')],
    ['hand-written setter', peer('hand-written')],
    ['prototype: record', () => singleChain(bench)],
    ['replay', replay],
    ['text', () => writeText(tree, false)],
  ];
  const best = leastTimes(runs, rounds, bench.size);
  const base = best.get('literal') as number;
  rows.push([bench.name, ...columns.map((name) => formatRatio((best.get(name) as number) / base))]);
  if (bench.size >= 1_000) for (const name of ['literal', ...columns]) (perUpdate.get(name) ?? perUpdate.set(name, []).get(name))?.push(((best.get(name) as number) * 1000) / bench.size);
  process.stderr.write('.');
}
console.log(`\nLeast time over ${rounds} interleaved rounds (CPU clock), as a ratio to the object literal + JSON.stringify\n`);
console.log(markdownTable(['case', ...columns], rows));
console.log('\nTime per update (CPU), at 1,000 and at 10,000 updates\n');
console.log(
  markdownTable(
    ['candidate', 'at 1,000', 'at 10,000', '10,000 / 1,000'],
    [...perUpdate].map(([name, [small, large]]) => [name, formatTime(small as number), formatTime(large as number), formatRatio((large as number) / (small as number))]),
  ),
);
