/**
 * How a language turns any value into text when it converts or concatenates
 * (`CStr(x)`, `"a" & x`, `str(x)`, `"$x"`, `x.to_s`): the float style, the
 * words for booleans and for null. One rule per language for `run`
 * ({@link textOf}) and `port` ({@link emitText}).
 *
 * @example
 * textOf(TEXT_RULES.java, float(10)); //=> '10.0'
 */
import { BuiltinArgumentError } from './errors.js';
import { operand, type Emitted, type Operand } from './emit.js';
import { floatText, type FloatStyle } from './number-text.js';
import type { ScriptValue } from './value.js';

/**
 * A language's text conversion.
 *
 * @example
 * const rules: TextRules = { float: 'python', booleans: ['True', 'False'], null: 'None' };
 */
export interface TextRules {
  readonly float: FloatStyle;
  /** The text of true and of false. */
  readonly booleans: readonly [string, string];
  readonly null: string;
}

// Booleans: VB CStr(True) is "True" (and VB6/VBScript booleans are -1/0 as numbers), .NET Boolean.ToString is
// "True", Python str(True) "True", PHP and Perl turn true into "1" and false into "", Java/JS/Go/Ruby/Swift
// write "true". AutoIt writes a float with 15 significant digits ("%.15g") and booleans as "True"/"False"
// (https://www.autoitscript.com/autoit3/docs/intro/lang_datatypes.htm). Null: VB's Null/Nothing concatenate as "", PHP null as "", Python None as "None".
/**
 * The rules of each family of runtimes.
 *
 * @example
 * TEXT_RULES.php.booleans; //=> ['1', '']
 */
export const TEXT_RULES = {
  vb: { float: 'vb', booleans: ['True', 'False'], null: '' },
  autoit: { float: 'perl', booleans: ['True', 'False'], null: '' },
  dotnet: { float: 'dotnet', booleans: ['True', 'False'], null: '' },
  java: { float: 'java', booleans: ['true', 'false'], null: 'null' },
  js: { float: 'js', booleans: ['true', 'false'], null: 'null' },
  c: { float: 'perl', booleans: ['1', '0'], null: '(null)' },
  go: { float: 'go', booleans: ['true', 'false'], null: '<nil>' },
  python: { float: 'python', booleans: ['True', 'False'], null: 'None' },
  php: { float: 'php', booleans: ['1', ''], null: '' },
  ruby: { float: 'ruby', booleans: ['true', 'false'], null: '' },
  perl: { float: 'perl', booleans: ['1', ''], null: '' },
  delphi: { float: 'delphi', booleans: ['True', 'False'], null: '' },
  swift: { float: 'python', booleans: ['true', 'false'], null: 'nil' },
} as const satisfies Record<string, TextRules>;

/**
 * Converts a value to text the language's way (what `run` does).
 *
 * @param rules - The language's rules.
 * @param value - The value.
 * @param builtin - Who asks, for the error.
 * @param position - The argument's position, for the error.
 * @returns The text.
 * @throws {@link BuiltinArgumentError} for a list or dict.
 * @example
 * textOf(TEXT_RULES.vb, boolean(true)); //=> 'True'
 */
export function textOf(rules: TextRules, value: ScriptValue, builtin = 'text conversion', position = 0): string {
  switch (value.kind) {
    case 'text':
      return value.value;
    case 'integer':
      return String(value.value);
    case 'float':
      return floatText(rules.float, value.value);
    case 'boolean':
      return value.value ? rules.booleans[0] : rules.booleans[1];
    case 'null':
      return rules.null;
    default:
      throw new BuiltinArgumentError(builtin, position, 'text, a number or a boolean', `a ${value.kind}`);
  }
}

/**
 * The TypeScript for {@link textOf} on an argument whose kind the translator knows.
 *
 * @param rules - The language's rules.
 * @param arg - The argument.
 * @param builtin - Who asks, for the error.
 * @param position - The argument's position, for the error.
 * @returns Text-valued code.
 * @throws {@link BuiltinArgumentError} when the kind is not known or not convertible.
 * @example
 * emitText(TEXT_RULES.java, { code: 'price', kind: 'float' }).code; //=> "floatText('java', price)"
 */
export function emitText(rules: TextRules, arg: Operand, builtin = 'text conversion', position = 0): Emitted {
  switch (arg.kind) {
    case 'text':
      return { code: arg.code, kind: 'text' };
    case 'integer':
      return { code: `String(${arg.code})`, kind: 'text' };
    case 'float':
      return rules.float === 'js' ? { code: `String(${arg.code})`, kind: 'text' } : { code: `floatText('${rules.float}', ${arg.code})`, kind: 'text', imports: ['floatText'] };
    case 'boolean':
      return rules.booleans[0] === 'true' && rules.booleans[1] === 'false'
        ? { code: `String(${arg.code})`, kind: 'text' }
        : { code: `${operand(arg.code)} ? ${JSON.stringify(rules.booleans[0]).replaceAll('"', "'")} : ${JSON.stringify(rules.booleans[1]).replaceAll('"', "'")}`, kind: 'text' };
    case 'null':
      return { code: `'${rules.null}'`, kind: 'text' };
    default:
      throw new BuiltinArgumentError(builtin, position, 'a value of a known kind (text, a number or a boolean)', arg.kind === 'unknown' ? 'a value the porter cannot type' : `a ${arg.kind}`);
  }
}
