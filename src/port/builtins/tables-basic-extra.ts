/**
 * Built-ins of the BASIC-like languages `run` reads beside VB: PureBasic, PowerBuilder and DataFlex.
 * Names compare without case. None of these runtimes is available here: each rule follows the
 * language's reference, linked in `doc`, and only the forms the reference states are taken (a number
 * given where text is expected, for one, is reported rather than converted by a guessed rule).
 *
 * @example
 * PUREBASIC_BUILTINS.FindString?.name; //=> 'FindString'
 */
import { named, type Builtin, type Rule } from './builtin.js';
import { arrayBound, toInteger, toText } from './conversions.js';
import { edgeText, midText, positionOf } from './substrings.js';
import { lengthOf, lowerCase, replaceAll, trimText, upperCase } from './text-rules-common.js';
import { TEXT_RULES } from './text-rules.js';

const PUREBASIC = 'https://www.purebasic.com/documentation/string/index.html';
const PUREBASIC_ARRAY = 'https://www.purebasic.com/documentation/array/index.html';
const XOJO = 'https://documentation.xojo.com/api/text/string.html';
const DATAFLEX = 'https://docs.dataaccess.com/dataflexhelp/ (Language Reference, "String Functions")';
const POWERSCRIPT = 'https://docs.appeon.com/ (PowerScript Reference, "PowerScript Functions")';
// The text-only functions take text; the VB rules are only their names for the error messages' conversions.
const vb = TEXT_RULES.vb;

/**
 * PureBasic: positions count from 1 (`Mid`, `FindString`), `Trim` removes spaces only, `Str` writes an
 * integer's digits without the leading space VB gives, `ArraySize` is the index of the last element.
 *
 * @example
 * PUREBASIC_BUILTINS.Str?.run([integer(3)]); //=> { kind: 'text', value: '3' }
 */
export const PUREBASIC_BUILTINS: Readonly<Record<string, Builtin>> = named({
  LCase: (name) => lowerCase(name, vb, 'function', PUREBASIC),
  UCase: (name) => upperCase(name, vb, 'function', PUREBASIC),
  Trim: (name) => trimText(name, vb, 'function', PUREBASIC, 'space'),
  Len: (name) => lengthOf(name, vb, 'function', PUREBASIC, 'utf16', 'text'),
  Left: (name) => edgeText(name, vb, PUREBASIC, 'left'),
  Right: (name) => edgeText(name, vb, PUREBASIC, 'right'),
  Mid: (name) => midText(name, vb, PUREBASIC),
  FindString: (name) => positionOf(name, vb, PUREBASIC, [0, 1]),
  ReplaceString: (name) => replaceAll(name, vb, 'function', PUREBASIC, [0, 1, 2]),
  Str: (name) => toText(name, vb, 'function', PUREBASIC, ['integer']),
  Val: (name) => toInteger(name, 'function', PUREBASIC, 'trunc'),
  ArraySize: (name) => arrayBound(name, PUREBASIC_ARRAY, 'last'),
});

/**
 * PowerBuilder (PowerScript): positions count from 1 (`Mid`, `Pos`), `Trim` removes spaces, `String` of an
 * integer writes its digits, `UpperBound` is the index of the last element (arrays start at 1).
 *
 * @example
 * POWERBUILDER_BUILTINS.UpperBound?.run([list([text('a')], 1)]); //=> { kind: 'integer', value: 1 }
 */
export const POWERBUILDER_BUILTINS: Readonly<Record<string, Builtin>> = named({
  Lower: (name) => lowerCase(name, vb, 'function', POWERSCRIPT),
  Upper: (name) => upperCase(name, vb, 'function', POWERSCRIPT),
  Trim: (name) => trimText(name, vb, 'function', POWERSCRIPT, 'space'),
  Len: (name) => lengthOf(name, vb, 'function', POWERSCRIPT, 'utf16', 'text'),
  Left: (name) => edgeText(name, vb, POWERSCRIPT, 'left'),
  Right: (name) => edgeText(name, vb, POWERSCRIPT, 'right'),
  Mid: (name) => midText(name, vb, POWERSCRIPT),
  Pos: (name) => positionOf(name, vb, POWERSCRIPT, [0, 1]),
  String: (name) => toText(name, vb, 'function', POWERSCRIPT, ['integer', 'text']),
  Integer: (name) => toInteger(name, 'function', POWERSCRIPT, 'trunc'),
  Long: (name) => toInteger(name, 'function', POWERSCRIPT, 'trunc'),
  UpperBound: (name) => arrayBound(name, POWERSCRIPT, 'last'),
  LowerBound: (name) => arrayBound(name, POWERSCRIPT, 'first'),
});

/** A rule whose arguments the script gives in another order: `order[i]` is where the rule's argument `i` is. */
function reordered(rule: Rule, order: readonly number[]): Rule {
  const pick = <Value>(args: readonly Value[]): Value[] => order.flatMap((at) => (args[at] === undefined ? [] : [args[at] as Value]));
  return { ...rule, run: (args) => rule.run(pick(args)), emit: (args) => rule.emit(pick(args)) };
}

/**
 * DataFlex: `Mid(text, length, start)` and `Pos(part, text)` take their arguments in DataFlex's order, positions
 * count from 1, `Trim` removes spaces.
 *
 * @example
 * DATAFLEX_BUILTINS.Mid?.run([text('Hello'), integer(3), integer(2)]); //=> { kind: 'text', value: 'ell' }
 */
export const DATAFLEX_BUILTINS: Readonly<Record<string, Builtin>> = named({
  Lowercase: (name) => lowerCase(name, vb, 'function', DATAFLEX),
  Uppercase: (name) => upperCase(name, vb, 'function', DATAFLEX),
  Trim: (name) => trimText(name, vb, 'function', DATAFLEX, 'space'),
  Length: (name) => lengthOf(name, vb, 'function', DATAFLEX, 'utf16', 'text'),
  Left: (name) => edgeText(name, vb, DATAFLEX, 'left'),
  Right: (name) => edgeText(name, vb, DATAFLEX, 'right'),
  Mid: (name) => reordered(midText(name, vb, DATAFLEX), [0, 2, 1]),
  Pos: (name) => positionOf(name, vb, DATAFLEX, [1, 0]),
});

/**
 * Xojo: positions count from 1 (`Mid`, `InStr`), `Trim` removes white space, `Str` of an integer writes its digits.
 *
 * @example
 * XOJO_BUILTINS.Str?.run([integer(200)]); //=> { kind: 'text', value: '200' }
 */
export const XOJO_BUILTINS: Readonly<Record<string, Builtin>> = named({
  Lowercase: (name) => lowerCase(name, vb, 'function', XOJO),
  Uppercase: (name) => upperCase(name, vb, 'function', XOJO),
  Trim: (name) => trimText(name, vb, 'function', XOJO, 'whitespace'),
  Len: (name) => lengthOf(name, vb, 'function', XOJO, 'utf16', 'text'),
  Left: (name) => edgeText(name, vb, XOJO, 'left'),
  Right: (name) => edgeText(name, vb, XOJO, 'right'),
  Mid: (name) => midText(name, vb, XOJO),
  InStr: (name) => positionOf(name, vb, XOJO, [0, 1]),
  Str: (name) => toText(name, vb, 'function', XOJO, ['integer']),
});
