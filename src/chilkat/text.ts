/**
 * Text rules of the Chilkat layer: how values are escaped when stored, how
 * stored text is read back, and the checks that keep Emit valid JSON.
 */

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
};

/**
 * Escapes a value the way Chilkat stores strings: `"` `\` and control characters only, upper-case `\u00XX`.
 *
 * `/`, DEL, C1 controls, U+2028 and everything else stay raw (docs/chilkat-semantics.md §7.1).
 *
 * @example
 * escapeChilkatText('a"b\u000b'); //=> 'a\\"b\\u000B'
 */
export function escapeChilkatText(value: string): string {
  let out = '';
  let start = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0x20 && code !== 0x22 && code !== 0x5c) continue;
    out += value.slice(start, index);
    out += SHORT_ESCAPES[code] ?? `\\u00${code.toString(16).toUpperCase().padStart(2, '0')}`;
    start = index + 1;
  }
  return start === 0 ? value : out + value.slice(start);
}

const UNESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Reads stored text back as Chilkat's StringOf and NameAt do: known escapes decoded, unknown ones dropped.
 *
 * Observed: `\.` and a trailing lone `\` vanish; `\u` with fewer than four characters left is dropped;
 * otherwise `\u` takes four characters and decodes the hex digits they start with (`\u1]k1` is U+0001).
 *
 * @example
 * unescapeChilkatText('a\\u0041\\.b'); //=> 'aAb'
 */
export function unescapeChilkatText(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  let index = 0;
  while (index < raw.length) {
    const char = raw.charAt(index);
    if (char !== '\\') {
      out += char;
      index += 1;
      continue;
    }
    const next = raw.charAt(index + 1);
    if (next === 'u') {
      const hex = raw.slice(index + 2, index + 6);
      if (hex.length < 4) {
        index += 2;
        continue;
      }
      // Chilkat takes four characters and reads the hex digits they start with, after blanks and
      // control characters (none gives U+0000): `\u1]k1` is U+0001, `\u\x01004` is U+0004.
      let skip = 0;
      while (skip < hex.length && hex.charCodeAt(skip) <= 0x20) skip += 1;
      const digits = /^[0-9a-fA-F]*/.exec(hex.slice(skip))?.[0] ?? '';
      out += String.fromCharCode(digits === '' ? 0 : Number.parseInt(digits, 16));
      index += 6;
      continue;
    }
    const decoded = UNESCAPES[next];
    if (decoded !== undefined) out += decoded;
    index += 2;
  }
  return out;
}

/**
 * Finds the first lone UTF-16 surrogate, which no UTF-8 text can carry.
 *
 * @example
 * findLoneSurrogate('a\ud800'); //=> 1
 * findLoneSurrogate('😀'); //=> -1
 */
export function findLoneSurrogate(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
      return index;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return index;
  }
  return -1;
}

/**
 * Explains why raw key text would not make a valid JSON string between quotes, or returns undefined.
 *
 * Chilkat prints keys from paths unescaped, so a `"`, a control character or a bad escape in one
 * breaks the document.
 *
 * @example
 * explainInvalidKeyText('a"b'); //=> 'an unescaped \'"\' at 1'
 * explainInvalidKeyText('a\\u0041'); //=> undefined
 */
export function explainInvalidKeyText(raw: string): string | undefined {
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if (code === 0x22) return `an unescaped '"' at ${index}`;
    if (code < 0x20) return `a raw control character U+${code.toString(16).toUpperCase().padStart(4, '0')} at ${index}`;
    if (code === 0x5c) {
      const next = raw.charAt(index + 1);
      if (next === 'u') {
        if (!HEX4.test(raw.slice(index + 2, index + 6))) return `an invalid \\u escape at ${index}`;
        index += 5;
      } else if (next === '' || UNESCAPES[next] === undefined) {
        // A control character is named, so that the message stays on one line.
        const shown = next !== '' && next < ' ' ? `(a backslash before U+${next.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})` : `'\\${next}'`;
        return `an invalid escape ${shown} at ${index}`;
      } else {
        index += 1;
      }
    }
  }
  const lone = findLoneSurrogate(raw);
  if (lone >= 0) return `a lone surrogate at ${lone}`;
  return undefined;
}

const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * Tells whether text is a number by JSON's grammar (RFC 8259 §6).
 *
 * @example
 * isJsonNumberText('1.50'); //=> true
 * isJsonNumberText('+1'); //=> false
 */
export function isJsonNumberText(text: string): boolean {
  return JSON_NUMBER.test(text);
}

/**
 * Reads a 32-bit integer the way Chilkat does for indexes and IntOf: spaces and tabs, one sign, digits, wrap-around.
 *
 * @example
 * parseChilkatInt(' -12x'); //=> -12
 * parseChilkatInt('4294967297'); //=> 1
 */
export function parseChilkatInt(text: string): number {
  let index = 0;
  while (text.charAt(index) === ' ' || text.charAt(index) === '\t') index += 1;
  let negative = false;
  const sign = text.charAt(index);
  if (sign === '+' || sign === '-') {
    negative = sign === '-';
    index += 1;
  }
  let value = 0;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x30 || code > 0x39) break;
    // 32-bit accumulation with wrap-around, as the C code does.
    value = (Math.imul(value, 10) + (code - 0x30)) | 0;
  }
  return negative ? -value | 0 : value;
}

/**
 * Prints a 32-bit int as Chilkat does, including its `-8` for -2147483648 (docs/chilkat-semantics.md §7.3).
 *
 * @example
 * formatChilkatInt(-2147483648); //=> '-8'
 * formatChilkatInt(42); //=> '42'
 */
export function formatChilkatInt(value: number): string {
  // Chilkat's int-to-text loses every digit but the last of INT_MIN; kept for byte-exact output.
  return value === -2147483648 ? '-8' : String(value);
}
