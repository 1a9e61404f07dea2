import { createChilkatDelimiterMatcher } from './delimiter.js';
import { parseChilkatInt } from './text.js';

/** An array index as written: `[]` or out-of-range values append, `[i]` `[j]` `[k]` read I, J, K. */
export type ChilkatIndex =
  | { readonly type: 'append' }
  | { readonly type: 'variable'; readonly name: 'I' | 'J' | 'K' }
  | { readonly type: 'number'; readonly value: number };

/**
 * One step of a Chilkat path: an object member (raw key text) or an array element. `split` marks
 * a key that starts with the broken rest of a character a non-ASCII delimiter cut (§9.1): the
 * character and its position in the path.
 */
export type ChilkatStep =
  | { readonly type: 'member'; readonly key: string; readonly quoted: boolean; readonly split?: { readonly char: string; readonly at: number } }
  | { readonly type: 'element'; readonly index: ChilkatIndex };

/** A step walked on the way, with the container it has to be (or become). */
export interface ChilkatThroughStep {
  readonly step: ChilkatStep;
  readonly container: 'object' | 'array';
}

/**
 * What a path means, split from the tree walk: Chilkat reads the path as it walks, so a path that
 * fails still creates the containers before the failure point. `through` lists those; `final` is
 * the step written or read, absent when the path fails.
 */
export interface ChilkatPathPlan {
  readonly through: readonly ChilkatThroughStep[];
  readonly final: ChilkatStep | undefined;
  /** Why the path fails, when `final` is absent. */
  readonly failure: string | undefined;
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\n';
}

/**
 * Parses the text between `[` and `]` like Chilkat (docs/chilkat-semantics.md §2.2, indexes).
 *
 * @example
 * parseChilkatIndex(''); //=> { type: 'append' }
 * parseChilkatIndex('index'); //=> { type: 'variable', name: 'I' }
 * parseChilkatIndex(' 1x'); //=> { type: 'number', value: 1 }
 */
export function parseChilkatIndex(text: string): ChilkatIndex {
  if (text === '') return { type: 'append' };
  const first = text.charAt(0).toUpperCase();
  // Only the first character counts: `[index]` and `[i+1]` both mean I.
  if (first === 'I' || first === 'J' || first === 'K') return { type: 'variable', name: first };
  return { type: 'number', value: parseChilkatInt(text) };
}

/**
 * Parses a Chilkat path with Chilkat's lenient rules; it never throws, failures are part of the plan.
 *
 * This is deliberately not the strict core grammar: doubled delimiters, unterminated quotes and
 * junk indexes all mean something here (docs/chilkat-semantics.md §2).
 *
 * @param full - the path with PathPrefix already in front.
 * @param delimiter - the DelimiterChar (one character; a non-ASCII one matches by its first UTF-8 byte).
 * @example
 * parseChilkatPath('a.b[0]', '.').final; //=> { type: 'element', index: { type: 'number', value: 0 } }
 * parseChilkatPath('a.', '.').failure; //=> 'the path ends with a delimiter or an empty key'
 */
export function parseChilkatPath(full: string, delimiter: string): ChilkatPathPlan {
  const through: ChilkatThroughStep[] = [];
  const length = full.length;
  let pos = 0;
  const delimiterAt = createChilkatDelimiterMatcher(delimiter);
  // The rest of a character a non-ASCII delimiter cut (one U+FFFD per byte): it begins the next key (§9.1).
  let carry = '';
  let split: { readonly char: string; readonly at: number } | undefined;
  const fail = (failure: string): ChilkatPathPlan => ({ through, final: undefined, failure });
  const takeDelimiter = (): boolean => {
    const match = delimiterAt(full, pos);
    if (match === undefined) return false;
    if (match.brokenBytes > 0) {
      carry = '\ufffd'.repeat(match.brokenBytes);
      split = { char: full.slice(pos, pos + match.units), at: pos };
    }
    pos += match.units;
    return true;
  };
  const segmentStart = (): void => {
    // Broken bytes are neither blanks nor a delimiter: the key starts right here.
    if (split !== undefined) return;
    while (pos < length && isBlank(full.charAt(pos))) pos += 1;
    // Exactly one delimiter is skipped here, so `a..b` is `a.b` but `a...b` has an empty key.
    takeDelimiter();
  };

  segmentStart();
  for (;;) {
    let key = carry;
    let quoted = false;
    const cut = split;
    carry = '';
    split = undefined;
    if (cut === undefined && full.charAt(pos) === '"') {
      quoted = true;
      pos += 1;
      const start = pos;
      while (pos < length && full.charAt(pos) !== '"') {
        if (full.charAt(pos) === '\\') {
          if (pos + 1 >= length) return fail('a quoted key ends with a lone backslash');
          pos += 2; // the backslash and the character it protects both stay in the key
        } else {
          pos += 1;
        }
      }
      if (pos >= length) {
        key = full.slice(start); // an unterminated quote takes the rest of the path
        pos = length;
      } else {
        key = full.slice(start, pos);
        pos += 1;
      }
    } else {
      const start = pos;
      while (pos < length) {
        const char = full.charAt(pos);
        if (char === '[' || char === '\t' || char === '\r' || char === '\n' || delimiterAt(full, pos) !== undefined) break;
        pos += 1;
      }
      key += full.slice(start, pos);
    }
    const member: ChilkatStep = cut === undefined ? { type: 'member', key, quoted } : { type: 'member', key, quoted, split: cut };

    if (pos >= length) {
      if (key === '' && !quoted) return fail('the path ends with a delimiter or an empty key');
      return { through, final: member, failure: undefined };
    }

    if (full.charAt(pos) === '[') {
      through.push({ step: member, container: 'array' });
      for (;;) {
        pos += 1;
        const close = full.indexOf(']', pos);
        if (close < 0) return fail(`'[' at ${pos - 1} has no closing ']'`);
        const element: ChilkatStep = { type: 'element', index: parseChilkatIndex(full.slice(pos, close)) };
        pos = close + 1;
        while (pos < length && isBlank(full.charAt(pos))) pos += 1;
        if (pos >= length) return { through, final: element, failure: undefined };
        const next = full.charAt(pos);
        if (next === '[') {
          through.push({ step: element, container: 'array' });
          continue;
        }
        if (takeDelimiter()) {
          through.push({ step: element, container: 'object' });
          segmentStart();
          break;
        }
        return fail(`unexpected ${JSON.stringify(next)} at ${pos} after ']'`);
      }
      continue;
    }

    // A delimiter, TAB, CR, LF or anything after a closing quote: the key is an object on the way.
    through.push({ step: member, container: 'object' });
    const stop = full.charAt(pos);
    if (!takeDelimiter()) return fail(`unexpected ${JSON.stringify(stop)} at ${pos} after the key ${JSON.stringify(key)}`);
    segmentStart();
  }
}
