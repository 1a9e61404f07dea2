import { compileLiteral } from './fixtures/literal-code.js';
import { generateUpdates, type Segment } from './fixtures/generate-updates.js';
import { seedLiteral, seedUpdates, type Update } from './fixtures/seed-updates.js';

/** One payload to build: its updates in every path form the candidates take, and its literal. */
export interface BenchCase {
  readonly name: string;
  readonly size: number;
  readonly updates: readonly Update[];
  /** Paths with indexes as dot segments (`a.0.b`), for set-value and object-path-immutable. */
  readonly dotPaths: readonly string[];
  /** Paths as keys and indexes, for the immer recipe. */
  readonly segments: readonly (readonly Segment[])[];
  /** Makes the payload as an object literal. */
  readonly literal: () => Record<string, unknown>;
  /** One more update for the "set on a built chain" candidate: overwrites the first update's path. */
  readonly extra: Update;
}

/** The sizes measured besides the seed. */
export const SIZES = [10, 100, 1_000, 10_000] as const;

/** The seed payload and the generated ones, with every path form precomputed (not timed). */
export function loadCases(sizes: readonly number[] = SIZES): BenchCase[] {
  const seedSegments = seedUpdates.map(([, path]) => segmentsOf(path));
  const cases: BenchCase[] = [makeCase('seed (55)', seedUpdates, seedSegments, seedLiteral)];
  for (const size of sizes) {
    const generated = generateUpdates(size);
    cases.push(makeCase(size.toLocaleString('en-US'), generated.updates, generated.segments, compileLiteral(generated.result)));
  }
  return cases;
}

function makeCase(name: string, updates: readonly Update[], segments: readonly (readonly Segment[])[], literal: () => Record<string, unknown>): BenchCase {
  const first = updates[0];
  if (first === undefined) throw new Error(`case ${name} has no updates`);
  return {
    name,
    size: updates.length,
    updates,
    dotPaths: segments.map((path) => path.join('.')),
    segments,
    literal,
    extra: ['set', first[1], 'changed'],
  };
}

// The fixtures' keys hold no dots, brackets or quotes, so a split is enough here (not a general parser).
function segmentsOf(path: string): Segment[] {
  // The capture group is undefined where a dot matched, whatever split()'s type says.
  return path.split(/\.|\[(\d+)\]/).flatMap<Segment>((part: string | undefined, i) => {
    if (part === undefined || part === '') return [];
    return i % 2 === 1 ? [Number(part)] : [part];
  });
}
