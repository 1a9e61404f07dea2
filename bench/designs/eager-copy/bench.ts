// Speed of the eager persistent prototype beside pathpatch's payload() (op-log, replay), in one process:
// emit() and build() of a fresh chain (the op-log's emit() also with checks: 'eager', which throws from the
// culprit call as the prototype does), the calls alone (no result), one set() on an emitted chain + emit(),
// with the literal + JSON.stringify, set-value, lodash set and the hand-written setter. Each figure is the
// least CPU time over interleaved rounds divided by the literal's (on a shared machine interference only adds
// time, so the least is the steadiest), as bench/compare-ref.ts measures. Then time per update of emit() of a
// fresh chain, to see whether it stays linear (path copying copies every object on the path). Run:
//   R=node_modules/.cache/pathpatch-bench; npx esbuild bench/designs/eager-copy/bench.ts --bundle --platform=node --format=esm --packages=external --outfile=$R/eager-copy.js && node $R/eager-copy.js [sizes, e.g. 10,100,1000,10000] [rounds] [ratios|scaling]
// (the two parts each in a process of their own keep the parse cache, 20,000 paths, from filling and clearing mid-run).
import { loadCases, SIZES, type BenchCase } from '../../cases.js';
import { candidates, chainOf, literal, type Chain } from '../../candidates.js';
import { formatRatio, formatTime, markdownTable } from '../../format.js';
import { textSettings } from './emit.js';
import { payload } from './index.js';
import { parsePath } from '../../../src/path/index.js';
import { cpuMicros, leastTimes } from '../../least-time.js';

const [sizesArg, roundsArg, part] = process.argv.slice(2);
const sizes = sizesArg === undefined ? SIZES : sizesArg.split(',').map(Number);
const rounds = Number(roundsArg ?? 15);

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

// The prototype with its per-node text cache off (see textSettings), for the columns that say so.
function withoutNodeText(fn: () => unknown): () => unknown {
  return () => {
    textSettings.keepNodeText = false;
    try {
      return fn();
    } finally {
      textSettings.keepNodeText = true;
    }
  };
}

const columns = [
  'emit() op-log',
  "emit() op-log, checks: 'eager'",
  'emit() eager',
  'emit() eager, no node text',
  'build() op-log',
  'build() eager',
  'calls op-log',
  'calls eager',
  'one set + emit op-log',
  'one set + emit eager',
  'one set + emit eager, no node text',
  'hand-written setter',
  'set-value',
  'lodash set',
];
const rows: string[][] = [];
const perUpdate: string[][] = [];
for (const bench of part === 'scaling' ? [] : loadCases(sizes)) {
  const peer = (prefix: string): (() => unknown) => (candidates.find((candidate) => candidate.name.startsWith(prefix)) as (typeof candidates)[number]).prepare(bench);
  const expected = JSON.stringify(bench.literal());
  if (chainOf(bench).emit() !== expected || eagerChain(bench).emit() !== expected) throw new Error(`a builder makes a different payload for ${bench.name}`);
  const runs: [string, () => unknown][] = [
    ['literal', literal.prepare(bench)],
    ['emit() op-log', () => chainOf(bench).emit()],
    ["emit() op-log, checks: 'eager'", () => chainOf(bench, { checks: 'eager' }).emit()],
    ['emit() eager', () => eagerChain(bench).emit()],
    ['emit() eager, no node text', withoutNodeText(() => eagerChain(bench).emit())],
    ['build() op-log', () => chainOf(bench).build()],
    ['build() eager', () => eagerChain(bench).build()],
    ['calls op-log', () => chainOf(bench)],
    ['calls eager', () => eagerChain(bench)],
    ['one set + emit op-log', oneMore(chainOf(bench), bench)],
    ['one set + emit eager', oneMore(eagerChain(bench), bench)],
    // Set up without the cache too, so that no node holds text.
    ['one set + emit eager, no node text', withoutNodeText(withoutNodeText(() => oneMore(eagerChain(bench), bench))() as () => unknown)],
    ['hand-written setter', peer('hand-written')],
    ['set-value', peer('set-value')],
    ['lodash set', peer('lodash')],
  ];
  const best = leastTimes(runs, rounds, bench.size);
  const time = (name: string): number => best.get(name) as number;
  const of = (name: string): number => time(name) / time('literal');
  rows.push([bench.name, ...columns.map((name) => formatRatio(of(name))), formatRatio(of('emit() eager') / of('set-value'))]);
  // cpuUsage() is in microseconds.
  const each = (name: string): string => formatTime((time(name) * 1e3) / bench.size);
  perUpdate.push([bench.name, each('literal'), each('emit() op-log'), each('emit() eager'), each('build() eager'), each('set-value')]);
  process.stderr.write('.');
}
if (rows.length > 0) {
  console.log(`\nLeast time over ${rounds} interleaved rounds (CPU clock), as a ratio to the object literal + JSON.stringify\n`);
  console.log(markdownTable(['case', ...columns, 'emit() eager / set-value'], rows));
  console.log('\nTime per update (least time / number of updates)\n');
  console.log(markdownTable(['case', 'literal', 'emit() op-log', 'emit() eager', 'build() eager', 'set-value'], perUpdate));
}

// Scaling: time per update of emit() of a fresh chain as the payload grows. Generated payloads (the root widens like
// the square root of the count), and a hostile one for path copying: `count` members of one object made first, then
// a member set inside each (every such set copies that object's values, so the eager design is quadratic there).
type Updates = readonly (readonly ['set' | 'object', string, unknown])[];
const wide = (count: number): Updates => [
  ...Array.from({ length: count }, (_, i) => ['object', `wide.k${i}`, {}] as const),
  ...Array.from({ length: count }, (_, i) => ['set', `wide.k${i}.v`, i] as const),
];
function replay(start: () => Chain, updates: Updates): string {
  let builder = start();
  for (const [method, path, value] of updates) builder = method === 'object' ? builder.object(path) : builder.set(path, value);
  return builder.emit();
}
const startOpLog = (): Chain => chainOf({ updates: [] } as unknown as BenchCase);

// The work of path copying, counted rather than timed: per update, the members of every container the path
// passes through (each is copied, values only), plus those of the last one when the update overwrites a member
// there (appending at the end of a container shares its arrays). Replayed on plain objects, which hold the same shape.
function valuesCopied(updates: Updates): number {
  const root: Record<string, unknown> = {};
  let copied = 0;
  for (const [method, path, value] of updates) {
    const segments = parsePath(path);
    let node = root as Record<string | number, unknown>;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as string | number;
      const width = Array.isArray(node) ? node.length : Object.keys(node).length;
      const last = i === segments.length - 1;
      if (!last || Object.hasOwn(node, segment)) copied += width;
      if (last) node[segment] = method === 'object' ? (node[segment] ?? {}) : value;
      else node = (node[segment] ??= typeof segments[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
    }
  }
  return copied / updates.length;
}
const scaling: string[][] = [];
const scaleRounds = rounds;
// The numbers of updates; the paths of every size share one parse cache (8 MB), so each size in its own process
// (`for n in 1000 2000 5000 10000; do node $R/eager-copy.js $n 20 scaling; done`) keeps it from clearing mid-run.
const updateCounts = sizesArg === undefined || sizesArg === 'x' ? [1_000, 2_000, 5_000, 10_000] : sizes;
if (part !== 'ratios') {
  // Warm-up, so that the first row is not the one that pays for compiling.
  const warm = (loadCases([1_000])[1] as BenchCase).updates;
  for (let i = 0; i < 30; i++) if (replay(startOpLog, warm) !== replay(startEager, warm)) throw new Error('the builders differ on the warm-up');
}
for (const [name, counts, updatesOf] of part === 'ratios'
  ? []
  : ([
      ['generated', updateCounts, (count: number): Updates => (loadCases([count])[1] as BenchCase).updates],
      ['one wide object', updateCounts.map((count) => count / 2), wide],
    ] as const)) {
  let previous: [number, number] | undefined;
  for (const count of counts) {
    const updates = updatesOf(count);
    if (replay(startOpLog, updates) !== replay(startEager, updates)) throw new Error(`the builders differ on ${name} ${count}`);
    let opLog = Infinity;
    let eagerTime = Infinity;
    for (let round = 0; round < scaleRounds + 2; round++) {
      let start = cpuMicros();
      replay(startOpLog, updates);
      if (round > 1) opLog = Math.min(opLog, cpuMicros() - start);
      start = cpuMicros();
      replay(startEager, updates);
      if (round > 1) eagerTime = Math.min(eagerTime, cpuMicros() - start);
    }
    const [a, b] = [(opLog * 1e3) / updates.length, (eagerTime * 1e3) / updates.length];
    const growth = (now: number, before: number | undefined): string => (before === undefined ? '' : ` (${formatRatio(now / before)})`);
    scaling.push([`${name}, ${updates.length.toLocaleString('en-US')} updates`, formatTime(a) + growth(a, previous?.[0]), formatTime(b) + growth(b, previous?.[1]), valuesCopied(updates).toFixed(0)]);
    previous = [a, b];
    process.stderr.write('.');
  }
}
if (scaling.length > 0) {
  console.log(`\nTime per update of emit() of a fresh chain, least of ${scaleRounds} rounds (in brackets: against the row before; 1.0x is linear)\n`);
  console.log(markdownTable(['payload', 'op-log', 'eager', 'eager: values copied per update'], scaling));
}
