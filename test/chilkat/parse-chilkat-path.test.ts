import { describe, expect, it } from 'vitest';
import { parseChilkatIndex, parseChilkatPath } from '../../src/chilkat/parse-chilkat-path.js';

describe('parseChilkatPath: the lenient Chilkat grammar, apart from the strict core', () => {
  it('skips one extra delimiter, a third makes an empty key', () => {
    expect(parseChilkatPath('a..b', '.').through.map((t) => t.step)).toStrictEqual([{ type: 'member', key: 'a', quoted: false }]);
    expect(parseChilkatPath('a...b', '.').through.map((t) => t.step)).toStrictEqual([
      { type: 'member', key: 'a', quoted: false },
      { type: 'member', key: '', quoted: false },
    ]);
  });

  it('keeps backslashes inside quotes and takes the rest of an unterminated quote', () => {
    expect(parseChilkatPath('"a\\"b"', '.').final).toStrictEqual({ type: 'member', key: 'a\\"b', quoted: true });
    expect(parseChilkatPath('"a.b', '.').final).toStrictEqual({ type: 'member', key: 'a.b', quoted: true });
    expect(parseChilkatPath('"\\', '.').failure).toBe('a quoted key ends with a lone backslash');
  });

  it('records the containers a failing path creates before it fails', () => {
    const plan = parseChilkatPath('p.q[0][1', '.');
    expect(plan.final).toBeUndefined();
    expect(plan.through.map((t) => t.container)).toStrictEqual(['object', 'array', 'array']);
    expect(plan.failure).toBe("'[' at 6 has no closing ']'");
  });

  it('a non-ASCII delimiter splits by byte: the rest of a cut character begins the next key, never a quote or a skipped delimiter', () => {
    const plan = parseChilkatPath('eè"x"', 'é');
    expect(plan.through.map((t) => t.step)).toStrictEqual([{ type: 'member', key: 'e', quoted: false }]);
    expect(plan.final).toStrictEqual({ type: 'member', key: '\ufffd"x"', quoted: false, split: { char: 'è', at: 1 } });
    expect(parseChilkatPath('aéé', 'é').through.map((t) => t.step)).toStrictEqual([
      { type: 'member', key: 'a', quoted: false },
      { type: 'member', key: '\ufffd', quoted: false, split: { char: 'é', at: 1 } },
    ]);
    expect(parseChilkatPath('"géh"', 'é').final).toStrictEqual({ type: 'member', key: 'géh', quoted: true });
  });

  it('reads indexes like Chilkat: variables by first letter, 32-bit wrap, junk is 0', () => {
    expect(parseChilkatIndex('index')).toStrictEqual({ type: 'variable', name: 'I' });
    expect(parseChilkatIndex(' i')).toStrictEqual({ type: 'number', value: 0 });
    expect(parseChilkatIndex('4294967297')).toStrictEqual({ type: 'number', value: 1 });
    expect(parseChilkatIndex('2147483648')).toStrictEqual({ type: 'number', value: -2147483648 });
    expect(parseChilkatIndex('\t+1x')).toStrictEqual({ type: 'number', value: 1 });
    expect(parseChilkatIndex('\n1')).toStrictEqual({ type: 'number', value: 0 });
  });
});
