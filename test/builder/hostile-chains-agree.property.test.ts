import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPEND, formatPath, PathConflictError, payload, rawNumber, type PathSegment, type Payload, type PayloadOptions } from '../../src/index.js';
import '../../src/immer.js';

// Chains the other property tests leave out: keys that look like numbers or prototype names, another delimiter,
// raw numbers anywhere in values, bases that are builders (with other options), merge() of builders, update()
// functions with odd results, and produce().
const runs = { numRuns: 250 };

const key = fc.constantFrom('a', 'b', '0', '01', '-1', '1e3', '2024', 'constructor', 'prototype', 'toString', '', 'x.y', 'x/y', '"', 'é', '𝄞');
const segment = fc.oneof(key, key, fc.nat({ max: 2 }), fc.constant(APPEND));
const path = fc.tuple(fc.constantFrom('a', 'b', '0', 'constructor'), fc.array(segment, { maxLength: 3 })).map(([first, rest]): PathSegment[] => [first, ...rest]);

const leaf = fc.oneof(
  fc.constantFrom(null, true, '', 'x', '\u2028', '\ud800', 0, -1.5, 1e21),
  fc.constantFrom('0', '-0', '1.50', '1e400', '12345678901234567890').map(rawNumber),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const object = fc.dictionary(key, value, { maxKeys: 3 });

/** One call: what it does, and the method and path it reads as in messages (written with the chain's delimiter). */
interface Call {
  readonly apply: (builder: Payload) => Payload;
  readonly operation: string;
  readonly path?: readonly PathSegment[];
  readonly toString: () => string;
}
const show = (v: unknown): string => JSON.stringify(v, (_, x: unknown) => (x === APPEND ? 'APPEND' : x));
// Counterexamples print each call by what it does.
const named = (text: string, apply: (builder: Payload) => Payload, operation: string, path?: readonly PathSegment[]): Call => ({
  apply,
  operation,
  ...(path === undefined ? {} : { path }),
  toString: () => text,
});

const update = fc.constantFrom(
  (current: unknown) => current ?? 1,
  (current: unknown) => [current ?? null],
  () => undefined,
  () => () => 1,
  () => {
    throw new RangeError('from the callback');
  },
);
type Updatable = { update(path: readonly PathSegment[], fn: unknown): Payload };

// A builder to merge, made with other options; its own conflicts are not this chain's, so one that fails is left out.
const otherBuilder = fc.tuple(object, path, value).map(([o, p, v]) => {
  const builder = payload(o, { protoKeys: 'keep', gaps: 'null' }).set(p, v);
  try {
    builder.build();
    return { merged: builder, text: `payload(${show(o)}).set(${show(p)}, ${show(v)})` };
  } catch {
    return { merged: o, text: show(o) };
  }
});

const call: fc.Arbitrary<Call> = fc.oneof(
  fc.tuple(path, value).map(([p, v]) => named(`set ${show(p)} ${show(v)}`, (b) => b.set(p, v), 'set', p)),
  fc.tuple(path, value).map(([p, v]) => named(`push ${show(p)} ${show(v)}`, (b) => b.push(p, v), 'push', [...p, APPEND])),
  path.map((p) => (p.includes(APPEND) ? named(`object ${show(p)}`, (b) => b.object(p), 'object', p) : named(`remove ${show(p)}`, (b) => b.remove(p), 'remove', p))),
  path.map((p) => named(`array ${show(p)}`, (b) => b.array(p), 'array', p)),
  fc.tuple(path, update).map(([p, fn]) => named(`update ${show(p)} ${String(fn)}`, (b) => (b as unknown as Updatable).update(p, fn), 'update', p)),
  fc.oneof(object.map((o) => ({ merged: o, text: show(o) })), otherBuilder).map(({ merged, text }) => named(`merge ${text}`, (b) => b.merge(merged), 'merge')),
  fc.tuple(key, value).map(([k, v]) => named(`produce ${k}=${show(v)}`, (b) => b.produce((draft: Record<string, unknown>) => void (draft[k] = v)), 'produce')),
);

const options: fc.Arbitrary<PayloadOptions> = fc.record({
  gaps: fc.constantFrom('error', 'append', 'null'),
  conflicts: fc.constantFrom('error', 'replace', 'skip'),
  protoKeys: fc.constantFrom('error', 'keep'),
  delimiter: fc.constantFrom('.', '/', '0'),
});
// The base: a plain object, or a builder made with other options whose own calls must not leak into messages.
const base = fc.oneof(
  object,
  fc.tuple(object, path, value, options).map(([o, p, v, opts]) => {
    try {
      const builder = payload(o, opts).set(p, v);
      builder.build();
      return Object.assign(builder, { toString: () => `payload(${show(o)}, ${show(opts)}).set(${show(p)}, ${show(v)})` });
    } catch {
      return o;
    }
  }),
);

interface Run {
  readonly outcome: { text: string; pretty: string; value: unknown } | { error: string };
  readonly error: unknown;
}

function run(start: unknown, opts: PayloadOptions, list: readonly Call[], emitOnTheWay: boolean): Run {
  try {
    let builder: Payload = payload<unknown, object>(start as object, opts) as Payload;
    for (const each of list) {
      if (emitOnTheWay) {
        try {
          builder.emit();
        } catch {
          // compared at the end
        }
      }
      builder = each.apply(builder);
    }
    return { outcome: { text: builder.emit(), pretty: builder.emit({ pretty: true }), value: builder.build() }, error: undefined };
  } catch (error) {
    return { outcome: { error: `${(error as Error).name}: ${(error as Error).message}` }, error };
  }
}

describe('hostile chains', () => {
  it('give the same text, value and error eagerly, lazily and with every builder on the way emitted', () => {
    fc.assert(
      fc.property(base, options, fc.array(call, { maxLength: 6 }), (start, opts, list) => {
        const lazy = run(start, opts, list, false);
        // toEqual, not toStrictEqual: an own "constructor" key (a JSON key like any other) fools the latter's class check.
        expect(run(start, opts, list, true).outcome).toEqual(lazy.outcome);
        expect(run(start, { ...opts, checks: 'eager' }, list, false).outcome).toEqual(lazy.outcome);
        if ('text' in lazy.outcome) {
          expect(JSON.parse(lazy.outcome.text)).toEqual(lazy.outcome.value);
          expect(JSON.parse(lazy.outcome.pretty)).toEqual(lazy.outcome.value);
        }
      }),
      runs,
    );
  });

  it('name, in a conflict, the failing call and the one that made the value as this chain made them', () => {
    fc.assert(
      fc.property(base, options, fc.array(call, { maxLength: 6 }), (start, opts, list) => {
        const { error } = run(start, opts, list, false);
        if (!(error instanceof PathConflictError)) return;
        const named = (index: number): [string, string | undefined] => {
          const each = list[index] as Call;
          return [each.operation, each.path === undefined ? undefined : formatPath(each.path, opts.delimiter)];
        };
        expect(named(error.update)).toEqual([error.operation, error.path]);
        const maker = error.madeBy;
        if (maker === undefined || maker.update === undefined) return;
        expect(maker.update).toBeLessThan(error.update);
        expect(named(maker.update)).toEqual([maker.operation, maker.path]);
      }),
      runs,
    );
  });
});

describe('path strings with any delimiter', () => {
  it('name the same places as their segments: set() by the canonical string gives the same text and errors', () => {
    const delimiter = fc.constantFrom('.', '/', '0', '1', ' ', '-', 'é');
    fc.assert(
      fc.property(delimiter, fc.array(fc.tuple(path, value), { minLength: 1, maxLength: 4 }), (d, sets) => {
        const opts = { delimiter: d, gaps: 'null' as const, protoKeys: 'keep' as const };
        const bySegments = run({}, opts, sets.map(([p, v]) => named('', (b) => b.set(p, v), 'set', p)), false);
        const byText = run({}, opts, sets.map(([p, v]) => named('', (b) => b.set(formatPath(p, d), v), 'set', p)), false);
        expect(byText.outcome).toEqual(bySegments.outcome);
      }),
      runs,
    );
  });
});
