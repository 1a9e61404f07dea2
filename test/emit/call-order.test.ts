import { describe, expect, it } from 'vitest';
import { payload } from '../../src/index.js';

describe('emit() keeps the order of the calls', () => {
  it('writes integer-like keys where their call put them', () => {
    const builder = payload().set('b', 1).set('2024', 2).set('a.10', 1).set('a.9', 2).set('a.x', 3);
    expect(builder.emit()).toBe('{"b":1,"2024":2,"a":{"10":1,"9":2,"x":3}}');
    expect(builder.emit({ pretty: true })).toBe('{\n  "b": 1,\n  "2024": 2,\n  "a": {\n    "10": 1,\n    "9": 2,\n    "x": 3\n  }\n}');
    // build() returns JavaScript objects, which list integer-like keys first, in ascending order.
    expect(Object.keys(builder.build())).toEqual(['2024', 'b', 'a']);
  });

  it('keeps an overwritten member in its place and puts a removed-then-set member last', () => {
    expect(payload().set('a', 1).set('b', 2).set('a', 3).emit()).toBe('{"a":3,"b":2}');
    expect(payload().set('a', 1).set('b', 2).remove('a').set('a', 3).emit()).toBe('{"b":2,"a":3}');
  });

  it('writes a base and values set whole in their own order, then the calls', () => {
    expect(payload({ z: 1, 5: 'five' }).set('1', 'one').set('z', 2).emit()).toBe('{"5":"five","z":2,"1":"one"}');
  });

  it('keeps the call order of a builder given as a base or to merge(), integer-like keys included', () => {
    const other = payload().set('b.b', 1).set('b.2024', 2).set('7', []);
    expect(payload(other).set('x', 1).emit()).toBe('{"b":{"b":1,"2024":2},"7":[],"x":1}');
    expect(payload().set('x', 1).merge(other).emit()).toBe('{"x":1,"b":{"b":1,"2024":2},"7":[]}');
    expect(payload().set('b.a', 0).merge(other).emit()).toBe('{"b":{"a":0,"b":1,"2024":2},"7":[]}');
  });
});
