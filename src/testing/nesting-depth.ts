/**
 * How deeply arrays and objects nest in JSON text (0 for a scalar), read
 * without parsing, in one pass and without recursion, so that any depth is
 * safe to measure. Brackets inside strings do not count; the text need not
 * be valid JSON.
 *
 * @param text - JSON text.
 * @param stopAbove - stop reading once the depth passes this (the answer is then `stopAbove + 1`).
 * @returns the deepest nesting found.
 * @example
 * ```ts
 * nestingDepth('{"a":[1,{"b":"]]"}]}'); //=> 3
 * nestingDepth('[[[[[[', 3); //=> 4
 * ```
 */
export function nestingDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index += 1;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return deepest;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
