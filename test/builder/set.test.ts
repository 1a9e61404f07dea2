import { describe, expect, it } from 'vitest';
import { APPEND, JsonValueError, PathConflictError, payload, rawNumber } from '../../src/index.js';
import { thrownMessage } from '../helpers/thrown.js';

describe('set', () => {
  it('creates objects and arrays on the way', () => {
    const built = payload()
      .set('jwt_configuration.secret_encoded', true)
      .set('resource_servers[0].scopes[0]', 'read')
      .set('resource_servers[0].identifier', 'api')
      .build();
    expect(built).toEqual({ jwt_configuration: { secret_encoded: true }, resource_servers: [{ scopes: ['read'], identifier: 'api' }] });
  });

  it('appends at index == length and with []', () => {
    const built = payload().set('a[0]', 1).set('a[1]', 2).set('a[]', 3).push('a', 4).build();
    expect(built).toEqual({ a: [1, 2, 3, 4] });
  });

  it('appends a fresh object for [] in the middle of a path', () => {
    const built = payload().set('items[].id', 1).set('items[].id', 2).set('items[1].name', 'b').build();
    expect(built).toEqual({ items: [{ id: 1 }, { id: 2, name: 'b' }] });
  });

  it('creates nested arrays for consecutive indexes', () => {
    expect(payload().set('m[0][0]', 1).set('m[0][1]', 2).set('m[1][0]', 3).build()).toEqual({ m: [[1, 2], [3]] });
  });

  it('overwrites in place and appends new keys in insertion order', () => {
    const text = payload().set('a', 1).set('b', 2).set('c', 3).set('a', 'again').emit();
    expect(text).toBe('{"a":"again","b":2,"c":3}');
  });

  it('overwrites a container with a scalar at the last segment', () => {
    expect(payload().set('a.b', 1).set('a', null).emit()).toBe('{"a":null}');
  });

  it('accepts segment arrays, including keys the grammar would need quoted', () => {
    const built = payload().set(['client_metadata', 'a.b'], 'x').set(['tags', APPEND], 't').set(['list', 0, 'x'], 1).build();
    expect(built).toEqual({ client_metadata: { 'a.b': 'x' }, tags: ['t'], list: [{ x: 1 }] });
  });

  it('uses the configured delimiter', () => {
    expect(payload({}, { delimiter: '/' }).set('a/b.c/d', 1).emit()).toBe('{"a":{"b.c":{"d":1}}}');
  });

  it('copies values in, so later changes by the caller do not leak', () => {
    const value = { list: [1, 2], nested: { x: 1 } };
    const builder = payload().set('v', value);
    value.list.push(3);
    value.nested.x = 99;
    expect(builder.build()).toEqual({ v: { list: [1, 2], nested: { x: 1 } } });
  });

  it('treats constructor and prototype as ordinary keys', () => {
    expect(payload().set('constructor.prototype.x', 1).emit()).toBe('{"constructor":{"prototype":{"x":1}}}');
  });

  it('keeps raw numbers verbatim in emit and as numbers in build', () => {
    const builder = payload().set('price', rawNumber('1.50')).set('big', rawNumber('12345678901234567890')).set('list', [rawNumber('1e3')]);
    expect(builder.emit()).toBe('{"price":1.50,"big":12345678901234567890,"list":[1e3]}');
    expect(builder.build()).toEqual({ price: 1.5, big: Number('12345678901234567890'), list: [1000] });
    expect(builder.emit({ pretty: true })).toBe('{\n  "price": 1.50,\n  "big": 12345678901234567890,\n  "list": [\n    1e3\n  ]\n}');
  });

  it.each(['01', '1.', '.5', '+1', '1e', 'NaN', '', ' 1', '0x10'])('rejects raw number text %j', (text) => {
    expect(() => rawNumber(text)).toThrow(JsonValueError);
    expect(() => rawNumber(text)).toThrow(`invalid value: found ${JSON.stringify(text)}, expected JSON number text such as "1.50", "-3" or "6.02e23"`);
  });
});

describe('set conflicts and gaps (strict defaults)', () => {
  const message = thrownMessage;

  it('rejects setting through a scalar', () => {
    for (const [value, found] of [
      ['text', 'a string'],
      [5, 'a number'],
      [true, 'a boolean'],
      [null, 'null'],
    ] as const) {
      expect(message(() => payload().set('a', value).set('a.b', 1).build())).toBe(
        `set "a.b": found ${found} at "a", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1); "a" was made by set "a" (update 0)`,
      );
    }
  });

  it('rejects a key on an array and an index on an object', () => {
    expect(message(() => payload().set('a[0]', 1).set('a.b', 1).build())).toBe(
      `set "a.b": found an array at "a", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1); "a" was made by set "a[0]" (update 0)`,
    );
    expect(message(() => payload().set('a.b', 1).set('a[0]', 1).build())).toBe(
      `set "a[0]": found an object at "a", expected an array; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1); "a" was made by set "a.b" (update 0)`,
    );
  });

  it('rejects an index past the end', () => {
    expect(message(() => payload().set('a[0]', 1).set('a[2]', 1).build())).toBe(
      `set "a[2]": found index 2 past the end (length 1) at "a", expected an index from 0 to 1; pass { gaps: 'append' } or { gaps: 'null' } to allow it (update 1); "a" was made by set "a[0]" (update 0)`,
    );
    expect(message(() => payload().set('x.a[3]', 1).build())).toBe(
      `set "x.a[3]": found index 3 past the end (length 0) at "x.a", expected index 0; pass { gaps: 'append' } or { gaps: 'null' } to allow it (update 0)`,
    );
  });

  it('names the failing update and carries structured fields', () => {
    try {
      payload().set('a', 1).set('b', 2).set('a.c', 3).build();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PathConflictError);
      expect(error).toMatchObject({ operation: 'set', path: 'a.c', prefix: 'a', found: 'a number', expected: 'an object', update: 2 });
    }
  });

  it('leaves the builder it was called on unchanged when an update fails', () => {
    const base = payload().set('a', 'text');
    const bad = base.set('a.b', 1);
    expect(() => bad.build()).toThrow(PathConflictError);
    expect(() => bad.emit()).toThrow(PathConflictError);
    expect(base.emit()).toBe('{"a":"text"}');
  });
});

describe('options', () => {
  it("gaps: 'append' appends past the end, like Chilkat", () => {
    expect(payload({}, { gaps: 'append' }).set('a[5]', 1).set('a[9].b', 2).build()).toEqual({ a: [1, { b: 2 }] });
  });

  it("gaps: 'null' pads with nulls", () => {
    expect(payload({}, { gaps: 'null' }).set('a[2]', 1).set('b[1][1]', 2).build()).toEqual({ a: [null, null, 1], b: [null, [null, 2]] });
  });

  it("conflicts: 'replace' replaces what stands in the way", () => {
    expect(payload({ a: 'x', l: { k: 1 } }, { conflicts: 'replace' }).set('a.b', 1).set('l[0]', 2).build()).toEqual({ a: { b: 1 }, l: [2] });
  });

  it("conflicts: 'skip' leaves the whole update out", () => {
    expect(payload({ a: 'x' }, { conflicts: 'skip' }).set('a.b.c', 1).set('d', 2).build()).toEqual({ a: 'x', d: 2 });
  });

  it('cannot replace the root, whatever the option', () => {
    expect(() => payload({}, { conflicts: 'replace' }).set([0], 1).build()).toThrow(
      'set "[0]": found an object at "", expected an array (update 0)',
    );
  });

  it('rejects unknown options and values', () => {
    expect(() => payload({}, { gaps: 'pad' } as never)).toThrow(`invalid option gaps: "pad"; expected 'error', 'append', 'null'`);
    expect(() => payload({}, { nope: 1 } as never)).toThrow('unknown option "nope": expected gaps, conflicts, protoKeys, delimiter or checks');
  });

  it('a builder base keeps its options unless new ones are given', () => {
    const chilkatLike = payload({}, { gaps: 'append' });
    expect(payload(chilkatLike.set('a[0]', 1)).set('a[7]', 2).build()).toEqual({ a: [1, 2] });
    expect(() => payload(chilkatLike, { gaps: 'error' }).set('a[7]', 2).build()).toThrow(PathConflictError);
  });

  it('stores -0 as 0, in the base and in values, since JSON has no negative zero', () => {
    const built = payload({ a: -0 }).set('b', -0).set('c', [-0]).build() as { a: number; b: number; c: number[] };
    expect([Object.is(built.a, 0), Object.is(built.b, 0), Object.is(built.c[0], 0)]).toEqual([true, true, true]);
    expect(payload({ a: -0 }).set('b', -0).emit()).toBe('{"a":0,"b":0}');
  });
});
