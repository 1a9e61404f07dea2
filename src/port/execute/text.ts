/**
 * The text a value gives when a script joins it into a string or passes it where text is expected.
 * Languages disagree on decimals (`10.0` in Java, `10` in VB) and booleans (`True`, `true`, `1`):
 * until their rules are in the built-in table, those cases are reported rather than guessed.
 *
 * @example
 * asLanguageText({ kind: 'integer', value: 3 }, 'vb6'); //=> '3'
 */
import { NotTranslated, type PlainValue } from './values.js';

/**
 * The language's text of a value.
 *
 * @param value - The value.
 * @param language - The language id.
 * @returns The text.
 * @throws {@link NotTranslated} where the language's spelling is not known.
 * @example
 * asLanguageText({ kind: 'text', value: 'a' }, 'go'); //=> 'a'
 */
export function asLanguageText(value: PlainValue, language: string): string {
  switch (value.kind) {
    case 'text':
      return value.value;
    case 'integer':
      return String(value.value);
    case 'float':
      if (Number.isInteger(value.value) || !Number.isFinite(value.value)) throw new NotTranslated(`the text of the number ${String(value.value)} in ${language} is not translated`);
      return String(value.value);
    default:
      throw new NotTranslated(`the text of a ${value.kind} in ${language} is not translated`);
  }
}
