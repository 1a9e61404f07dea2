/**
 * Built-ins of Tcl: `[string tolower $x]` and the other `string` subcommands (looked up as
 * `string.tolower`), `llength`, `lindex`, `format`; and how a text is read as a list (a Tcl list is text
 * whose words are its items). Not checked on a Tcl interpreter (none here): each rule follows the Tcl
 * manual page linked in `doc`. Names compare with case.
 *
 * @example
 * TCL_BUILTINS['string.tolower']?.run([text('EU')]); //=> { kind: 'text', value: 'eu' }
 */
import { named, type Builtin, type Rule } from './builtin.js';
import { itemAt } from './collections.js';
import { BuiltinUnsupportedError } from './errors.js';
import { printfCall } from './format-calls.js';
import { PRINTF } from './printf.js';
import { lengthOf, lowerCase, trimText, upperCase } from './text-rules-common.js';
import { TEXT_RULES } from './text-rules.js';
import { list, text, type ScriptValue } from './value.js';

const STRING = 'https://www.tcl.tk/man/tcl8.6/TclCmd/string.htm';
const LISTS = 'https://www.tcl.tk/man/tcl8.6/TclCmd/lindex.htm';
const FORMAT = 'https://www.tcl.tk/man/tcl8.6/TclCmd/format.htm';
const c = TEXT_RULES.c;

/**
 * The items of a value used as a list: a list itself, or a text split at white space. A text with braces,
 * quotes or backslashes (nested lists, quoted items) is not split by a guessed rule.
 *
 * @param value - The value.
 * @param builtin - Who asks, for the error.
 * @returns The list.
 * @throws {@link BuiltinUnsupportedError} for a text the porter does not split.
 * @example
 * tclList(text('a  b'), 'foreach'); //=> { kind: 'list', items: [a, b], lower: 0 }
 */
export function tclList(value: ScriptValue, builtin: string): ScriptValue {
  if (value.kind === 'list') return value;
  if (value.kind !== 'text' || /[{}"\\]/.test(value.value)) throw new BuiltinUnsupportedError(builtin, `a ${value.kind === 'text' ? 'list written with braces, quotes or backslashes' : value.kind} as a list`);
  return list(value.value.split(/\s+/).filter((item) => item !== '').map((item) => text(item)));
}

/** A list rule that first reads text as a Tcl list. */
function onList(rule: Rule, builtin: string): Rule {
  const read = (args: readonly ScriptValue[]): ScriptValue[] => args.map((arg, at) => (at === 0 ? tclList(arg, builtin) : arg));
  return { ...rule, run: (args) => rule.run(read(args)) };
}

/**
 * Tcl 8.6.
 *
 * @example
 * TCL_BUILTINS.lindex?.run([text('a b c'), integer(1)]); //=> { kind: 'text', value: 'b' }
 */
export const TCL_BUILTINS: Readonly<Record<string, Builtin>> = named({
  'string.tolower': (name) => lowerCase(name, c, 'function', STRING),
  'string.toupper': (name) => upperCase(name, c, 'function', STRING),
  'string.trim': (name) => trimText(name, c, 'function', STRING, 'whitespace'),
  'string.length': (name) => lengthOf(name, c, 'function', STRING, 'utf16', 'text'),
  llength: (name) => onList(lengthOf(name, c, 'function', LISTS, 'utf16', 'collection'), name),
  lindex: (name) => onList(itemAt(name, LISTS, 'function'), name),
  format: (name) => printfCall(name, PRINTF.c, FORMAT, 0),
});
