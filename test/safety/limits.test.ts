import { describe, expect, it } from 'vitest';
import { JsonValueError, PathConflictError, PathSyntaxError, payload, RawNumber, type PathSegment } from '../../src/index.js';
import { CACHE_BYTES, parseCacheStats } from '../../src/path/index.js';

const deepValue = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { d: value };
  return value;
};

describe('limits: each a specific error with its position, never a crash', () => {
  it("gaps: 'null' pads at most 100,000 nulls per update", () => {
    const padded = payload({}, { gaps: 'null' });
    expect(() => padded.set(['list', 1e9], 1).emit()).toThrow(
      `set "list[1000000000]": found index 1000000000 past the end (length 0) at "list", expected an index at most 100000; gaps: 'null' adds at most 100000 nulls per update (update 0)`,
    );
    expect(() => padded.set('a[4294967294]', 1).build()).toThrow(PathConflictError);
    expect(() => padded.set('a[50000000]', 1).emit()).toThrow('expected an index at most 100000');
    expect(() => padded.set('a[0]', 0).set('a[100002]', 1).emit()).toThrow('expected an index at most 100001');
    expect(JSON.parse(padded.set('a[100000]', 1).emit()).a).toHaveLength(100_001);
  });

  it('the largest index the grammar takes is safe under every gaps option', () => {
    expect(() => payload().set('a[4294967294]', 1).emit()).toThrow('found index 4294967294 past the end (length 0) at "a", expected index 0');
    expect(payload({}, { gaps: 'append' }).set('a[4294967294]', 1).emit()).toBe('{"a":[1]}');
    expect(() => payload().set('a[4294967295]', 1)).toThrow(PathSyntaxError);
  });

  it('a path has at most 1,000 segments', () => {
    const path = Array.from({ length: 5000 }, () => 'a').join('.');
    expect(() => payload().set(path, 1)).toThrow(PathSyntaxError);
    expect(() => payload().set(path, 1)).toThrow(/^expected at most 1000 segments \(the nesting limit\) at 2000 in path "a\.a/);
    const segments: PathSegment[] = Array.from({ length: 10_000 }, () => 'a');
    expect(() => payload().set(segments, 1)).toThrow('expected at most 1000 segments (the nesting limit) at segment 1000 in path [10000 segments], found 10000 segments');
    const thousand = Array.from({ length: 1000 }, () => 'a');
    expect(payload().set(thousand, 1).emit()).toBe(`${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`);
  });

  it('a path one segment short of the limit cannot be pushed to, and the error points past its end and counts the append', () => {
    const path = Array.from({ length: 1000 }, () => 'a').join('/');
    const slashed = payload({}, { delimiter: '/' });
    expect(() => slashed.push(path, 1)).toThrow(`expected at most 1000 segments (the nesting limit) at ${path.length} in path "a/a/`);
    // 1,000 keys and push()'s append: "found 1000 segments" would contradict "at most 1000".
    expect(() => slashed.push(path, 1)).toThrow(/, found 1001 segments\n/);
    expect(() => payload().push(Array.from({ length: 1000 }, () => 'a'), 1)).toThrow(
      'expected at most 1000 segments (the nesting limit) at segment 1000 in path [1000 segments], found 1001 segments',
    );
    expect(() => payload().push(Array.from({ length: 999 }, () => 'a'), 1)).not.toThrow();
  });

  it('values nest at most 1,000 levels, path segments included, in set, payload, merge, update and diff', () => {
    const deep = deepValue(4000);
    const message = 'found a container nested deeper than 1000 levels, expected at most 1000 levels of nesting, path segments included';
    for (const call of [
      () => payload().set('v', deep),
      () => payload({ v: deep }),
      () => payload().merge({ v: deep }),
      () => payload().update('v', () => deep).emit(),
      () => payload().diff({ v: deep }),
      () => payload().push('list', deep),
    ]) {
      expect(call).toThrow(JsonValueError);
      expect(call).toThrow(message);
    }
    expect(payload().set('v', deepValue(998)).build()).toBeDefined();
    expect(() => payload().set('v.w', deepValue(999))).toThrow(message);
    const deepArray = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(() => payload().set('v', deepArray)).toThrow(message);
  });

  it('the parse cache stays within its byte budget for huge distinct paths', () => {
    const big = 'k'.repeat(100_000);
    for (let i = 0; i < 300; i++) {
      expect(payload().get(`${big}${i}.x`)).toBeUndefined();
      expect(parseCacheStats().bytes).toBeLessThanOrEqual(CACHE_BYTES);
    }
    // A single path too large for the cache is parsed each time, and still works.
    const huge = 'h'.repeat(2_000_000);
    expect(payload().set(huge, 1).has(huge)).toBe(true);
    expect(parseCacheStats().bytes).toBeLessThanOrEqual(CACHE_BYTES);
  });
});

describe('state pathpatch must not be tricked by', () => {
  it('a forged RawNumber whose text getter answers differently later', () => {
    let reads = 0;
    const forged = Object.create(RawNumber.prototype, {
      text: { get: () => (reads++ === 0 ? '1' : '1,"admin":true') },
    }) as RawNumber;
    const text = payload().set('n', forged).emit();
    expect(text).toBe('{"n":1}');
    expect(JSON.parse(text)).toEqual({ n: 1 });
    // Read once per call: the next call sees the injected text, and refuses it.
    expect(() => payload().merge({ n: forged })).toThrow('invalid value at "n": found a RawNumber whose text is not JSON number text');
  });

  it('options inherited from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['protoKeys'] = 'keep';
    proto['gaps'] = 'append';
    try {
      expect(() => payload({}, {}).set('a.__proto__.x', 1)).toThrow('unsafe key "__proto__"');
      expect(() => payload({}, { conflicts: 'error' }).set('a[3]', 1).emit()).toThrow(PathConflictError);
    } finally {
      delete proto['protoKeys'];
      delete proto['gaps'];
    }
  });

  it('option names that every object inherits', () => {
    expect(() => payload({}, { constructor: 1 } as never)).toThrow('unknown option "constructor": expected gaps, conflicts, protoKeys, delimiter or checks');
    expect(() => payload({}, { toString: 2 } as never)).toThrow('unknown option "toString"');
  });

  it('diff() with values no other method takes', () => {
    const b = payload().set('a', 1);
    expect(() => b.diff({ a: undefined })).toThrow('invalid value at "a": found undefined, expected a JSON value');
    expect(() => b.diff({ a: Number.NaN })).toThrow('invalid value at "a": found NaN, expected a finite number');
    expect(() => b.diff({ a: new Date(0) })).toThrow('found a Date');
    expect(() => b.diff({ a: new Map() })).toThrow('found an instance of Map, expected a plain object');
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(() => b.diff(cycle)).toThrow('invalid value at "self": found a cycle');
    expect(() => b.diff(JSON.parse('{"__proto__":{"x":1}}'))).toThrow('unsafe key "__proto__" at "__proto__"');
    expect(b.diff({ a: 2 })).toEqual([{ op: 'replace', path: '/a', value: 2 }]);
  });
});
