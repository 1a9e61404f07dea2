import type { ChilkatMember, ChilkatNode } from './model.js';

/** What Load found: the root's members, or why the text was not understood. */
export type ChilkatLoadResult =
  | { readonly ok: true; readonly members: ChilkatMember[] }
  | { readonly ok: false; readonly reason: string };

class LoadFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Parses JSON text into the Chilkat model, keeping key and scalar texts verbatim (escapes, `1.50e+3`, `01`).
 *
 * Lenient where Chilkat 9.5.0.96 was seen to be: trailing commas are accepted, text after the
 * closing brace is ignored, and scalar tokens are kept as written. Keys are lower-cased when asked
 * (LowerCaseNames). Text that is not an object gives `ok: false`; the caller decides what that means.
 *
 * @example
 * loadChilkatText('{"a":1.50,}', false); //=> { ok: true, members: [{ key: 'a', value: { kind: 'number', text: '1.50' } }] }
 */
export function loadChilkatText(text: string, lowerCaseNames: boolean): ChilkatLoadResult {
  let pos = 0;
  const length = text.length;

  const skipSpace = (): void => {
    while (pos < length) {
      const char = text.charAt(pos);
      if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\n') break;
      pos += 1;
    }
  };
  const expect = (char: string): void => {
    if (text.charAt(pos) !== char) {
      throw new LoadFailure(`expected ${JSON.stringify(char)} at ${pos}, found ${pos < length ? JSON.stringify(text.charAt(pos)) : 'the end'}`);
    }
    pos += 1;
  };
  const readRawString = (): string => {
    expect('"');
    const start = pos;
    while (pos < length && text.charAt(pos) !== '"') pos += text.charAt(pos) === '\\' ? 2 : 1;
    if (pos >= length) throw new LoadFailure(`unterminated string starting at ${start - 1}`);
    const raw = text.slice(start, pos);
    pos += 1;
    return raw;
  };
  const readObject = (): ChilkatMember[] => {
    expect('{');
    const members: ChilkatMember[] = [];
    skipSpace();
    while (text.charAt(pos) !== '}') {
      const rawKey = readRawString();
      skipSpace();
      expect(':');
      skipSpace();
      members.push({ key: lowerCaseNames ? rawKey.toLowerCase() : rawKey, value: readValue() });
      skipSpace();
      if (text.charAt(pos) === ',') {
        pos += 1;
        skipSpace(); // a trailing comma before '}' is accepted
        continue;
      }
      if (text.charAt(pos) !== '}') expect('}');
    }
    pos += 1;
    return members;
  };
  const readArray = (): ChilkatNode[] => {
    expect('[');
    const items: ChilkatNode[] = [];
    skipSpace();
    while (text.charAt(pos) !== ']') {
      items.push(readValue());
      skipSpace();
      if (text.charAt(pos) === ',') {
        pos += 1;
        skipSpace();
        continue;
      }
      if (text.charAt(pos) !== ']') expect(']');
    }
    pos += 1;
    return items;
  };
  const readValue = (): ChilkatNode => {
    const char = text.charAt(pos);
    if (char === '{') {
      const members = readObject();
      return { kind: 'object', members, everHadMembers: members.length > 0 };
    }
    if (char === '[') return { kind: 'array', items: readArray() };
    if (char === '"') return { kind: 'string', text: readRawString() };
    const start = pos;
    while (pos < length && !',}] \t\r\n'.includes(text.charAt(pos))) pos += 1;
    const token = text.slice(start, pos);
    if (token === '') throw new LoadFailure(`expected a value at ${start}`);
    if (token === 'true' || token === 'false' || token === 'null') return { kind: token };
    return { kind: 'number', text: token };
  };

  try {
    skipSpace();
    if (text.charAt(pos) !== '{') return { ok: false, reason: 'the text does not start with a JSON object' };
    return { ok: true, members: readObject() };
  } catch (error) {
    if (error instanceof LoadFailure) return { ok: false, reason: error.reason };
    throw error;
  }
}
