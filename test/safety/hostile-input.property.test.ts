import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPEND, isPathpatchError, payload, RawNumber, rawNumber, type PathSegment, type Payload, type PayloadOptions } from '../../src/index.js';

// Hostile input for the core: deep, wide, huge and malformed values and paths. Whatever comes in, the only
// exceptions that may leave pathpatch are PathpatchError subclasses (no RangeError, no TypeError, no crash),
// and Object.prototype is never touched.

const nest = (depth: number, leaf: unknown, array: boolean): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = array ? [value] : { k: value };
  return value;
};

const forgedRawNumber = fc.constantFrom('1', 'x', '1,"admin":true', '').map((text) => {
  let reads = 0;
  return Object.create(RawNumber.prototype, { text: { get: () => (reads++ === 0 ? '2' : text) } }) as unknown;
});

const hostileScalar = fc.oneof(
  fc.string(),
  fc.double(),
  fc.constantFrom(undefined, null, Number.NaN, Infinity, -0, 10n, Symbol('s'), () => 1),
  fc.constantFrom(new Date(0), new Map(), new Set(), /re/, new Uint8Array(2)),
  fc.constantFrom(rawNumber('1.50'), rawNumber('12345678901234567890')),
  forgedRawNumber,
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: hostileScalar },
  // Deep: around and far past the nesting limit, objects and arrays.
  fc.tuple(fc.integer({ min: 990, max: 20_000 }), fc.boolean()).map(([depth, array]) => nest(depth, 1, array)),
  // Wide and huge.
  fc.integer({ min: 1, max: 20_000 }).map((width) => Object.fromEntries(Array.from({ length: width }, (_, i) => [`k${i}`, i]))),
  fc.integer({ min: 1, max: 200_000 }).map((length) => 'x'.repeat(length)),
  // Malformed: sparse arrays, cycles, __proto__ keys, accessors, class instances inside.
  fc.constant(Object.assign(new Array<unknown>(3), { 0: 1, 2: 3 })),
  fc.constant(JSON.parse('{"a":{"__proto__":{"polluted":true}}}') as unknown),
  fc.constant(
    (() => {
      const cycle: Record<string, unknown> = { a: [] };
      (cycle['a'] as unknown[]).push(cycle);
      return cycle;
    })(),
  ),
  fc.constant(Object.defineProperty({}, 'g', { get: () => 1, enumerable: true })),
  fc.constant({ d: new Date(0) }),
);

const hostileKey = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', '', '[]', '"', '\\'));
const hostileSegments: fc.Arbitrary<PathSegment[]> = fc.oneof(
  fc.array(fc.oneof(hostileKey, fc.nat({ max: 5 }), fc.constantFrom(APPEND, 4_294_967_294, 1e9, 50_000_000, 100_001)), { minLength: 1, maxLength: 6 }),
  fc.integer({ min: 999, max: 12_000 }).map((length) => Array.from({ length }, () => 'a')),
);
const hostilePathString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[a-z]{1,3}(\.[a-z_]{1,3}|\[(0|[1-9]\d{0,10})?\]){0,6}$/),
  fc.integer({ min: 999, max: 12_000 }).map((length) => Array.from({ length }, () => 'a').join('.')),
  fc.integer({ min: 1, max: 300_000 }).map((length) => 'p'.repeat(length)),
  fc.constantFrom('a[4294967294]', 'a[4294967295]', 'a[99999999999999999999]', 'a.__proto__.b', 'a[-1]', '"a', 'a[01]', 'a..b', ''),
);
const hostilePath = fc.oneof(hostileSegments, hostilePathString, hostileScalar);

const options = fc.record(
  { gaps: fc.constantFrom('error', 'append', 'null'), conflicts: fc.constantFrom('error', 'replace', 'skip'), protoKeys: fc.constantFrom('error', 'keep'), checks: fc.constantFrom('lazy', 'eager') },
  { requiredKeys: [] },
) as fc.Arbitrary<PayloadOptions>;

/** A call and the path it was given (a path that is not a string or an array is a TypeError by design). */
interface Call {
  readonly run: (b: Payload) => unknown;
  readonly path?: unknown;
}
const withPath = (path: unknown, run: (b: Payload) => unknown): Call => ({ run, path });
const call: fc.Arbitrary<Call> = fc.oneof(
  fc.tuple(hostilePath, hostileValue).map(([path, value]) => withPath(path, (b) => b.set(path as never, value))),
  fc.tuple(hostilePath, hostileValue).map(([path, value]) => withPath(path, (b) => b.push(path as never, value))),
  fc.tuple(hostilePath, hostileValue).map(([path, value]) => withPath(path, (b) => b.update(path as never, value as never))),
  fc.tuple(hostilePath, hostileValue).map(([path, value]) => withPath(path, (b) => b.update(path as never, () => value))),
  hostilePath.map((path) => withPath(path, (b) => b.object(path as never))),
  hostilePath.map((path) => withPath(path, (b) => b.array(path as never))),
  hostilePath.map((path) => withPath(path, (b) => b.remove(path as never))),
  hostilePath.map((path) => withPath(path, (b) => b.get(path as never))),
  hostilePath.map((path) => withPath(path, (b) => b.has(path as never))),
  hostileValue.map((value): Call => ({ run: (b) => b.merge(value) })),
  hostileValue.map((value): Call => ({ run: (b) => b.diff(value as never) })),
  hostileValue.map((value): Call => ({ run: (b) => b.equals(value as never) })),
);

// Wrong argument types (a number as a path) are TypeErrors by design; hostile content is not.
const isTypeMisuse = (error: unknown, call: Call): boolean =>
  error instanceof TypeError && 'path' in call && typeof call.path !== 'string' && !Array.isArray(call.path);

describe('hostile input to the core', () => {
  it('only PathpatchErrors leave any method, for any chain of hostile calls, and Object.prototype stays clean', () => {
    fc.assert(
      fc.property(options, fc.array(call, { minLength: 1, maxLength: 6 }), (opts, calls) => {
        let builder: Payload = payload({}, opts);
        for (const item of calls) {
          try {
            const result = item.run(builder);
            if (result instanceof Object && 'emit' in result) builder = result as Payload;
          } catch (error) {
            if (!isPathpatchError(error) && !isTypeMisuse(error, item)) throw error;
          }
        }
        for (const finish of [() => builder.emit(), () => builder.emit({ pretty: true }), () => builder.build(), () => builder.entries(), () => builder.toJsonPatch(), () => builder.toMergePatch()]) {
          try {
            finish();
          } catch (error) {
            expect(isPathpatchError(error)).toBe(true);
          }
        }
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('whatever is accepted emits valid JSON equal to build()', () => {
    fc.assert(
      fc.property(options, fc.array(fc.tuple(hostileSegments, hostileValue), { maxLength: 5 }), (opts, calls) => {
        let builder: Payload = payload({}, opts);
        for (const [path, value] of calls) {
          try {
            builder = builder.set(path, value);
          } catch (error) {
            if (!isPathpatchError(error)) throw error;
          }
        }
        let text: string;
        try {
          text = builder.emit();
        } catch (error) {
          expect(isPathpatchError(error)).toBe(true);
          return;
        }
        expect(JSON.parse(text)).toEqual(builder.build());
      }),
      { numRuns: 150 },
    );
  });
});
