// VBScript's text compared with a number: one rule for run and ported modules (compareVariant), which
// answers only where the documented rule (the number is less than the text) and a numeric reading agree.
import { describe, expect, it } from 'vitest';
import { compareVariant } from '../../../src/port/builtins/variant-compare.js';

describe('compareVariant', () => {
  it('answers where both readings agree, on either side', () => {
    expect([compareVariant('12', '>', 10), compareVariant('12', '<>', 10), compareVariant(3, '<', '12'), compareVariant('12', '<=', 10)]).toEqual([true, true, true, false]);
  });

  it('stops where they differ, or when the text is not a number', () => {
    expect(() => compareVariant('5', '>', 10)).toThrow('VBScript compares the text "5" with a number differently depending on how the number was written; convert the text with CLng or CDbl');
    expect(() => compareVariant('abc', '>', 10)).toThrow('the text "abc"');
    expect(() => compareVariant('10', '=', 10)).toThrow('the text "10"');
  });
});
