import { describe, expect, it } from 'vitest';
import { payload, rawNumber } from '../../src/index.js';

describe('emit() writes raw numbers verbatim', () => {
  const value = { price: rawNumber('1.50'), list: [rawNumber('1e400'), { big: rawNumber('12345678901234567890') }, []], empty: {} };

  it('inside a stored value, compact and pretty, from a fresh chain and from a state', () => {
    const compact = '{"v":{"price":1.50,"list":[1e400,{"big":12345678901234567890},[]],"empty":{}},"n":2}';
    const fresh = payload().set('v', value).set('n', 2);
    expect(fresh.emit()).toBe(compact);
    // A base makes the chain replay through the copy-on-write tree.
    expect(payload({ v: 0 }).set('v', value).set('n', 2).emit()).toBe(compact);
    expect(fresh.emit({ pretty: true })).toBe(
      '{\n  "v": {\n    "price": 1.50,\n    "list": [\n      1e400,\n      {\n        "big": 12345678901234567890\n      },\n      []\n    ],\n    "empty": {}\n  },\n  "n": 2\n}',
    );
  });

  it('as a member set on its own, and as a number in build()', () => {
    const builder = payload().set('a.b', rawNumber('0.10'));
    expect(builder.emit()).toBe('{"a":{"b":0.10}}');
    expect(builder.emit({ pretty: true, crlf: true })).toBe('{\r\n  "a": {\r\n    "b": 0.10\r\n  }\r\n}');
    expect(builder.build()).toEqual({ a: { b: 0.1 } });
  });
});
