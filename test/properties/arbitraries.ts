import fc from 'fast-check';
import { APPEND, formatPath, type PathSegment, type Payload, type PayloadOptions } from '../../src/index.js';

/** Keys from a hostile alphabet: delimiters, brackets, quotes, backslashes, spaces, empty keys, non-ASCII. */
export const hostileKey = fc.string({ unit: fc.constantFrom('a', 'b', '.', '[', ']', '"', '\\', ' ', '/', '0', 'é', '𝄞'), maxLength: 6 });

export const segments = fc.array(
  fc.oneof(hostileKey.filter((k) => k !== '__proto__'), fc.nat({ max: 20 }), fc.constant(APPEND)),
  { minLength: 1, maxLength: 5 },
).map((list): PathSegment[] => (typeof list[0] === 'string' ? list : ['k', ...list]));

/** JSON values without `__proto__` keys (those have their own tests), as JSON text gives them: no -0 (the builder stores it as 0; its own test covers that). */
export const jsonValue = fc
  .jsonValue({ maxDepth: 3 })
  .filter((v) => !JSON.stringify(v).includes('"__proto__"'))
  .map((v) => JSON.parse(JSON.stringify(v)) as typeof v);
export const jsonObject = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), jsonValue, { maxKeys: 4 });

/** Short colliding paths so that random updates meet each other. */
const smallSegment = fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.nat({ max: 2 }), fc.constant(APPEND));
const smallPath = fc
  .tuple(fc.constantFrom('a', 'b', 'c'), fc.array(smallSegment, { maxLength: 3 }))
  .map(([first, rest]): PathSegment[] => [first, ...rest]);

export type Step = (builder: Payload) => Payload;

export const step: fc.Arbitrary<[string, Step]> = fc.oneof(
  fc.tuple(smallPath, jsonValue).map(([path, value]): [string, Step] => [`set ${formatPath(path)}`, (b) => b.set(path, value)]),
  fc.tuple(smallPath, jsonValue).map(([path, value]): [string, Step] => [`push`, (b) => b.push(path, value)]),
  smallPath.map((path): [string, Step] => [`remove`, (b) => (path.includes(APPEND) ? b : b.remove(path))]),
  smallPath.map((path): [string, Step] => [`object`, (b) => b.object(path)]),
  smallPath.map((path): [string, Step] => [`array`, (b) => b.array(path)]),
  jsonObject.map((value): [string, Step] => [`merge`, (b) => b.merge(value)]),
);

export const steps = fc.array(step, { maxLength: 8 });

export const options: fc.Arbitrary<PayloadOptions> = fc.record({
  gaps: fc.constantFrom('error', 'append', 'null'),
  conflicts: fc.constantFrom('error', 'replace', 'skip'),
});

/** Applies steps, then reports the built value or the error it threw. */
export function outcome(builder: Payload): { ok: true; text: string; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, text: builder.emit(), value: builder.build() };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export function applySteps(builder: Payload, list: readonly [string, Step][]): Payload {
  return list.reduce((b, [, fn]) => fn(b), builder);
}

/**
 * Objects whose members never change kind between inputs: keys starting with `o` always hold objects,
 * the others never do. Deep merge (objects merge, the rest replaces) is associative on these.
 */
const scalarOrArray = jsonValue.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v));
const kindStable = fc.letrec<{ tree: Record<string, unknown> }>((tie) => ({
  tree: fc.record(
    { o1: tie('tree'), o2: tie('tree'), s1: scalarOrArray, s2: scalarOrArray },
    { requiredKeys: [] },
  ),
}));
export const kindStableObject = kindStable.tree;
