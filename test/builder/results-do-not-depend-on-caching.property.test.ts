import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPEND, payload, type Payload } from '../../src/index.js';
import { applySteps, jsonValue, options, outcome, steps, type Step } from '../properties/arbitraries.js';

const runs = { numRuns: 400 };

// Short colliding paths, so that calls meet each other's values: conflicts, gaps, overwrites.
const segment = fc.oneof(fc.constantFrom('a', 'b', '2024', '__proto__'), fc.nat({ max: 2 }), fc.constant(APPEND));
const path = fc.tuple(fc.constantFrom('a', 'b', '7'), fc.array(segment, { maxLength: 3 })).map(([first, rest]) => [first, ...rest]);

// Only the calls a fresh chain replays without the copy-on-write tree when nothing is in their way.
const plainStep: fc.Arbitrary<[string, Step]> = fc.oneof(
  fc.tuple(path, jsonValue).map(([p, value]): [string, Step] => ['set', (b) => b.set(p, value)]),
  fc.tuple(path, jsonValue).map(([p, value]): [string, Step] => ['push', (b) => b.push(p, value)]),
  path.map((p): [string, Step] => ['object', (b) => b.object(p)]),
  path.map((p): [string, Step] => ['array', (b) => b.array(p)]),
);
const plainSteps = fc.array(plainStep, { maxLength: 10 });
const anySteps = fc.oneof(plainSteps, steps);
const chainOptions = options.chain((opts) => fc.constantFrom({ ...opts }, { ...opts, protoKeys: 'keep' as const }));

// The same calls, with emit() (or build()) asked of every builder on the way first: each of them then keeps a
// state, and the last one is replayed from its parent's state instead of from the start.
function emittedOnTheWay(opts: object, list: readonly [string, Step][], build = false): Payload {
  let builder: Payload = payload(undefined, opts);
  for (const [, fn] of list) {
    try {
      if (build) builder.build();
      else builder.emit();
    } catch {
      // The error itself is compared at the end of the chain.
    }
    builder = fn(builder);
  }
  return builder;
}

function errorOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('emit() and build() of a fresh chain', () => {
  it('give the same text, objects and errors whether or not the builders on the way were emitted or built', () => {
    fc.assert(
      fc.property(chainOptions, anySteps, fc.boolean(), fc.boolean(), (opts, list, buildFirst, buildOnTheWay) => {
        // A call that throws itself (an unsafe key under protoKeys: 'error') throws in both, with the same text.
        const recorded = errorOf(() => applySteps(payload(undefined, opts), list));
        expect(errorOf(() => emittedOnTheWay(opts, list, buildOnTheWay))).toBe(recorded);
        if (recorded !== undefined) return;
        const fresh = applySteps(payload(undefined, opts), list);
        const cached = emittedOnTheWay(opts, list, buildOnTheWay);
        // Either order of emit() and build() on the fresh chain: the second reuses what the first made.
        const first = buildFirst ? errorOf(() => fresh.build()) : errorOf(() => fresh.emit());
        expect(first).toBe(errorOf(() => cached.emit()));
        expect(outcome(fresh)).toStrictEqual(outcome(cached));
        const result = outcome(fresh);
        if (result.ok) {
          expect(JSON.parse(result.text)).toStrictEqual(result.value);
          expect(fresh.emit({ pretty: true })).toBe(cached.emit({ pretty: true }));
        }
      }),
      runs,
    );
  });

  it('share a built builder’s unchanged parts with its branches', () => {
    fc.assert(
      fc.property(plainSteps, (list) => {
        const base = applySteps(payload(undefined, { protoKeys: 'keep' }).object('kept').set('kept.x', 1), list.filter(([name]) => name !== 'push'));
        const built = outcome(base);
        if (!built.ok || typeof (built.value as Record<string, unknown>)['kept'] !== 'object') return;
        const branch = base.set('other', 1).build() as Record<string, unknown>;
        expect(branch['kept']).toBe((built.value as Record<string, unknown>)['kept']);
      }),
      runs,
    );
  });
});
