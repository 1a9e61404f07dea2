/**
 * The built-in tables, one per language: `builtinFor(language, name)` finds
 * how a script's `LCase`, `.ToLower()`, `fmt.Sprintf` or `UBound` runs (for
 * `run`) and how it is written in TypeScript (for `port`).
 *
 * @example
 * builtinFor('vb6', 'lcase')?.name; //=> 'LCase'
 * builtinFor('java', '.toLowerCase')?.call; //=> 'method'
 */
import type { Builtin } from './builtin.js';
import { TEXT_RULES, type TextRules } from './text-rules.js';
import { ASP_BUILTINS, AUTOIT_BUILTINS, VB_BUILTINS, VBNET_BUILTINS } from './tables-basic.js';
import { C_BUILTINS, CSHARP_BUILTINS, GO_BUILTINS, JAVA_BUILTINS, JS_BUILTINS, SWIFT_BUILTINS } from './tables-c-like.js';
import { OBJC_BUILTINS } from './tables-objc.js';
import { SQL_BUILTINS } from './tables-sql.js';
import { TCL_BUILTINS } from './tables-tcl.js';
import { DATAFLEX_BUILTINS, POWERBUILDER_BUILTINS, PUREBASIC_BUILTINS, XOJO_BUILTINS } from './tables-basic-extra.js';
import { DELPHI_BUILTINS, FOXPRO_BUILTINS, PERL_BUILTINS, PHP_BUILTINS, POWERSHELL_BUILTINS, PYTHON_BUILTINS, RUBY_BUILTINS } from './tables-scripting.js';

/** Each language id (as `--lang` names it) and its table; `true` where names compare without case. */
const TABLES: Readonly<Record<string, readonly [Readonly<Record<string, Builtin>>, boolean]>> = {
  vb6: [VB_BUILTINS, true],
  vbscript: [VB_BUILTINS, true],
  asp: [ASP_BUILTINS, true],
  vbnet: [VBNET_BUILTINS, true],
  autoit: [AUTOIT_BUILTINS, true],
  purebasic: [PUREBASIC_BUILTINS, true],
  powerbuilder: [POWERBUILDER_BUILTINS, true],
  sql: [SQL_BUILTINS, true],
  dataflex: [DATAFLEX_BUILTINS, true],
  xojo: [XOJO_BUILTINS, true],
  tcl: [TCL_BUILTINS, false],
  csharp: [CSHARP_BUILTINS, false],
  java: [JAVA_BUILTINS, false],
  android: [JAVA_BUILTINS, false],
  c: [C_BUILTINS, false],
  'unicode-c': [C_BUILTINS, false],
  cpp: [C_BUILTINS, false],
  'unicode-cpp': [C_BUILTINS, false],
  go: [GO_BUILTINS, false],
  nodejs: [JS_BUILTINS, false],
  objc: [OBJC_BUILTINS, false],
  swift: [SWIFT_BUILTINS, false],
  swift3: [SWIFT_BUILTINS, false],
  python: [PYTHON_BUILTINS, false],
  'chilkat2-python': [PYTHON_BUILTINS, false],
  'php-ext': [PHP_BUILTINS, false],
  'php-ax': [PHP_BUILTINS, false],
  ruby: [RUBY_BUILTINS, false],
  perl: [PERL_BUILTINS, false],
  powershell: [POWERSHELL_BUILTINS, true],
  'delphi-dll': [DELPHI_BUILTINS, true],
  'delphi-ax': [DELPHI_BUILTINS, true],
  foxpro: [FOXPRO_BUILTINS, true],
  lianja: [FOXPRO_BUILTINS, true],
};

const FOLDED = new Map(Object.entries(TABLES).map(([id, [table, folded]]) => [id, folded ? new Map(Object.values(table).map((entry) => [entry.name.toLowerCase(), entry])) : undefined]));

/**
 * The built-in `name` of `language`, or `undefined` when the table has none (the caller reports the call).
 *
 * @param language - A language id (`vb6`, `csharp`, `chilkat2-python`, ...).
 * @param name - A function (`LCase`, `fmt.Sprintf`), a method or property with a leading dot (`.ToLower`,
 *   `.Length`), or an operator (`%`, `-f`).
 * @returns The entry.
 * @example
 * builtinFor('vbscript', 'LCASE')?.run([text('A')]); //=> { kind: 'text', value: 'a' }
 * builtinFor('csharp', '.tolower'); //=> undefined (C# names compare with case)
 */
export function builtinFor(language: string, name: string): Builtin | undefined {
  const entry = TABLES[language];
  if (entry === undefined) return undefined;
  const folded = FOLDED.get(language);
  return folded === undefined ? (Object.hasOwn(entry[0], name) ? entry[0][name] : undefined) : folded.get(name.toLowerCase());
}

const RULES_OF: Readonly<Record<string, keyof typeof TEXT_RULES>> = {
  vb6: 'vb', vbscript: 'vb', asp: 'vb', vbnet: 'dotnet', autoit: 'autoit', csharp: 'dotnet', powershell: 'dotnet', java: 'java', android: 'java',
  c: 'c', 'unicode-c': 'c', cpp: 'c', 'unicode-cpp': 'c', go: 'go', nodejs: 'js', swift: 'swift', swift3: 'swift', python: 'python',
  'chilkat2-python': 'python', 'php-ext': 'php', 'php-ax': 'php', ruby: 'ruby', perl: 'perl', 'delphi-dll': 'delphi', 'delphi-ax': 'delphi',
  foxpro: 'vb', lianja: 'vb',
};

/**
 * How `language` turns values into text when it concatenates or interpolates them, or `undefined` for a language without a table.
 *
 * @param language - A language id.
 * @returns The rules.
 * @example
 * textRulesFor('java')?.float; //=> 'java'
 */
export function textRulesFor(language: string): TextRules | undefined {
  const key = RULES_OF[language];
  return key === undefined ? undefined : TEXT_RULES[key];
}

/**
 * The language ids that have a built-in table.
 *
 * @example
 * BUILTIN_LANGUAGES.includes('foxpro'); //=> true
 */
export const BUILTIN_LANGUAGES: readonly string[] = Object.keys(TABLES);

export type { Builtin } from './builtin.js';
export type { Emitted, Operand, RuntimeImport } from './emit.js';
export { BuiltinArgumentError, BuiltinError, BuiltinUnsupportedError } from './errors.js';
export { aspHtmlEncode } from './html-encode.js';
export { fixedText, floatText } from './number-text.js';
export { parseWholeNumber } from './whole-number.js';
export { compareVariant, followsVariant } from './variant-compare.js';
export { dictionaryEntry } from './dictionary-entry.js';
export { emitText } from './text-rules.js';
export type { TextRules } from './text-rules.js';
export { comparand, joinTemplate, operand } from './emit.js';
export type { FloatStyle } from './number-text.js';
export { tclList } from './tables-tcl.js';
export { boolean, dict, float, integer, list, NULL_VALUE, text } from './value.js';
export type { ScriptValue, ValueKind } from './value.js';
