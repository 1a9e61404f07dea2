/**
 * Chilkat's `DelimiterChar`: one byte of the UTF-8 text it was given, matched byte by byte
 * against the UTF-8 form of a path (docs/chilkat-semantics.md §9.1).
 */

// Space, tab, CR and LF: what Chilkat trims from DelimiterChar and PathPrefix (other blanks stay).
const BLANKS = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * Trims Chilkat's four blanks (space, tab, CR, LF) from both ends, as the `DelimiterChar` and
 * `PathPrefix` setters do.
 *
 * @example
 * trimChilkatBlanks(' \troot.\n'); //=> 'root.'
 * trimChilkatBlanks('\u00a0/'); //=> '\u00a0/'
 */
export function trimChilkatBlanks(text: string): string {
  return text.replace(BLANKS, '');
}

/**
 * The delimiter a `DelimiterChar` assignment leaves: the first character after trimming blanks,
 * or `undefined` (the delimiter is unchanged) when nothing is left.
 *
 * A non-ASCII character is kept whole here; only the first byte of its UTF-8 form counts when a
 * path is read (see {@link createChilkatDelimiterMatcher}).
 *
 * @param text - The text assigned.
 * @example
 * chilkatDelimiterOf(' /x '); //=> '/'
 * chilkatDelimiterOf(' \t'); //=> undefined
 * chilkatDelimiterOf('\u00a0/'); //=> '\u00a0'
 */
export function chilkatDelimiterOf(text: string): string | undefined {
  const trimmed = trimChilkatBlanks(text);
  const first = trimmed.codePointAt(0);
  return first === undefined ? undefined : String.fromCodePoint(first);
}

/**
 * What `DelimiterChar` reads back: the delimiter when it is ASCII; otherwise Chilkat returns its
 * one byte, which is not UTF-8 and reads as U+FFFD.
 *
 * @example
 * chilkatDelimiterText('/'); //=> '/'
 * chilkatDelimiterText('é'); //=> '\ufffd'
 */
export function chilkatDelimiterText(delimiter: string): string {
  return (delimiter.codePointAt(0) ?? 0) < 0x80 ? delimiter : '\ufffd';
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// The first byte of a code point's UTF-8 form (a lone surrogate counts as its 3-byte form, as Chilkat stores it).
function leadByte(codePoint: number): number {
  if (codePoint < 0x80) return codePoint;
  if (codePoint < 0x800) return 0xc0 | (codePoint >> 6);
  if (codePoint < 0x10000) return 0xe0 | (codePoint >> 12);
  return 0xf0 | (codePoint >> 18);
}

/** A delimiter found in a path: the UTF-16 units it covers and the broken bytes it leaves behind. */
export interface ChilkatDelimiterMatch {
  /** UTF-16 code units of the path the matched character takes (2 for an astral character). */
  readonly units: number;
  /** Bytes of the character left after its first one (0 for an ASCII delimiter); each reads as U+FFFD. */
  readonly brokenBytes: number;
}

const ASCII_MATCH: ChilkatDelimiterMatch = Object.freeze({ units: 1, brokenBytes: 0 });

/** Finds the delimiter at a position of a path, or returns undefined. */
export type ChilkatDelimiterMatcher = (path: string, pos: number) => ChilkatDelimiterMatch | undefined;

/**
 * Makes the test for "the delimiter is at `pos`". Chilkat compares one byte: with a non-ASCII
 * delimiter, every character whose UTF-8 form starts with the same byte is a delimiter, and its
 * other bytes stay in the path as the start of the next key.
 *
 * @param delimiter - The delimiter, as {@link chilkatDelimiterOf} returned it.
 * @example
 * createChilkatDelimiterMatcher('.')('a.b', 1); //=> { units: 1, brokenBytes: 0 }
 * createChilkatDelimiterMatcher('é')('aèb', 1); //=> { units: 1, brokenBytes: 1 }
 * createChilkatDelimiterMatcher('é')('a.b', 1); //=> undefined
 */
export function createChilkatDelimiterMatcher(delimiter: string): ChilkatDelimiterMatcher {
  const wanted = delimiter.codePointAt(0) ?? 0x2e;
  if (wanted < 0x80) return (path, pos) => (path.charCodeAt(pos) === wanted ? ASCII_MATCH : undefined);
  const lead = leadByte(wanted);
  return (path, pos) => {
    const found = path.codePointAt(pos);
    if (found === undefined || found < 0x80 || leadByte(found) !== lead) return undefined;
    return { units: found > 0xffff ? 2 : 1, brokenBytes: utf8Length(found) - 1 };
  };
}
