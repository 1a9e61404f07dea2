/**
 * VBScript's comparison of a text with a number (`WScript.Arguments(0) > 10`), read the same way by
 * `run` and by a ported module (which imports {@link compareVariant} from `pathpatch/port`). VBScript's
 * documentation says the number is less than the text
 * (https://learn.microsoft.com/previous-versions/9hck4s70(v=vs.84)), while a number written in the script
 * may be compared as a number instead; the answer is given only where both readings agree, and any
 * other comparison stops with an error naming the text.
 *
 * @example
 * compareVariant('12', '>', 10); //=> true
 */

/** The languages whose values are Variants (VBScript, ASP). */
const VARIANT_LANGUAGES = new Set(['vbscript', 'asp']);

/**
 * Whether a comparison of values of these kinds follows {@link compareVariant} in the language: a text
 * against a number in VBScript or ASP. The one test `run` and ported modules share.
 *
 * @param language - The script's language id.
 * @param left - The left value's kind (`text`, `integer`, `float`, ...).
 * @param right - The right value's kind.
 * @returns Whether to compare with compareVariant.
 * @example
 * followsVariant('vbscript', 'text', 'integer'); //=> true
 */
export function followsVariant(language: string, left: string, right: string): boolean {
  const isNumber = (kind: string): boolean => kind === 'integer' || kind === 'float';
  return VARIANT_LANGUAGES.has(language) && ((left === 'text' && isNumber(right)) || (isNumber(left) && right === 'text'));
}

const ORDER: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '=': (a, b) => a === b, '<>': (a, b) => a !== b, '<': (a, b) => a < b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b,
};

/**
 * Compares a text with a number, or a number with a text, as VBScript may (see the module comment).
 *
 * @param left - The left side: a text or a number.
 * @param op - `=`, `<>`, `<`, `>`, `<=` or `>=`.
 * @param right - The right side: a number when `left` is a text, a text when it is a number.
 * @returns The comparison's result.
 * @throws Error when the two readings differ (a text such as `"5"` against `10`, or a text that is not a number).
 * @example
 * compareVariant(3, '<', '12'); //=> true
 */
export function compareVariant(left: string | number, op: string, right: string | number): boolean {
  const order = ORDER[op];
  if (order === undefined) throw new Error(`${op} is not a VBScript comparison`);
  const text = typeof left === 'string' ? left : right;
  // The documented reading: the number is less than the text.
  const byVariant = typeof left === 'string' ? order(1, 0) : order(0, 1);
  const numeric = typeof text === 'string' && /^\s*[-+]?\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : undefined;
  const asNumbers = numeric === undefined ? undefined : typeof left === 'string' ? order(numeric, Number(right)) : order(Number(left), numeric);
  if (asNumbers !== byVariant) throw new Error(`VBScript compares the text ${JSON.stringify(text)} with a number differently depending on how the number was written; convert the text with CLng or CDbl`);
  return byVariant;
}
