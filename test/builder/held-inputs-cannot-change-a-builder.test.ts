import { describe, expect, it } from 'vitest';
import { JsonValueError, parsePath, payload, RawNumber, rawNumber, UnsafeKeyError, type PathSegment } from '../../src/index.js';

// Defects a review demonstrated; each test fails on the code before the fix.
describe('what a caller holds or forges cannot change a builder', () => {
  it('no RawNumber can carry text that is not a JSON number, however it is made', () => {
    expect(() => new RawNumber('1,"admin":true')).toThrow(JsonValueError);
    const forged = Object.create(RawNumber.prototype, { text: { value: '1,"admin":true' } }) as RawNumber;
    expect(() => payload().set('price', forged)).toThrow('invalid value at "price": found a RawNumber whose text is not JSON number text, expected a raw number made by rawNumber()');
    expect(payload().set('price', new RawNumber('1.50')).emit()).toBe('{"price":1.50}');
  });

  it('a segment array changed after the call does not change the builder', () => {
    const segments: PathSegment[] = ['a'];
    const builder = payload().set(segments, 1);
    segments[0] = '__proto__';
    const indexed: PathSegment[] = ['b', 0];
    const other = builder.set(indexed, 2);
    indexed[1] = 5;
    expect(other.emit()).toBe('{"a":1,"b":[2]}');
  });

  it('parsePath returns frozen segments, so the shared cache cannot be changed', () => {
    const built = payload().set('user.name', 'ada');
    const segments = parsePath('user.name');
    expect(Object.isFrozen(segments)).toBe(true);
    expect(() => {
      (segments as string[])[1] = 'role';
    }).toThrow(TypeError);
    expect(built.emit()).toBe('{"user":{"name":"ada"}}');
  });

  it('update() hands raw numbers to the callback as numbers, as get() and build() read them', () => {
    const seen: unknown[] = [];
    const text = payload()
      .set('n', rawNumber('3600'))
      .set('o', { deep: rawNumber('1.50') })
      .update('n', (n) => (seen.push(n), (n as number) + 60))
      .update('o', (o) => (seen.push(o), o))
      .emit();
    expect(seen).toEqual([3600, { deep: 1.5 }]);
    expect(text).toBe('{"n":3660,"o":{"deep":1.5}}');
  });

  it('merge(builder) and payload(builder) keep the receiving builder\'s __proto__ policy', () => {
    const keeping = payload({}, { protoKeys: 'keep' }).set('__proto__.x', 1);
    expect(() => payload().merge(keeping)).toThrow(UnsafeKeyError);
    expect(() => payload().merge(keeping)).toThrow('unsafe key "__proto__" at "__proto__"');
    expect(() => payload(keeping, { protoKeys: 'error' })).toThrow(UnsafeKeyError);
    expect(payload(keeping).emit()).toBe('{"__proto__":{"x":1}}');
    expect(payload({}, { protoKeys: 'keep' }).merge(keeping).emit()).toBe('{"__proto__":{"x":1}}');
  });
});
