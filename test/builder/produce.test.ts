import '../../src/immer.js';
import { describe, expect, it } from 'vitest';
import { JsonValueError, payload, rawNumber } from '../../src/index.js';

describe('produce() with pathpatch/immer', () => {
  it('hands the recipe numbers, not RawNumber objects', () => {
    const seen: unknown[] = [];
    const text = payload()
      .set('n', rawNumber('3600'))
      .produce((draft: { n: number }) => {
        seen.push(typeof draft.n, draft.n);
        draft.n += 1;
      })
      .emit();
    expect(seen).toEqual(['number', 3600]);
    expect(text).toBe('{"n":3601}');
  });

  it('never freezes what the recipe assigns into the draft, even when the result is rejected', () => {
    const mine = { k: 1 };
    expect(() => payload().produce((draft: Record<string, unknown>) => {
      draft['v'] = globalThis;
    }).build()).toThrow(JsonValueError);
    expect(Object.isExtensible(globalThis)).toBe(true);
    expect(Object.isFrozen(globalThis)).toBe(false);
    const built = payload().produce((draft: Record<string, unknown>) => {
      draft['v'] = mine;
    });
    expect(built.build()).toEqual({ v: { k: 1 } });
    expect(Object.isFrozen(mine)).toBe(false);
    mine.k = 2;
    expect(built.emit()).toBe('{"v":{"k":1}}');
  });
});
