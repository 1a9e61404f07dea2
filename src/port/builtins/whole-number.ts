/**
 * The text of a whole number, read the same way by `run` and by a ported module (which imports
 * {@link parseWholeNumber} from `pathpatch/port`): an optional sign and decimal digits, with spaces
 * around them where the language allows it (VB's `CInt`, Python's `int`, C#'s `int.Parse`; Delphi's
 * `StrToInt` is read without). Any other text (a fraction, hex, a thousands separator) is refused
 * rather than read by one language's rules for another's.
 *
 * @example
 * parseWholeNumber(' 12 '); //=> 12
 */

const SPACED = /^\s*[-+]?\d+\s*$/;
const BARE = /^[-+]?\d+$/;

/**
 * Whether a text is a whole number {@link parseWholeNumber} reads.
 *
 * @param text - The text.
 * @param spaced - Whether spaces around the number are allowed.
 * @returns Whether it is read.
 * @example
 * isWholeNumberText('1.5'); //=> false
 */
export function isWholeNumberText(text: string, spaced = true): boolean {
  return (spaced ? SPACED : BARE).test(text);
}

/**
 * Reads the text of a whole number (see the module comment).
 *
 * @param text - The text (a command-line argument, a field).
 * @param spaced - Whether spaces around the number are allowed.
 * @returns The number.
 * @throws Error naming the text when it is not a whole number.
 * @example
 * parseWholeNumber('-3', false); //=> -3
 */
export function parseWholeNumber(text: string, spaced = true): number {
  if (!isWholeNumberText(text, spaced)) throw new Error(`${JSON.stringify(text)} is not the text of a whole number`);
  return Number(text);
}
