import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payload } from '../../src/index.js';

// emit() writes most strings and every number without JSON.stringify: its text must still be JSON.stringify's.
describe('emit() writes strings and numbers as JSON.stringify does', () => {
  it('every character from U+0000 to U+00FF, surrogates alone and in pairs', () => {
    const strings = [...Array.from({ length: 256 }, (_, code) => `a${String.fromCharCode(code)}b`), '\ud800', 'x\udfff', '\ud83d\ude00', '\ude00\ud83d', '', '"', '\\', '\u2028\u2029'];
    for (const value of strings) {
      expect(payload().set('s', value).emit()).toBe(JSON.stringify({ s: value }));
      expect(payload().set('a', [value]).emit()).toBe(JSON.stringify({ a: [value] }));
    }
  });

  it('any string and any finite number, alone or in a stored value', () => {
    const value = fc.oneof(fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    fc.assert(
      fc.property(value, (v) => {
        const expected = JSON.stringify({ v, w: { x: [v] } });
        expect(payload().set('v', v).set('w.x[0]', v).emit()).toBe(expected);
        expect(payload().set('v', v).set('w', { x: [v] }).emit()).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
