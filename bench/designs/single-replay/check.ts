// Differential check of the single-replay prototype against pathpatch's payload(): for the bench cases and for
// generated chains over a small alphabet of colliding paths and every option, both give the same emit() text
// (compact and pretty), the same build(), patches, entries and reads, and the same error (class and message) at
// the same call. Run by hand (not part of npm test):
//   npx tsx bench/designs/single-replay/check.ts [runs] [seed]
import fc from 'fast-check';
import '../../../src/immer.js';
import { APPEND, formatPath, payload as real, rawNumber, type PathSegment } from '../../../src/index.js';
import { loadCases } from '../../cases.js';
import { payload as single } from './index.js';

/** The calls both builders take, as the check drives them (the typed API refuses paths held as data). */
interface Chain {
  set(path: unknown, value: unknown): Chain;
  push(path: unknown, value: unknown): Chain;
  object(path: unknown): Chain;
  array(path: unknown): Chain;
  remove(path: unknown): Chain;
  update(path: unknown, value: unknown): Chain;
  merge(value: unknown): Chain;
  produce(recipe: (draft: never) => unknown): Chain;
  emit(options?: { pretty?: boolean; crlf?: boolean }): string;
  build(): unknown;
  get(path: unknown): unknown;
  has(path: unknown): boolean;
  entries(): unknown;
  toJsonPatch(): unknown;
  toMergePatch(): unknown;
}
type Start = (base?: unknown, options?: unknown) => Chain;
const engines: readonly Start[] = [real as unknown as Start, single as unknown as Start];

/** One call of a chain, as data: applied the same way to both builders. */
type Step =
  | { readonly call: 'set' | 'push' | 'update'; readonly path: unknown; readonly value: unknown }
  | { readonly call: 'object' | 'array' | 'remove'; readonly path: unknown }
  | { readonly call: 'update'; readonly path: unknown; readonly fn: number }
  | { readonly call: 'merge'; readonly value: unknown }
  | { readonly call: 'merge-chain'; readonly steps: readonly Step[] }
  | { readonly call: 'produce'; readonly recipe: number }
  | { readonly call: 'emit' | 'build' };

// update() functions and produce() recipes, by number so that a step stays data; one returns what JSON cannot hold.
const updaters: readonly ((current: unknown) => unknown)[] = [
  (current) => [current ?? null],
  (current) => (typeof current === 'number' ? current + 1 : 0),
  () => undefined,
  (current) => ({ was: current ?? null, '1': true }),
];
const recipes: readonly ((draft: Record<string, unknown>) => unknown)[] = [
  (draft) => {
    draft['p'] = [1];
  },
  (draft) => {
    delete draft['a'];
  },
  () => 5,
];

// Short colliding paths: calls meet each other's values (conflicts, gaps, overwrites, integer-like and unsafe keys).
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<PathSegment>('a', 'b', '2024') },
  { weight: 1, arbitrary: fc.constant('__proto__') },
  { weight: 3, arbitrary: fc.nat({ max: 2 }) },
  { weight: 1, arbitrary: fc.constant(APPEND) },
);
const first = fc.oneof({ weight: 12, arbitrary: fc.constantFrom<PathSegment>('a', 'b', '7') }, { weight: 1, arbitrary: fc.constant(0) });
const segments = fc.tuple(first, fc.array(segment, { maxLength: 3 })).map(([first, rest]): PathSegment[] => [first, ...rest]);
// As segments, or as the path string that names them (string paths have their own errors, with carets).
const path = fc.tuple(segments, fc.boolean()).map(([list, asText]) => (asText ? formatPath(list) : list));
// Mostly JSON; now and then what JSON cannot hold (the call itself throws) or a raw number.
const scalar = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(null, true, '', 'x', 'é"\n', 0, -0, 1.5, 2024) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, undefined) },
  { weight: 1, arbitrary: fc.constant(rawNumber('1.50')) },
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: scalar },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', '2024', '__proto__', '0'), scalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
);
const objectKey = fc.constantFrom('a', 'b', '2024', '7', 'a', 'b', '2024', '7', '__proto__');
const object = fc.dictionary(objectKey, value, { maxKeys: 3 });
// The base given to payload(): JSON only (its own errors are few and tested once).
const base = fc.dictionary(objectKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });

const { step } = fc.letrec<{ step: Step }>((tie) => ({
  step: fc.oneof(
    { weight: 6, arbitrary: fc.record({ call: fc.constantFrom('set' as const, 'push' as const, 'update' as const), path, value }) },
    { weight: 4, arbitrary: fc.record({ call: fc.constantFrom('object' as const, 'array' as const, 'remove' as const), path }) },
    { weight: 1, arbitrary: fc.record({ call: fc.constant('update' as const), path, fn: fc.nat({ max: updaters.length - 1 }) }) },
    { weight: 1, arbitrary: fc.record({ call: fc.constant('merge' as const), value: fc.oneof(object, value) }) },
    { weight: 1, arbitrary: fc.record({ call: fc.constant('merge-chain' as const), steps: fc.array(tie('step'), { maxLength: 3, depthIdentifier: 'chain' }) }) },
    { weight: 1, arbitrary: fc.record({ call: fc.constant('produce' as const), recipe: fc.nat({ max: recipes.length - 1 }) }) },
    { weight: 1, arbitrary: fc.record({ call: fc.constantFrom('emit' as const, 'build' as const) }) },
  ),
}));
const options = fc.record(
  {
    gaps: fc.constantFrom('error', 'append', 'null'),
    conflicts: fc.constantFrom('error', 'replace', 'skip'),
    // Mostly kept, so that chains with __proto__ go on to meet the other rules.
    protoKeys: fc.constantFrom('error', 'keep', 'keep', 'keep'),
    checks: fc.constantFrom('lazy', 'eager'),
  },
  { requiredKeys: ['protoKeys'] },
);
interface Input {
  readonly base: unknown;
  readonly options: unknown;
  readonly steps: readonly Step[];
  readonly probe: unknown;
}
const chainCase: fc.Arbitrary<Input> = fc.record({ base: fc.option(base, { nil: undefined }), options, steps: fc.array(step, { maxLength: 10 }), probe: path });

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : `thrown ${String(error)}`;
}

function attempt(run: () => unknown): string {
  try {
    return JSON.stringify(run()) ?? 'undefined';
  } catch (error) {
    return errorText(error);
  }
}

function apply(start: Start, builder: Chain, step: Step, options: unknown): Chain {
  switch (step.call) {
    case 'emit':
    case 'build':
      // Asked on the way (its result or error is not compared here): the builder then holds a state.
      attempt(() => builder[step.call]());
      return builder;
    case 'merge':
      return builder.merge(step.value);
    case 'merge-chain':
      return builder.merge(step.steps.reduce((b, inner) => apply(start, b, inner, options), start(undefined, options)));
    case 'produce':
      return builder.produce(recipes[step.recipe] as (draft: never) => unknown);
    case 'object':
    case 'array':
    case 'remove':
      return builder[step.call](step.path);
    default:
      return 'fn' in step ? builder.update(step.path, updaters[step.fn]) : builder[step.call](step.path, step.value);
  }
}

/** Everything a chain answers, or the error of the call that threw: one line per result. */
function outcome(start: Start, input: Input, pretty: boolean): string[] {
  const out: string[] = [];
  let builder: Chain;
  try {
    builder = input.steps.reduce((b: Chain, s: Step, i: number) => {
      try {
        return apply(start, b, s, input.options);
      } catch (error) {
        throw new Error(`call ${i} (${s.call}) threw ${errorText(error)}`, { cause: error });
      }
    }, start(input.base, input.options));
  } catch (error) {
    return [errorText(error)];
  }
  out.push(`emit ${attempt(() => builder.emit())}`);
  out.push(`build ${attempt(() => builder.build())}`);
  if (pretty) out.push(`pretty ${attempt(() => builder.emit({ pretty: true, crlf: true }))}`);
  out.push(`get ${attempt(() => [builder.get(input.probe), builder.has(input.probe)])}`);
  out.push(`entries ${attempt(() => builder.entries())}`);
  out.push(`json patch ${attempt(() => builder.toJsonPatch())}`);
  out.push(`merge patch ${attempt(() => builder.toMergePatch())}`);
  return out;
}

const runs = Number(process.argv[2] ?? 20_000);
let agree = 0;
const disagreements: string[] = [];

// The bench cases: the same text and object, for emit() then build() and for build() then emit().
for (const bench of loadCases()) {
  const [a, b] = engines.map((start) => {
    let builder = start();
    for (const [method, at, v] of bench.updates) builder = method === 'object' ? builder.object(at) : builder.set(at, v);
    return [builder.emit(), JSON.stringify(builder.build()), builder.emit({ pretty: true })].join('\n');
  });
  if (a === b) agree++;
  else disagreements.push(`bench case ${bench.name}`);
}
const benchCount = agree;

let generated = 0;
let failedChains = 0;
let failedCalls = 0;
fc.assert(
  fc.property(chainCase, fc.boolean(), (input, pretty) => {
    generated++;
    const [a, b] = engines.map((start) => outcome(start, input, pretty)) as [string[], string[]];
    if (!(a[0] ?? '').startsWith('emit "')) failedChains++;
    if ((a[0] ?? '').startsWith('Error: call ')) failedCalls++;
    if (JSON.stringify(a) === JSON.stringify(b)) {
      agree++;
    } else if (disagreements.length < 5) {
      const first = a.findIndex((line, i) => line !== b[i]);
      disagreements.push(`${JSON.stringify(input, (_, v: unknown) => (v === APPEND ? '[]' : typeof v === 'symbol' ? String(v) : v))}\n  pathpatch: ${a[first] ?? a.join(' | ')}\n  prototype: ${b[first] ?? b.join(' | ')}`);
    } else {
      disagreements.push('');
    }
  }),
  { numRuns: runs, seed: Number(process.argv[3] ?? 9) },
);

console.log(`bench cases: ${benchCount} of ${loadCases().length} agree`);
console.log(`generated chains: ${agree - benchCount} of ${generated} agree (pathpatch: ${generated - failedChains} emit, ${failedChains - failedCalls} throw from emit(), ${failedCalls} from a call or payload())`);
for (const line of disagreements.filter((d) => d !== '')) console.log(`disagree: ${line}`);
process.exitCode = disagreements.length === 0 ? 0 : 1;
