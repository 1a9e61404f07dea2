// Number-to-text rules per language, checked against what real runtimes printed (facts.json, recorded by
// record-facts.ts with python3, perl, java and gcc) and, for runtimes not on this machine, against the
// examples their documentation gives (cited beside each case).
import { describe, expect, it } from 'vitest';
import { fixedText, floatText } from '../../../src/port/builtins/number-text.js';
import { FACT_FLOATS, type Facts } from './fact-inputs.js';
import recorded from './facts.json' with { type: 'json' };

const facts = recorded as Facts;

describe('floatText', () => {
  it.each([['python'], ['perl'], ['java']] as const)('writes every recorded double as %s does', (style) => {
    expect(FACT_FLOATS.map((value) => floatText(style, value))).toEqual(facts[style]?.floatText);
  });

  it('writes doubles the way JavaScript does for the js style (the target language itself)', () => {
    for (const value of FACT_FLOATS) expect(floatText('js', value)).toBe(String(value));
  });

  // .NET: Double.ToString() examples (https://learn.microsoft.com/dotnet/api/system.double.tostring).
  it('writes .NET and VB doubles in the "G" layout, VB with 15 digits', () => {
    expect([10, 3.5, 1e15, 1e14, 0.0001, 0.00001, 0.1 + 0.2].map((value) => floatText('dotnet', value))).toEqual(['10', '3.5', '1E+15', '100000000000000', '0.0001', '1E-05', '0.30000000000000004']);
    expect([10, 0.1 + 0.2, 1 / 3, 1e16].map((value) => floatText('vb', value))).toEqual(['10', '0.3', '0.333333333333333', '1E+16']);
  });

  // PHP: precision=14, echo 1e15 prints 1.0E+15 (https://www.php.net/manual/en/language.types.float.php).
  it('writes PHP floats with 14 digits and a 1.0E+N exponent', () => {
    expect([10, 0.1 + 0.2, 1e14, 1e15, 0.00001, 1.5].map((value) => floatText('php', value))).toEqual(['10', '0.3', '1.0E+14', '1.0E+15', '1.0E-5', '1.5']);
  });

  it('writes Ruby floats like Python, with 1.0e+16 in exponent form', () => {
    expect([10, 1e16, 0.00001].map((value) => floatText('ruby', value))).toEqual(['10.0', '1.0e+16', '1.0e-05']);
  });

  it('writes Go %v floats with the shortest digits and an exponent from 1e+21', () => {
    expect([10, 3.5, 1e20, 1e21, 0.00001].map((value) => floatText('go', value))).toEqual(['10', '3.5', '100000000000000000000', '1e+21', '1e-05']);
  });

  it('writes Delphi FloatToStr text with 15 digits and an unsigned E exponent', () => {
    expect([10, 1e15, 1.5e-7, 0.00001].map((value) => floatText('delphi', value))).toEqual(['10', '1E15', '1.5E-7', '0.00001']);
  });
});

describe('fixedText', () => {
  it('rounds the exact binary value in C (ties to even) and the decimal text half up in Java', () => {
    expect([fixedText('c', 2.675, 2), fixedText('c', 0.125, 2), fixedText('c', 0.375, 2), fixedText('python', 11.25, 1)]).toEqual(['2.67', '0.12', '0.38', '11.2']);
    expect([fixedText('java', 2.675, 2), fixedText('java', 0.125, 2), fixedText('java', 10, 1), fixedText('java', -0.001, 2)]).toEqual(['2.68', '0.13', '10.0', '-0.00']);
  });

  it('rounds VB Format on its 15-digit text, half up', () => {
    expect([fixedText('vb', 4, 2), fixedText('vb', 11.25, 1), fixedText('vb', 2.675, 2), fixedText('vb', 0.999, 2)]).toEqual(['4.00', '11.3', '2.68', '1.00']);
  });
});
