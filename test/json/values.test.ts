import { describe, expect, it } from 'vitest';
import { JsonValueError, payload } from '../../src/index.js';

class Point {
  constructor(readonly x: number) {}
}

const cyclic: Record<string, unknown> = { a: 1 };
cyclic['self'] = cyclic;
// eslint-disable-next-line no-sparse-arrays -- a sparse array is the input under test
const sparse = [1, , 3];

describe('values must be JSON', () => {
  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'invalid value at "v": found undefined, expected a JSON value; use null, or remove() the member'],
    ['NaN', Number.NaN, 'invalid value at "v": found NaN, expected a finite number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'invalid value at "v": found Infinity, expected a finite number'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'invalid value at "v": found -Infinity, expected a finite number'],
    ['a bigint', 10n, 'invalid value at "v": found a bigint, expected a JSON value; pass rawNumber(String(value)) to keep every digit'],
    ['a function', () => 1, 'invalid value at "v": found a function, expected a JSON value'],
    ['a symbol', Symbol('s'), 'invalid value at "v": found a symbol, expected a JSON value'],
    ['a Date', new Date(0), 'invalid value at "v": found a Date, expected a JSON value; pass date.toISOString() instead'],
    ['a class instance', new Point(1), 'invalid value at "v": found an instance of Point, expected a plain object'],
    ['a Map', new Map(), 'invalid value at "v": found an instance of Map, expected a plain object'],
    ['a nested undefined', { a: { b: [1, undefined] } }, 'invalid value at "v.a.b[1]": found undefined, expected a JSON value; use null, or remove() the member'],
    ['a nested Date', { when: [{ at: new Date(0) }] }, 'invalid value at "v.when[0].at": found a Date, expected a JSON value; pass date.toISOString() instead'],
    ['a cycle', cyclic, 'invalid value at "v.self": found a cycle, expected a JSON value (a tree)'],
    ['a sparse array', sparse, 'invalid value at "v[1]": found a hole in a sparse array, expected a JSON value'],
    ['a key needing quotes', { 'a.b': NaN }, 'invalid value at "v.\\"a.b\\"": found NaN, expected a finite number'],
  ])('rejects %s with the path inside the value', (_name, value, message) => {
    const builder = payload().set('keep', 1);
    expect(() => builder.set('v', value)).toThrow(JsonValueError);
    expect(() => builder.set('v', value)).toThrow(message);
    expect(builder.emit()).toBe('{"keep":1}');
  });

  it('rejects a subclassed array', () => {
    class List extends Array<number> {}
    expect(() => payload().set('v', List.from([1]))).toThrow('invalid value at "v": found an instance of List, expected a plain array');
  });

  it('accepts null-prototype objects and repeated (non-cyclic) references', () => {
    const shared = { s: 1 };
    const bare = Object.assign(Object.create(null) as object, { k: 'v' });
    expect(payload().set('v', { a: shared, b: shared, bare }).emit()).toBe('{"v":{"a":{"s":1},"b":{"s":1},"bare":{"k":"v"}}}');
  });

  it('checks a base and rejects a non-object base', () => {
    expect(() => payload({ a: undefined })).toThrow('invalid value at "a": found undefined');
    expect(() => payload([] as never)).toThrow('invalid value: found an array, expected an object (or a builder) as the base');
  });

  it('carries structured fields', () => {
    try {
      payload().set('a', { b: Number.NaN });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'JsonValueError', path: 'a.b', found: 'NaN', expected: 'a finite number' });
    }
  });
});
