import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../playground/src/share.js';

describe('the shared URL state', () => {
  it('round-trips any text, choice, item and tab', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), fc.option(fc.string(), { nil: undefined }), fc.option(fc.string(), { nil: undefined }), (text, choice, item, tab) => {
        const state = { text, choice, ...(item === undefined ? {} : { item }), ...(tab === undefined ? {} : { tab }) };
        const hash = encodeState(state);
        expect(hash).toMatch(/^#s=[A-Za-z0-9+\-$]*$/);
        expect(decodeState(hash)).toStrictEqual(state);
      }),
    );
  });

  it('compresses: a long script makes a much shorter link', () => {
    const text = 'json.UpdateString("callbacks[0]", "https://app.example/cb")\n'.repeat(50);
    expect(encodeState({ text, choice: 'auto' }).length).toBeLessThan(text.length / 2);
  });

  it('ignores fragments that are missing, cut short or of the wrong shape', () => {
    expect(decodeState('')).toBeUndefined();
    expect(decodeState('#other')).toBeUndefined();
    expect(decodeState(encodeState({ text: 'x'.repeat(200), choice: 'auto' }).slice(0, 20))).toBeUndefined();
    expect(decodeState(`#s=${compressToEncodedURIComponent('[1,2]')}`)).toBeUndefined();
    expect(decodeState(`#s=${compressToEncodedURIComponent('{"text":1,"choice":"auto"}')}`)).toBeUndefined();
  });
});
