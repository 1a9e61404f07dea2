// Differential check of the eager persistent prototype against pathpatch's payload(): the bench cases, then
// generated chains over a small alphabet of colliding paths (conflicts, gaps, overwrites, removes, merges,
// update() with a function and with a value, raw numbers, __proto__ keys, a base object), under every
// combination of the options. Not part of npm test. Run:
//   npx tsx bench/designs/eager-copy/check.ts [runs]
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { APPEND, formatPath, payload as realPayload, rawNumber, type PathSegment } from '../../../src/index.js';
import { loadCases } from '../../cases.js';
import { payload as eagerPayload } from './index.js';

const runs = Number(process.argv[2] ?? 20_000);

/** The methods both builders share, as the check calls them. */
interface Chain {
  set(path: readonly PathSegment[] | string, value: unknown): Chain;
  push(path: readonly PathSegment[] | string, value: unknown): Chain;
  object(path: readonly PathSegment[] | string): Chain;
  array(path: readonly PathSegment[] | string): Chain;
  remove(path: readonly PathSegment[] | string): Chain;
  update(path: readonly PathSegment[] | string, fnOrValue: unknown): Chain;
  merge(partial: unknown): Chain;
  emit(options?: { pretty?: boolean }): string;
  build(): unknown;
  entries(): unknown;
  toJsonPatch(): unknown;
  toMergePatch(): unknown;
  get(path: readonly PathSegment[]): unknown;
}
type Start = (base?: object, options?: object) => Chain;
const real = realPayload as unknown as Start;
const eager = eagerPayload as unknown as Start;

// 1. The bench cases: same text and same objects, and one more set() on the built chain.
for (const bench of loadCases()) {
  const chains = [real, eager].map((start) => {
    let builder = start();
    for (const [method, path, value] of bench.updates) builder = method === 'object' ? builder.object(path) : builder.set(path, value);
    return builder;
  }) as [Chain, Chain];
  const [a, b] = chains;
  if (a.emit() !== b.emit() || !isDeepStrictEqual(a.build(), b.build())) throw new Error(`bench case ${bench.name}: different payloads`);
  const [, path, value] = bench.extra;
  if (a.set(path, value).emit() !== b.set(path, value).emit()) throw new Error(`bench case ${bench.name}: different payloads after one more set()`);
}
console.log(`bench cases: ${loadCases().length} agree (emit(), build(), one set() more)`);

// 2. Generated chains. Short colliding paths, so that calls meet each other's values.
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<PathSegment>('a', 'b', '2024') },
  { weight: 1, arbitrary: fc.constant<PathSegment>('__proto__') },
  { weight: 2, arbitrary: fc.nat({ max: 3 }) },
  { weight: 2, arbitrary: fc.constant<PathSegment>(APPEND) },
);
// A first segment that is an index conflicts with the root: now and then.
const first = fc.oneof({ weight: 12, arbitrary: fc.constantFrom<PathSegment>('a', 'b', '7') }, { weight: 1, arbitrary: fc.constant<PathSegment>(0) });
// As segments or as path text (whose errors point at characters rather than segments).
const path = fc
  .tuple(first, fc.array(segment, { maxLength: 3 }), fc.boolean())
  .map(([head, rest, text]): PathSegment[] | string => (text ? formatPath([head, ...rest]) : [head, ...rest]));
const scalar = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('"q"', 'é\n'));
const json = fc.oneof(
  { weight: 3, arbitrary: scalar },
  fc.constant('raw').map(() => rawNumber('1.50')),
  fc.dictionary(fc.constantFrom('a', 'b', '2024', 'c'), scalar, { maxKeys: 3 }),
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b'), fc.dictionary(fc.constantFrom('a', 'c'), scalar, { maxKeys: 2 }), { maxKeys: 2 }),
);
const object = fc.dictionary(fc.constantFrom('a', 'b', '2024', 'c'), json, { maxKeys: 3 });
// update() with a function: computes from what is there (or throws a JsonValueError for undefined, which copyJsonValue names).
const compute = fc.constantFrom(
  (v: unknown) => (v === undefined ? 'new' : Array.isArray(v) ? v.length : [v]),
  (v: unknown) => (typeof v === 'number' ? v + 1 : v),
  () => ({ made: true }),
);
type Step = [string, (b: Chain) => Chain];
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(path, json).map(([p, v]): Step => ['set', (b) => b.set(p, v)]) },
  fc.tuple(path, json).map(([p, v]): Step => ['push', (b) => b.push(p, v)]),
  path.map((p): Step => ['remove', (b) => (typeof p !== 'string' && p.includes(APPEND) ? b : b.remove(p))]),
  path.map((p): Step => ['object', (b) => b.object(p)]),
  path.map((p): Step => ['array', (b) => b.array(p)]),
  object.map((v): Step => ['merge', (b) => b.merge(v)]),
  fc.constant<Step>(['merge itself', (b) => b.merge(b)]),
  fc.tuple(path, compute).map(([p, f]): Step => ['update fn', (b) => b.update(p, f)]),
  fc.tuple(path, json).map(([p, v]): Step => ['update value', (b) => b.update(p, v)]),
);
// The strict defaults less often than the others, so that most chains get to emit().
const options = fc.record({
  gaps: fc.constantFrom('error', 'append', 'null', 'append', 'null'),
  conflicts: fc.constantFrom('error', 'replace', 'skip', 'replace', 'skip'),
  protoKeys: fc.constantFrom('error', 'keep', 'keep'),
});
const base = fc.option(object, { nil: undefined });

type Outcome = { error: string } | { text: string; pretty: string; value: unknown; entries: unknown; patch: unknown; mergePatch: unknown; got: unknown };
function outcome(start: Start, from: object | undefined, opts: object, steps: readonly Step[]): Outcome {
  try {
    const builder = steps.reduce((b, [, fn]) => fn(b), start(from, opts));
    const text = builder.emit();
    let mergePatch: unknown;
    try {
      mergePatch = builder.toMergePatch();
    } catch (error) {
      mergePatch = `${(error as Error).name}: ${(error as Error).message}`;
    }
    return { text, pretty: builder.emit({ pretty: true }), value: builder.build(), entries: builder.entries(), patch: builder.toJsonPatch(), mergePatch, got: builder.get(['a', 0]) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

const tally = { chains: 0, agree: 0, agreeLazy: 0, threw: 0, differLazyOrder: 0 };
const firstDisagreement: string[] = [];
fc.assert(
  fc.property(base, options, fc.array(step, { maxLength: 10 }), (from, opts, steps) => {
    tally.chains++;
    const mine = outcome(eager, from, opts, steps);
    // Like for like: pathpatch with checks: 'eager' throws from the culprit call too.
    const theirs = outcome(real, from, { ...opts, checks: 'eager' }, steps);
    const lazy = outcome(real, from, opts, steps);
    if ('error' in mine) tally.threw++;
    if (isDeepStrictEqual(mine, theirs)) tally.agree++;
    else if (firstDisagreement.length < 5) firstDisagreement.push(`${JSON.stringify({ from, opts, steps: steps.map(([name]) => name) })}\n  eager-copy: ${JSON.stringify(mine)}\n  pathpatch:  ${JSON.stringify(theirs)}`);
    if (isDeepStrictEqual(mine, lazy)) tally.agreeLazy++;
    // With lazy checks a later call's own error (an unsafe key, a bad value) comes before an earlier call's conflict, which waits for emit().
    else if ('error' in mine && 'error' in lazy) tally.differLazyOrder++;
    else if (firstDisagreement.length < 5) firstDisagreement.push(`lazy: ${JSON.stringify({ from, opts, steps: steps.map(([name]) => name) })}\n  eager-copy: ${JSON.stringify(mine)}\n  pathpatch:  ${JSON.stringify(lazy)}`);
  }),
  { numRuns: runs, seed: 9 },
);
console.log(
  `generated chains: ${tally.chains}; ${tally.chains - tally.threw} emitted, ${tally.threw} threw (the same chains in both)\n` +
    `  same text, pretty text, build(), entries(), patches, get() or same error as pathpatch with checks: 'eager': ${tally.agree}\n` +
    `  same as pathpatch with lazy checks (error messages compared as emit() throws them): ${tally.agreeLazy}; both threw but different errors: ${tally.differLazyOrder}`,
);

// 3. Branches: builders are persistent, and objects share their key lists and slot arrays append-only, so every
// builder of a chain, and a second chain grown from one of them, must still give its own payload. Wider objects
// (twelve keys, past the point where a key map replaces the scan), and options under which only unsafe keys throw.
const wideKey = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `k${i}`));
const widePath = fc.tuple(wideKey, fc.array(fc.oneof(wideKey, fc.nat({ max: 2 }), fc.constant<PathSegment>(APPEND)), { maxLength: 2 })).map(([head, rest]): PathSegment[] => [head, ...rest]);
const wideStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(widePath, json).map(([p, v]): Step => ['set', (b) => b.set(p, v)]) },
  fc.tuple(widePath, json).map(([p, v]): Step => ['push', (b) => b.push(p, v)]),
  widePath.map((p): Step => ['remove', (b) => (p.includes(APPEND) ? b : b.remove(p))]),
  widePath.map((p): Step => ['object', (b) => b.object(p)]),
  object.map((v): Step => ['merge', (b) => b.merge(v)]),
);
const lenient = { gaps: 'append', conflicts: 'replace', protoKeys: 'keep' };
function branches(start: Start, trunk: readonly Step[], at: number, branch: readonly Step[]): string[] {
  const builders = [start(undefined, lenient)];
  for (const [, fn] of trunk) builders.push(fn(builders[builders.length - 1] as Chain));
  let twig = builders[Math.min(at, builders.length - 1)] as Chain;
  for (const [, fn] of branch) builders.push((twig = fn(twig)));
  // Emitted in reverse, so that the newest nodes are written first and the older builders' views come after.
  return builders.reverse().map((builder) => `${builder.emit()} ${JSON.stringify(builder.build())}`);
}
let branchAgree = 0;
fc.assert(
  fc.property(fc.array(wideStep, { maxLength: 25 }), fc.nat({ max: 25 }), fc.array(wideStep, { maxLength: 10 }), (trunk, at, branch) => {
    const mine = branches(eager, trunk, at, branch);
    const theirs = branches(real, trunk, at, branch);
    if (isDeepStrictEqual(mine, theirs)) branchAgree++;
    else if (firstDisagreement.length < 8) firstDisagreement.push(`branch: ${JSON.stringify(mine)}\n  pathpatch: ${JSON.stringify(theirs)}`);
  }),
  { numRuns: Math.ceil(runs / 4), seed: 9 },
);
console.log(`branched chains (every builder of a trunk and of a branch from one of them, emit() and build()): ${branchAgree} of ${Math.ceil(runs / 4)} agree`);
if (firstDisagreement.length > 0) console.log(firstDisagreement.join('\n'));
process.exitCode = tally.agree === tally.chains && branchAgree === Math.ceil(runs / 4) ? 0 : 1;
