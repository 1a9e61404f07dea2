import { applyPatch, deepClone } from 'fast-json-patch';
import '../../src/immer.js';
import { describe, expect, it } from 'vitest';
import { JsonValueError, PathConflictError, PathSyntaxError, payload, rawNumber } from '../../src/index.js';

describe('object() and array()', () => {
  it('create a missing container and keep an existing one', () => {
    const built = payload().set('a.x', 1).object('a').object('b').array('c').set('c[0]', 1).array('c').build();
    expect(built).toEqual({ a: { x: 1 }, b: {}, c: [1] });
  });

  it('refuse a container of the other kind under the strict default', () => {
    expect(() => payload().set('a', []).object('a').build()).toThrow(
      `object "a": found an array at "a", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1)`,
    );
    expect(payload({ a: 1 }, { conflicts: 'replace' }).array('a').build()).toEqual({ a: [] });
    expect(payload({ a: 1 }, { conflicts: 'skip' }).array('a').build()).toEqual({ a: 1 });
  });
});

describe('push()', () => {
  it('appends, creating the array', () => {
    expect(payload().push('tags', 'a').push('tags', 'b').push('x.y', { z: 1 }).build()).toEqual({ tags: ['a', 'b'], x: { y: [{ z: 1 }] } });
  });
});

describe('remove()', () => {
  it('removes members and elements; a missing path is a no-op', () => {
    const base = payload({ a: { b: 1, c: 2 }, l: [1, 2, 3] });
    expect(base.remove('a.b').remove('l[0]').remove('missing.x').remove('l[9]').build()).toEqual({ a: { c: 2 }, l: [2, 3] });
  });

  it('refuses [] and a wrong kind on the way', () => {
    expect(() => payload().remove('a[]')).toThrow(PathSyntaxError);
    expect(() => payload().remove('a[]')).toThrow('expected an index (remove() reads, and "[]" only appends) at 1 in path "a[]", found "[]"');
    expect(() => payload({ a: 'x' }).remove('a.b').build()).toThrow(PathConflictError);
    expect(payload({ a: 'x' }, { conflicts: 'skip' }).remove('a.b').build()).toEqual({ a: 'x' });
  });
});

describe('update()', () => {
  it('maps the current value', () => {
    const seen: unknown[] = [];
    const built = payload({ n: 1 })
      .update('n', (n) => (n as number) + 1)
      .update('missing.deep', (v) => {
        seen.push(v);
        return 'made';
      })
      .build();
    expect(built).toEqual({ n: 2, missing: { deep: 'made' } });
    expect(seen).toEqual([undefined]);
  });

  it('passes the user error through unchanged and validates the result', () => {
    const boom = new Error('mine');
    expect(() =>
      payload()
        .update('a', () => {
          throw boom;
        })
        .build(),
    ).toThrow(boom);
    expect(() => payload().update('a.b', () => undefined).build()).toThrow('invalid value at "a.b": found undefined, expected a JSON value; use null, or remove() the member');
  });

  it('hands the callback frozen data, also for parts made earlier in the same chain', () => {
    const seen: unknown[] = [];
    const text = payload()
      .set('a.b', 1)
      .update('a', (a) => {
        seen.push(a);
        expect(() => {
          (a as Record<string, unknown>)['c'] = 2;
        }).toThrow(TypeError);
        return { ...(a as object), d: 3 };
      })
      .emit();
    expect(text).toBe('{"a":{"b":1,"d":3}}');
    expect(Object.isFrozen(seen[0])).toBe(true);
  });

  it('hands the callback frozen data from a base', () => {
    payload({ a: { b: 1 } })
      .update('a', (a) => {
        expect(Object.isFrozen(a)).toBe(true);
        return a;
      })
      .build();
  });
});

describe('merge()', () => {
  it('merges objects deeply and replaces arrays and scalars', () => {
    const built = payload({ a: { x: 1, y: [1, 2] }, s: 'keep' })
      .merge({ a: { y: [3], z: true }, n: null })
      .build();
    expect(built).toEqual({ a: { x: 1, y: [3], z: true }, s: 'keep', n: null });
  });

  it('takes another builder', () => {
    const extra = payload().set('a.z', 2);
    expect(payload().set('a.x', 1).merge(extra).emit()).toBe('{"a":{"x":1,"z":2}}');
  });

  it('rejects a non-object', () => {
    expect(() => payload().merge([1] as never)).toThrow('invalid value: found an array, expected an object (or a builder) to merge');
  });
});

describe('when(), pipe(), produce()', () => {
  it('when applies the function only when the condition holds', () => {
    const b = payload().set('a', 1);
    expect(b.when(false, (x) => x.set('b', 2))).toBe(b);
    expect(b.when(true, (x) => x.set('b', 2)).emit()).toBe('{"a":1,"b":2}');
    expect(b.when((x) => x.has('a'), (x) => x.set('c', 3)).emit()).toBe('{"a":1,"c":3}');
  });

  it('a callback that is not a function is a TypeError naming the method and what was found', () => {
    // Without the check, the built package said "n is not a function", a minified variable's name.
    const b = payload().set('a', 1);
    expect(() => b.when(true, undefined as never)).toThrow(new TypeError('when() expects a function, found undefined'));
    expect(() => b.pipe((x) => x, 5 as never)).toThrow(new TypeError('pipe() expects a function, found number'));
    expect(() => b.produce('draft' as never)).toThrow(new TypeError('produce() expects a function, found string'));
    expect(() => b.when(true, () => null as never)).toThrow(new TypeError('the function given to when() must return a builder, found null'));
  });

  it('pipe applies functions in order', () => {
    const withName = (name: string) => (b: ReturnType<typeof payload>) => b.set('name', name);
    expect(payload().pipe(withName('a'), (b) => b.set('sso', true), withName('b')).emit()).toBe('{"name":"b","sso":true}');
  });

  it('produce edits an immer draft and validates the result', () => {
    const base = payload({ list: [1], o: { k: 'v' } });
    const next = base.produce((draft: { list: number[]; o: Record<string, unknown> }) => {
      draft.list.push(2);
      draft.o['n'] = 1;
    });
    expect(next.emit()).toBe('{"list":[1,2],"o":{"k":"v","n":1}}');
    expect(base.emit()).toBe('{"list":[1],"o":{"k":"v"}}');
    expect(() =>
      payload()
        .produce((draft: Record<string, unknown>) => {
          draft['when'] = new Date(0);
        })
        .build(),
    ).toThrow(JsonValueError);
  });
});

describe('build(), emit(), toJSON()', () => {
  it('build is deeply frozen and cached', () => {
    const builder = payload().set('a.b[0].c', 1);
    const built = builder.build();
    expect(builder.build()).toBe(built);
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built['a'])).toBe(true);
    expect(Object.isFrozen((built['a'] as { b: unknown[] }).b)).toBe(true);
  });

  it('branches of a built builder share its unchanged parts', () => {
    const base = payload().set('big.x', 1).set('other.y', 2);
    const baseBuilt = base.build();
    const branch = base.set('other.z', 3).build();
    expect(branch['big']).toBe(baseBuilt['big']);
    expect(branch['other']).not.toBe(baseBuilt['other']);
    expect(baseBuilt).toEqual({ big: { x: 1 }, other: { y: 2 } });
  });

  it('emits compact, pretty and CRLF text', () => {
    const builder = payload().set('a', [1, { b: {} }]).set('e', []);
    expect(builder.emit()).toBe(JSON.stringify(builder.build()));
    expect(builder.emit({ pretty: true })).toBe('{\n  "a": [\n    1,\n    {\n      "b": {}\n    }\n  ],\n  "e": []\n}');
    expect(builder.emit({ pretty: true, crlf: true })).toBe(builder.emit({ pretty: true }).replace(/\n/g, '\r\n'));
    expect(JSON.stringify(builder)).toBe(builder.emit());
  });
});

describe('get(), has(), entries(), equals()', () => {
  const builder = payload()
    .set('a.b[0]', 'x')
    .set('a.c', null)
    .object('o')
    .array('l')
    .set(['k.d'], 1);

  it('reads values', () => {
    expect(builder.get('a.b[0]')).toBe('x');
    expect(builder.get('a.b')).toEqual(['x']);
    expect(builder.get('a.c')).toBeNull();
    expect(builder.get('a.missing.deep')).toBeUndefined();
    expect(builder.get('a.b.x')).toBeUndefined();
    expect(builder.has('a.c')).toBe(true);
    expect(builder.has('a.d')).toBe(false);
    expect(builder.has('a.b[1]')).toBe(false);
    expect(() => builder.get('a[')).toThrow(PathSyntaxError);
  });

  it('lists every leaf with its canonical path', () => {
    expect(builder.entries()).toEqual([
      ['a.b[0]', 'x'],
      ['a.c', null],
      ['o', {}],
      ['l', []],
      ['"k.d"', 1],
    ]);
  });

  it('compares as JSON, ignoring member order', () => {
    expect(payload().set('a', 1).set('b', 2).equals(payload().set('b', 2).set('a', 1))).toBe(true);
    expect(payload().set('a', 1).equals({ a: 1 })).toBe(true);
    expect(payload().set('a', [1, 2]).equals({ a: [2, 1] })).toBe(false);
    expect(payload().set('a', rawNumber('1.0')).equals({ a: 1 })).toBe(true);
  });
});

describe('diff(), toJsonPatch(), toMergePatch()', () => {
  it('diff gives RFC 6902 operations from this payload to the other', () => {
    const a = payload({ keep: 1, gone: 2, list: [1, 2, 3], o: { x: 1 } });
    const b = payload({ keep: 1, list: [1, 9], o: { x: 1, y: { z: 1 } }, added: 'n' });
    const ops = a.diff(b);
    expect(ops).toEqual([
      { op: 'remove', path: '/gone' },
      { op: 'replace', path: '/list/1', value: 9 },
      { op: 'remove', path: '/list/2' },
      { op: 'add', path: '/o/y', value: { z: 1 } },
      { op: 'add', path: '/added', value: 'n' },
    ]);
    expect(applyPatch(deepClone(a.build()), ops).newDocument).toEqual(b.build());
  });

  it('toJsonPatch turns the base into the result, creating parents', () => {
    const base = { name: 'old', callbacks: ['a'] };
    const builder = payload(base).set('name', 'new').set('jwt_configuration.alg', 'RS256').push('callbacks', 'b').remove('callbacks[0]');
    const ops = builder.toJsonPatch();
    expect(ops).toEqual([
      { op: 'replace', path: '/name', value: 'new' },
      { op: 'replace', path: '/callbacks/0', value: 'b' },
      { op: 'add', path: '/jwt_configuration', value: { alg: 'RS256' } },
    ]);
    expect(applyPatch(deepClone(base), ops).newDocument).toEqual(builder.build());
  });

  it('toMergePatch gives the RFC 7386 patch', () => {
    const builder = payload({ a: { x: 1, y: 2 }, list: [1], gone: true }).set('a.x', 5).remove('gone').push('list', 2);
    expect(builder.toMergePatch()).toEqual({ a: { x: 5 }, list: [1, 2], gone: null });
    expect(payload().set('a.b', 1).toMergePatch()).toEqual({ a: { b: 1 } });
  });

  it('toMergePatch refuses a member set to null, which a merge patch cannot say', () => {
    expect(() => payload().set('a.b', null).toMergePatch()).toThrow(
      'invalid value at "a.b": found null, expected a non-null value; a JSON Merge Patch (RFC 7386) reads null as "delete this member"; use toJsonPatch() to set a member to null',
    );
  });
});
