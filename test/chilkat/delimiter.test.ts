import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chilkatDelimiterOf, chilkatDelimiterText, createChilkatDelimiterMatcher, trimChilkatBlanks } from '../../src/chilkat/delimiter.js';
import { encodeWtf8 } from './helpers/node-binding.js';

describe('DelimiterChar: one byte of the UTF-8 text it was given', () => {
  it('trims space, tab, CR and LF only, keeps the first character, and nothing left keeps the old delimiter', () => {
    expect(trimChilkatBlanks(' \t\r\nroot.\n ')).toBe('root.');
    expect(chilkatDelimiterOf(' / ')).toBe('/');
    expect(chilkatDelimiterOf(' \t')).toBeUndefined();
    expect(chilkatDelimiterOf('\u00a0/')).toBe('\u00a0');
    expect(chilkatDelimiterOf('\u3000/')).toBe('\u3000');
    expect(chilkatDelimiterOf('\u000b/')).toBe('\u000b');
    expect(chilkatDelimiterOf('😀x')).toBe('😀');
  });

  it('reads back as itself when ASCII and as U+FFFD (a lone byte) otherwise', () => {
    expect(chilkatDelimiterText('|')).toBe('|');
    expect(chilkatDelimiterText('\u00a0')).toBe('\ufffd');
    expect(chilkatDelimiterText('😀')).toBe('\ufffd');
  });

  it('an ASCII delimiter matches only itself', () => {
    const at = createChilkatDelimiterMatcher('/');
    expect(at('a/b', 1)).toStrictEqual({ units: 1, brokenBytes: 0 });
    expect(at('a.b', 1)).toBeUndefined();
    expect(at('a', 5)).toBeUndefined();
  });

  it('a non-ASCII delimiter matches every character whose UTF-8 form starts with the same byte', () => {
    const at = createChilkatDelimiterMatcher('日');
    expect(at('曜', 0)).toStrictEqual({ units: 1, brokenBytes: 2 });
    expect(at('😀', 0)).toBeUndefined();
    expect(at('.', 0)).toBeUndefined();
    expect(createChilkatDelimiterMatcher('😀')('😁', 0)).toStrictEqual({ units: 2, brokenBytes: 3 });
  });

  it('law: a character matches exactly when its first UTF-8 byte is the delimiter\'s, and leaves its other bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), (delimiter, text) => {
        const char = String.fromCodePoint(text.codePointAt(0) ?? 0);
        const wanted = encodeWtf8(String.fromCodePoint(delimiter.codePointAt(0) ?? 0));
        const bytes = encodeWtf8(char);
        const match = createChilkatDelimiterMatcher(delimiter)(char, 0);
        if (bytes[0] !== wanted[0]) expect(match).toBeUndefined();
        else expect(match).toStrictEqual({ units: char.length, brokenBytes: wanted[0]! < 0x80 ? 0 : bytes.length - 1 });
      }),
    );
  });
});
