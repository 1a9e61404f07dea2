// The benchmarks of docs/performance.md ("Building and emitting"): one process, `npm run bench`.
// Options: --quick (shorter runs), --no-heap, --no-parser, --sizes=10,100 (generated sizes to run), --clock=cpu|wall.
import { measure } from 'mitata';
import lodashSet from 'lodash/set.js';
import { parseArgs } from 'node:util';
import { loadCases, SIZES, type BenchCase } from './cases.js';
import { candidates, chainOf, literal, literalOnly, type Candidate } from './candidates.js';
import { clockOf } from './clock.js';
import { formatBytes, formatRatio, formatTime, markdownTable } from './format.js';
import { allocatedBytes } from './heap.js';
import { benchParser } from './parser.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-heap': { type: 'boolean', default: false },
    'no-parser': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    clock: { type: 'string', default: 'cpu' },
  },
});
const sizes = flags.sizes === undefined ? SIZES : flags.sizes.split(',').map(Number);
const minCpuTime = (flags.quick ? 150 : 500) * 1e6; // ns of samples per candidate (mitata's default: 642 ms)
const now = clockOf(flags.clock);

interface Result {
  /** Median time per call, ns. */
  readonly median: number;
  /** Heap bytes allocated per call (NaN when not measured). */
  readonly bytes: number;
}

const all = [...candidates, literalOnly];
const cases = loadCases(sizes);
checkOutputs(cases);

const results = new Map<string, Map<string, Result>>(); // candidate → case → result
for (const bench of cases) {
  process.stderr.write(`${bench.name}:`);
  for (const candidate of all) {
    const fn = candidate.prepare(bench);
    const stats = await measure(fn, { min_cpu_time: minCpuTime, now });
    const calls = Math.max(1, Math.round(20_000 / bench.size));
    const bytes = flags['no-heap'] ? Number.NaN : allocatedBytes(fn, calls);
    let byCase = results.get(candidate.name);
    if (byCase === undefined) results.set(candidate.name, (byCase = new Map()));
    byCase.set(bench.name, { median: stats.p50, bytes });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
}

const resultOf = (candidate: Candidate, bench: BenchCase): Result => results.get(candidate.name)?.get(bench.name) as Result;
const header = ['candidate', ...cases.map((bench) => bench.name)];

console.log(`\n### Time, as a ratio to the object literal + JSON.stringify (median of mitata samples, ${flags.clock} clock; lower is better)\n`);
console.log(
  markdownTable(header, [
    ['object literal + JSON.stringify (baseline)', ...cases.map((bench) => formatTime(resultOf(literal, bench).median))],
    ...all
      .filter((candidate) => candidate !== literal)
      .map((candidate) => [candidate.name, ...cases.map((bench) => formatRatio(resultOf(candidate, bench).median / resultOf(literal, bench).median))]),
  ]),
);

const setValue = all.find((candidate) => candidate.name.startsWith('set-value')) as Candidate;
console.log(`\n### Against set-value (the fastest peer): ratio to set-value + JSON.stringify, same run (lower is better)\n`);
console.log(
  markdownTable(
    ['candidate', ...cases.map((bench) => bench.name)],
    all
      .filter((candidate) => candidate !== setValue)
      .map((candidate) => [candidate.name, ...cases.map((bench) => formatRatio(resultOf(candidate, bench).median / resultOf(setValue, bench).median))]),
  ),
);

console.log(`\n### Time per update (median time / number of updates)\n`);
console.log(
  markdownTable(
    header,
    all.map((candidate) => [candidate.name, ...cases.map((bench) => formatTime(resultOf(candidate, bench).median / bench.size))]),
  ),
);

if (!flags['no-heap']) {
  console.log(`\n### Heap bytes allocated per build (v8 used-heap growth plus what GCs freed meanwhile; median)\n`);
  console.log(markdownTable(header, all.map((candidate) => [candidate.name, ...cases.map((bench) => formatBytes(resultOf(candidate, bench).bytes))])));
}

console.log(`\n### Targets\n`);
for (const line of targets()) console.log(`- ${line}`);

if (!flags['no-parser']) {
  console.log(`\n### parsePath alone\n`);
  console.log(await benchParser(minCpuTime, now));
}
console.log(`\nnode ${process.version}, ${process.platform} ${process.arch}, ${new Date().toISOString().slice(0, 10)}, mitata 1.0.34, clock ${flags.clock}`);

function targets(): string[] {
  const byName = (name: string): Candidate => all.find((candidate) => candidate.name === name) as Candidate;
  const emit = byName('pathpatch emit() (fresh chain)');
  const build = byName('pathpatch build() (fresh chain, no stringify)');
  const out: string[] = [];
  const seed = cases[0] as BenchCase;
  const ratio = (candidate: Candidate, bench: BenchCase, base: Candidate = literal): number => resultOf(candidate, bench).median / resultOf(base, bench).median;
  const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const seedEmit = ratio(emit, seed);
  out.push(`seed emit() <= 1.8x the literal: ${formatRatio(seedEmit)} (${verdict(seedEmit <= 1.8)})`);
  const seedBuild = ratio(build, seed);
  const seedBuildObject = ratio(build, seed, literalOnly);
  out.push(
    `seed build() <= 2.5x: ${formatRatio(seedBuild)} of literal + stringify (${verdict(seedBuild <= 2.5)}); ` +
      `${formatRatio(seedBuildObject)} of the literal object alone (${verdict(seedBuildObject <= 2.5)})`,
  );
  const hand = byName('hand-written setter (parse cache) + stringify');
  const eager = byName("pathpatch emit() with checks: 'eager'");
  for (const bench of cases) {
    const own = ratio(emit, bench, hand);
    out.push(`${bench.name}: emit() ${formatRatio(own)} of the hand-written setter (${verdict(own <= 1.1)} at 10%); eager checks cost ${formatRatio(ratio(eager, bench, emit))} of emit()`);
  }
  for (const bench of cases) {
    const fastestPeer = candidates
      .filter((candidate) => candidate.peer)
      .map((candidate) => ({ candidate, ratio: ratio(candidate, bench) }))
      .sort((a, b) => a.ratio - b.ratio)[0];
    if (fastestPeer === undefined) continue;
    const own = ratio(emit, bench);
    out.push(
      `${bench.name}: emit() ${formatRatio(own)} vs fastest peer ${fastestPeer.candidate.name} ${formatRatio(fastestPeer.ratio)} ` +
        `(${verdict(own < fastestPeer.ratio)})`,
    );
  }
  // Linear: per-update cost from 1,000 to 10,000 updates, absolute and relative to the literal's own growth
  // (a 10x larger payload leaves the CPU caches and young generation for every candidate, the literal included).
  const small = cases.find((bench) => bench.size === 1_000);
  const large = cases.find((bench) => bench.size === 10_000);
  const perUpdate = (candidate: Candidate, bench: BenchCase): number => resultOf(candidate, bench).median / bench.size;
  out.push(
    `per update, emit(): ${cases.map((bench) => `${bench.name}: ${formatTime(perUpdate(emit, bench))}`).join(', ')}; ` +
      `build(): ${cases.map((bench) => `${bench.name}: ${formatTime(perUpdate(build, bench))}`).join(', ')}`,
  );
  if (small !== undefined && large !== undefined) {
    const growth = (candidate: Candidate): number => perUpdate(candidate, large) / perUpdate(candidate, small);
    const relative = growth(emit) / growth(literal);
    out.push(
      `linear up to 10,000: per-update cost 1,000 -> 10,000 grows ${formatRatio(growth(emit))} for emit(), ${formatRatio(growth(build))} for build(), ` +
        `${formatRatio(growth(literal))} for the literal; emit() relative to the literal ${formatRatio(relative)} (${verdict(relative <= 1.5)} at a 1.5x tolerance)`,
    );
  }
  return out;
}

// Every candidate must make the same payload, or the comparison means nothing.
function checkOutputs(list: readonly BenchCase[]): void {
  for (const bench of list) {
    const expected = JSON.stringify(bench.literal());
    for (const candidate of all) {
      const output = candidate.prepare(bench)();
      const text = typeof output === 'string' ? output : JSON.stringify(output);
      let want = expected;
      if (candidate.name.includes('one set()')) {
        const target = JSON.parse(expected) as object;
        lodashSet(target, bench.extra[1], bench.extra[2]);
        want = JSON.stringify(target);
      }
      if (text !== want) throw new Error(`${candidate.name} makes a different payload for ${bench.name}:\n${text.slice(0, 300)}\nexpected\n${want.slice(0, 300)}`);
    }
    if (chainOf(bench).emit() !== expected) throw new Error(`pathpatch differs for ${bench.name}`);
  }
}
