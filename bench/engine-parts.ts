// Where emit() (and build()) of a fresh chain spends its time, part by part: recording the calls, replaying
// the op-log into the copy-on-write tree (src/builder/apply.ts) and writing its text (src/builder/emit-tree.ts),
// and the same two steps by the plain replay that emit() and build() of a fresh chain use
// (src/builder/fast-replay.ts: a bare tree whose members are found by their places, no makers, no copy on
// write, no checks). Each cell is the least time over interleaved rounds
// (CPU clock) divided by the literal's, which holds up on a machine shared with other jobs, where
// interference only adds time. Run:
//   npx esbuild bench/engine-parts.ts --bundle --platform=node --format=esm --packages=external --outfile=node_modules/.cache/pathpatch-bench/engine-parts.js && node node_modules/.cache/pathpatch-bench/engine-parts.js [rounds]
import { applyOp, type Draft } from '../src/builder/apply.js';
import { emitCompact } from '../src/builder/emit-tree.js';
import { DEFAULT_OPTIONS } from '../src/builder/options.js';
import { plainReplay, type PlainOp } from '../src/builder/fast-replay.js';
import { ObjectNode, type Branch } from '../src/builder/tree.js';
import { parsePathCached } from '../src/path/index.js';
import { loadCases, type BenchCase } from './cases.js';
import { candidates, chainOf, literal } from './candidates.js';
import { formatRatio, markdownTable } from './format.js';
import { leastTimes } from './least-time.js';

const rounds = Number(process.argv[2] ?? 20);

// The ops the builder records for the case (what the replay sees), made directly.
function opsOf(bench: BenchCase): PlainOp[] {
  return bench.updates.map(([method, path, value], index) => {
    const { segments } = parsePathCached(path, '.');
    if (method === 'object') return { kind: 'ensure', index, operation: 'object', segments };
    return { kind: 'set', index, operation: 'set', segments, value };
  });
}

const columns = ['record', 'emit()', 'build()', 'replay', 'text', 'plain replay', 'plain text', 'hand-written setter', 'set-value'];
const rows: string[][] = [];
for (const bench of loadCases()) {
  const ops = opsOf(bench);
  const replay = (): ObjectNode => {
    const draft: Draft = { root: new ObjectNode({}), token: {}, raw: false };
    for (const op of ops) applyOp(draft, op, DEFAULT_OPTIONS);
    return draft.root;
  };
  const tree = replay();
  // The plain replay takes them newest first.
  const newestFirst = ops.slice().reverse();
  const plain = plainReplay(newestFirst) as Branch;
  const expected = JSON.stringify(bench.literal());
  if (emitCompact(tree, false) !== expected || emitCompact(plain, false) !== expected) throw new Error(`a part makes a different payload for ${bench.name}`);
  const peer = (prefix: string): (() => unknown) => (candidates.find((candidate) => candidate.name.startsWith(prefix)) as (typeof candidates)[number]).prepare(bench);
  const parts: [string, () => unknown][] = [
    ['literal', literal.prepare(bench)],
    ['record', () => chainOf(bench)],
    ['emit()', () => chainOf(bench).emit()],
    ['build()', () => chainOf(bench).build()],
    ['replay', replay],
    ['text', () => emitCompact(tree, false)],
    ['plain replay', () => plainReplay(newestFirst)],
    ['plain text', () => emitCompact(plain, false)],
    ['hand-written setter', peer('hand-written')],
    ['set-value', peer('set-value')],
  ];
  const best = leastTimes(parts, rounds, bench.size);
  const base = best.get('literal') as number;
  rows.push([bench.name, ...columns.map((name) => formatRatio((best.get(name) as number) / base))]);
  process.stderr.write('.');
}
console.log(`\nLeast time over ${rounds} interleaved rounds (CPU clock), as a ratio to the object literal + JSON.stringify\n`);
console.log(markdownTable(['case', ...columns], rows));
