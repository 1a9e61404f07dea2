import fc from 'fast-check';
import { applyPatch } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, payload } from '../../src/index.js';
import { applySteps, jsonObject, kindStableObject, jsonValue, options, outcome, segments, steps } from './arbitraries.js';

const runs = { numRuns: 300 };

describe('path grammar', () => {
  it('formatPath then parsePath gives the segments back', () => {
    fc.assert(fc.property(segments, (list) => {
      expect(parsePath(formatPath(list))).toEqual(list);
    }), runs);
  });

  it('formatPath(parsePath(p)) is canonical: a fixed point', () => {
    fc.assert(
      fc.property(segments, (list) => {
        const canonical = formatPath(list);
        expect(formatPath(parsePath(canonical))).toBe(canonical);
      }),
      runs,
    );
  });

  it('with another delimiter too', () => {
    fc.assert(fc.property(segments, (list) => {
      expect(parsePath(formatPath(list, '/'), { delimiter: '/' })).toEqual(list);
    }), runs);
  });
});

describe('builder laws', () => {
  it('set then get returns the value', () => {
    fc.assert(
      fc.property(segments, jsonValue, (path, value) => {
        const readable = path.map((s) => (typeof s === 'symbol' ? 0 : s));
        const builder = payload({}, { gaps: 'null' }).set(readable, value);
        expect(builder.get(readable)).toEqual(value);
      }),
      runs,
    );
  });

  it('the builder a method was called on is unchanged', () => {
    fc.assert(
      fc.property(jsonObject, steps, steps, options, (base, before, after, opts) => {
        const builder = applySteps(payload(base, opts), before);
        const first = outcome(builder);
        outcome(applySteps(builder, after));
        expect(outcome(builder)).toEqual(first);
      }),
      runs,
    );
  });

  it('branches are independent: building one does not change another', () => {
    fc.assert(
      fc.property(jsonObject, steps, steps, steps, options, (base, common, left, right, opts) => {
        const trunk = applySteps(payload(base, opts), common);
        const alone = outcome(applySteps(applySteps(payload(base, opts), common), right));
        outcome(trunk);
        outcome(applySteps(trunk, left));
        expect(outcome(applySteps(trunk, right))).toEqual(alone);
      }),
      runs,
    );
  });

  it("a failed update changes nothing (conflicts: 'skip' leaves it out whole)", () => {
    fc.assert(
      fc.property(jsonObject, steps, segments, jsonValue, (base, list, path, value) => {
        const strict = applySteps(payload(base, { gaps: 'append' }), list);
        const before = outcome(strict);
        if (!before.ok) return;
        const after = outcome(strict.set(path, value));
        const skipping = outcome(payload(strict, { gaps: 'append', conflicts: 'skip' }).set(path, value));
        if (!after.ok) {
          expect(skipping).toEqual(before);
          expect(outcome(strict)).toEqual(before);
        }
      }),
      runs,
    );
  });

  it('merge: {} is an identity, and merging into {} gives the object', () => {
    fc.assert(
      fc.property(jsonObject, (object) => {
        expect(payload(object).merge({}).emit()).toBe(payload(object).emit());
        expect(payload().merge(object).build()).toEqual(object);
      }),
      runs,
    );
  });

  it('merge is associative on objects whose members keep their kind', () => {
    fc.assert(
      fc.property(kindStableObject, kindStableObject, kindStableObject, (a, b, c) => {
        const left = payload(a).merge(b).merge(c);
        const right = payload(a).merge(payload(b).merge(c));
        expect(left.build()).toEqual(right.build());
      }),
      runs,
    );
  });

  it('toJsonPatch applied to the base gives build()', () => {
    fc.assert(
      fc.property(jsonObject, steps, options, (base, list, opts) => {
        const builder = applySteps(payload(base, opts), list);
        const result = outcome(builder);
        if (!result.ok) return;
        const patched = applyPatch(structuredClone(base), builder.toJsonPatch(), true).newDocument;
        expect(patched).toEqual(result.value);
      }),
      // -0 in the base: a JSON round trip would lose its sign, structuredClone keeps it.
      { ...runs, examples: [[{ a: { '': -0 } }, [], { gaps: 'error', conflicts: 'error' }]] },
    );
  });

  it('emit() equals JSON.stringify(build()) without raw numbers', () => {
    fc.assert(
      fc.property(jsonObject, steps, options, fc.boolean(), (base, list, opts, pretty) => {
        const builder = applySteps(payload(base, opts), list);
        const result = outcome(builder);
        if (!result.ok) return;
        expect(builder.emit({ pretty })).toBe(JSON.stringify(builder.build(), null, pretty ? 2 : undefined));
      }),
      runs,
    );
  });

  it('build() is deeply frozen', () => {
    const frozen = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozen));
    fc.assert(
      fc.property(jsonObject, steps, options, (base, list, opts) => {
        const result = outcome(applySteps(payload(base, opts), list));
        if (result.ok) expect(frozen(result.value)).toBe(true);
      }),
      runs,
    );
  });
});
