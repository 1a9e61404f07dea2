import fc from 'fast-check';
import { applyPatch } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, payload, type Payload } from '../../src/index.js';
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
        // JSON has no -0: the stored value is what JSON.parse would give.
        expect(builder.get(readable)).toEqual(JSON.parse(JSON.stringify(value)));
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
        const patched = applyPatch(JSON.parse(JSON.stringify(base)) as typeof base, builder.toJsonPatch(), true).newDocument;
        expect(patched).toEqual(result.value);
      }),
      // -0 in the base: the builder stores it as 0 (JSON has no negative zero), as the JSON round trip of the base does.
      { ...runs, examples: [[{ a: { '': -0 } }, [], { gaps: 'error', conflicts: 'error' }]] },
    );
  });

  it('JSON.parse(emit()) deep-equals build(): one set of semantics for the text and the objects', () => {
    fc.assert(
      fc.property(jsonObject, steps, options, fc.boolean(), (base, list, opts, pretty) => {
        const builder = applySteps(payload(base, opts), list);
        const result = outcome(builder);
        if (!result.ok) return;
        const text = builder.emit({ pretty });
        expect(JSON.parse(text)).toStrictEqual(builder.build());
        // Pretty and compact differ only in whitespace outside strings.
        expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(JSON.parse(builder.emit())));
      }),
      runs,
    );
  });

  it('emit() writes the members of each object in the order of the calls that made them, integer-like keys included', () => {
    const key = fc.constantFrom('b', 'a', '2024', '7', '0', '', 'x1');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, key, fc.integer()), { maxLength: 12 }), (calls) => {
        let builder: Payload = payload();
        const order = new Map<string, string[]>();
        for (const [outer, inner, value] of calls) {
          builder = builder.set([`o${outer}`, inner], value);
          const members = order.get(`o${outer}`) ?? [];
          if (!members.includes(inner)) members.push(inner);
          order.set(`o${outer}`, members);
        }
        const expected = [...order].map(([outer, members]) => `${JSON.stringify(outer)}:{${members.map((m) => `${JSON.stringify(m)}:`).join('')}`);
        const text = builder.emit();
        // Strip values to compare only the order of keys.
        const keysOnly = text.replace(/:-?\d+/g, ':').replace(/,/g, '').replace(/}/g, '');
        expect(keysOnly).toBe(`{${expected.join('')}`);
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
