import { describe, expect, it } from 'vitest';
import { payload } from '../../src/index.js';

// The plain replay keeps one place per distinct path and starts a new tree of places past 50,000 of them
// (src/builder/prefix-tree.ts): chains recorded before the new tree must emit and build as before.
describe('emit() and build() across the start of a new tree of places', () => {
  it('give the same payload for chains recorded before and after it', () => {
    let big = payload();
    const expected: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 26_000; i++) {
      const section = `s${i % 7}`;
      big = big.set(`${section}.k${i}`, i).set(`${section}.k${i}b`, i + 0.5);
      const members = (expected[section] ??= {});
      members[`k${i}`] = i;
      members[`k${i}b`] = i + 0.5;
    }
    const small = payload().set('s1.k1', 'x').set('s0.k0', 'y').set('s1.fresh[0]', true);
    // Over 50,000 places after this replay, so the next one starts a new tree.
    expect(big.emit()).toBe(JSON.stringify(expected));
    expect(small.emit()).toBe('{"s1":{"k1":"x","fresh":[true]},"s0":{"k0":"y"}}');
    expect(big.set('s0.k0', 'z').build()).toStrictEqual({ ...expected, s0: { ...expected['s0'], k0: 'z' } });
    expect(payload().set('s0.k0', 1).set('s0.k0b', 2).build()).toStrictEqual({ s0: { k0: 1, k0b: 2 } });
  });
});
