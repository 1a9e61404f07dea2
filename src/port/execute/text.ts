/**
 * The text a value gives when a script joins it into a string or passes it where text is expected,
 * by the language's rules (`10.0` in Java, `10` in VB, `True`/`true`/`1`), from the built-in tables.
 *
 * @example
 * asLanguageText({ kind: 'float', value: 10 }, 'java'); //=> '10.0'
 */
import { BuiltinError, textRulesFor } from '../builtins/index.js';
import { textOf } from '../builtins/text-rules.js';
import { NotTranslated, type PlainValue } from './values.js';

/**
 * The language's text of a value.
 *
 * @param value - The value.
 * @param language - The language id.
 * @returns The text.
 * @throws {@link NotTranslated} for a list or dictionary, or where the language has no rules.
 * @example
 * asLanguageText({ kind: 'text', value: 'a' }, 'go'); //=> 'a'
 */
export function asLanguageText(value: PlainValue, language: string): string {
  if (value.kind === 'text') return value.value;
  if (value.kind === 'integer') return String(value.value);
  const rules = textRulesFor(language);
  if (rules === undefined) throw new NotTranslated(`the text of a ${value.kind} in ${language} is not translated`);
  try {
    return textOf(rules, value);
  } catch (error) {
    if (error instanceof BuiltinError) throw new NotTranslated(error.message);
    throw error;
  }
}
