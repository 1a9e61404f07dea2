// Where emit() of a fresh chain spends its time, part by part, next to the floor of the design: recording
// the calls, replaying the op-log into the tree (src/builder/apply.ts) and writing the text
// (src/builder/emit-tree.ts), and the same two steps done by a bare trie of Maps (no makers, no
// copy-on-write, no checks: the prototype). Each cell is the least time over interleaved rounds
// (CPU clock) divided by the literal's, which holds up on a machine shared with other jobs, where
// interference only adds time. Run:
//   npx esbuild bench/engine-parts.ts --bundle --platform=node --format=esm --packages=external --outfile=node_modules/.cache/pathpatch-bench/engine-parts.js && node node_modules/.cache/pathpatch-bench/engine-parts.js [rounds]
import { applyOp, type Draft } from '../src/builder/apply.js';
import { emitCompact } from '../src/builder/emit-tree.js';
import type { Op } from '../src/builder/ops.js';
import { DEFAULT_OPTIONS } from '../src/builder/options.js';
import { ObjectNode } from '../src/builder/tree.js';
import { parsePathCached, type PathSegment } from '../src/path/index.js';
import { loadCases, type BenchCase } from './cases.js';
import { candidates, chainOf, literal } from './candidates.js';
import { formatRatio, markdownTable } from './format.js';

const rounds = Number(process.argv[2] ?? 20);
const cpu = (): number => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

type Trie = Map<string, unknown>;
/** An array in the bare trie (a class, so that it is told apart from a stored value without a check). */
class Items {
  readonly items: unknown[] = [];
}

// The floor: one Map per object keyed by the member's text start from the parse cache (`"a":`), children stored as they are, nothing else.
function trieReplay(ops: readonly Op[]): Trie {
  const root: Trie = new Map();
  for (const op of ops) {
    if (op.kind !== 'set' && op.kind !== 'ensure') throw new Error('the bench payloads only set and ensure');
    const { segments } = op;
    const quoted = op.quoted as readonly string[];
    let node: Trie | Items = root;
    const last = segments.length - 1;
    for (let i = 0; i < last; i++) {
      const segment = segments[i] as PathSegment;
      let child = node instanceof Map ? node.get(quoted[i] as string) : node.items[segment as number];
      if (child === undefined) {
        child = typeof segments[i + 1] === 'string' ? new Map() : new Items();
        if (node instanceof Map) node.set(quoted[i] as string, child);
        else node.items[segment as number] = child;
      }
      node = child as Trie | Items;
    }
    const value = op.kind === 'ensure' ? new Map() : op.value;
    if (node instanceof Items) node.items[segments[last] as number] = value;
    else if (op.kind === 'set' || !node.has(quoted[last] as string)) node.set(quoted[last] as string, value);
  }
  return root;
}

function trieText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return String(value);
  if (value instanceof Map) {
    let out = '';
    for (const [key, child] of value as Trie) out += (out === '' ? '{' : ',') + key + trieText(child); // the key's text ends with its colon
    return out === '' ? '{}' : out + '}';
  }
  const { items } = value as Items;
  if (items.length === 0) return '[]';
  let out = '[' + trieText(items[0]);
  for (let i = 1; i < items.length; i++) out += ',' + trieText(items[i]);
  return out + ']';
}

// The ops the builder records for the case (what the replay sees), made directly.
function opsOf(bench: BenchCase): Op[] {
  return bench.updates.map(([method, path, value], index) => {
    const { segments, quoted } = parsePathCached(path, '.');
    if (method === 'object') return { kind: 'ensure', index, operation: 'object', segments, quoted };
    return { kind: 'set', index, operation: 'set', segments, quoted, value };
  });
}

const columns = ['record', 'emit()', 'replay', 'text', 'trie replay', 'trie text', 'hand-written setter', 'set-value'];
const rows: string[][] = [];
for (const bench of loadCases()) {
  const ops = opsOf(bench);
  const replay = (): ObjectNode => {
    const draft: Draft = { root: new ObjectNode({}), token: {}, raw: false };
    for (const op of ops) applyOp(draft, op, DEFAULT_OPTIONS);
    return draft.root;
  };
  const tree = replay();
  const trie = trieReplay(ops);
  const expected = JSON.stringify(bench.literal());
  if (emitCompact(tree, false) !== expected || trieText(trie) !== expected) throw new Error(`a part makes a different payload for ${bench.name}`);
  const peer = (prefix: string): (() => unknown) => (candidates.find((candidate) => candidate.name.startsWith(prefix)) as (typeof candidates)[number]).prepare(bench);
  const parts: [string, () => unknown][] = [
    ['literal', literal.prepare(bench)],
    ['record', () => chainOf(bench)],
    ['emit()', () => chainOf(bench).emit()],
    ['replay', replay],
    ['text', () => emitCompact(tree, false)],
    ['trie replay', () => trieReplay(ops)],
    ['trie text', () => trieText(trie)],
    ['hand-written setter', peer('hand-written')],
    ['set-value', peer('set-value')],
  ];
  const calls = Math.max(3, Math.round(20_000 / bench.size));
  const best = new Map<string, number>();
  for (let round = 0; round < rounds + 2; round++) {
    for (const [name, fn] of parts) {
      const start = cpu();
      for (let i = 0; i < calls; i++) fn();
      // The first two rounds warm up.
      if (round >= 2) best.set(name, Math.min(best.get(name) ?? Infinity, (cpu() - start) / calls));
    }
  }
  const base = best.get('literal') as number;
  rows.push([bench.name, ...columns.map((name) => formatRatio((best.get(name) as number) / base))]);
  process.stderr.write('.');
}
console.log(`\nLeast time over ${rounds} interleaved rounds (CPU clock), as a ratio to the object literal + JSON.stringify\n`);
console.log(markdownTable(['case', ...columns], rows));
