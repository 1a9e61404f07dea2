/**
 * printf-style formats, one reader for every language that has them (C's
 * `sprintf`/`snprintf`, Go's `fmt.Sprintf`, Java's `String.format`, Python's
 * `%`, PHP's and Perl's `sprintf`, Ruby's `format`, Delphi's `Format`), with
 * each language's differences as data ({@link PrintfDialect}): what `%s` does
 * with a number, how `%.2f` rounds, `%f`'s default precision.
 *
 * `run` fills the format ({@link formatPrintf}); `port` turns a literal format
 * into a template literal ({@link emitPrintf}). Hand-written: the libraries in
 * the registry implement C's rules only, and the emitter needs the parsed
 * directives anyway.
 *
 * @example
 * formatPrintf(PRINTF.c, 'sprintf', 'callbacks[%d]', [integer(0)]); //=> 'callbacks[0]'
 */
import { BuiltinArgumentError, BuiltinUnsupportedError } from './errors.js';
import { joinTemplate, type Emitted, type Operand } from './emit.js';
import { fixedText, type FloatStyle } from './number-text.js';
import { emitText, TEXT_RULES, textOf, type TextRules } from './text-rules.js';
import type { ScriptValue } from './value.js';

/**
 * One language's printf rules.
 *
 * @example
 * PRINTF.java.fixed; //=> 'java'
 */
export interface PrintfDialect {
  /** How `%s` (and Go's `%v`) writes a non-text value; `undefined` where `%s` takes text only (C). */
  readonly text: TextRules | undefined;
  /** Whose rounding `%.Nf` uses. */
  readonly fixed: FloatStyle | 'c';
  /** `%d` of a float truncates it (Python, Perl, PHP, Ruby) instead of being an error. */
  readonly truncates: boolean;
  /** Precision of a bare `%f` (6, Delphi 2). */
  readonly precision: number;
  /** Conversion letters the language has (among those the porter reads). */
  readonly verbs: string;
}

// C: ISO C 7.21.6.1 (https://en.cppreference.com/w/c/io/fprintf). Go: https://pkg.go.dev/fmt (%v, %d of a float
// is "%!d(float64=…)", an error here). Java: java.util.Formatter (%d of a double throws
// IllegalFormatConversionException; %f rounds HALF_UP on the decimal value). Python: printf-style formatting
// (https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting). PHP: sprintf
// (https://www.php.net/manual/en/function.sprintf.php). Perl: sprintf (https://perldoc.perl.org/functions/sprintf).
// Ruby: Kernel#format (https://docs.ruby-lang.org/en/master/format_specifications_rdoc.html). Delphi: Format,
// whose %f defaults to 2 decimals (https://docwiki.embarcadero.com/Libraries/en/System.SysUtils.Format).
// Objective-C: NSString's format is C's plus `%@`, an object's description
// (https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/Strings/Articles/formatSpecifiers.html);
// the porter follows `%@` for an NSString (its text) and an NSNumber holding an integer (its digits) only.
/**
 * The dialects by language family.
 *
 * @example
 * PRINTF.delphi.precision; //=> 2
 */
export const PRINTF = {
  c: { text: undefined, fixed: 'c', truncates: false, precision: 6, verbs: 'diusfxXoc' },
  go: { text: TEXT_RULES.go, fixed: 'go', truncates: false, precision: 6, verbs: 'dsvfxXoqt' },
  java: { text: TEXT_RULES.java, fixed: 'java', truncates: false, precision: 6, verbs: 'dsfxXob' },
  python: { text: TEXT_RULES.python, fixed: 'python', truncates: true, precision: 6, verbs: 'disfxXor' },
  php: { text: TEXT_RULES.php, fixed: 'php', truncates: true, precision: 6, verbs: 'dusfFxXoc' },
  perl: { text: TEXT_RULES.perl, fixed: 'perl', truncates: true, precision: 6, verbs: 'diusfxXoc' },
  ruby: { text: TEXT_RULES.ruby, fixed: 'ruby', truncates: true, precision: 6, verbs: 'disfxXo' },
  delphi: { text: TEXT_RULES.delphi, fixed: 'delphi', truncates: false, precision: 2, verbs: 'dusfxX' },
  objc: { text: undefined, fixed: 'c', truncates: false, precision: 6, verbs: 'diufxXoc@' },
} as const satisfies Record<string, PrintfDialect>;

interface Directive {
  readonly flags: string;
  readonly width: number | undefined;
  readonly precision: number | undefined;
  readonly verb: string;
}

/**
 * Splits a format into literal text and directives.
 *
 * @throws {@link BuiltinUnsupportedError} for a directive the dialect does not have (or `*` widths).
 */
function parseFormat(dialect: PrintfDialect, builtin: string, format: string): (string | Directive)[] {
  const pieces: (string | Directive)[] = [];
  const pattern = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?(h|hh|l|ll|L|z|j|t)?(.)?/gy;
  let literal = '';
  let at = 0;
  while (at < format.length) {
    const percent = format.indexOf('%', at);
    if (percent < 0) {
      literal += format.slice(at);
      break;
    }
    literal += format.slice(at, percent);
    pattern.lastIndex = percent;
    const match = pattern.exec(format);
    const verb = match?.[5];
    if (match === null || verb === undefined) throw new BuiltinUnsupportedError(builtin, `the format ${JSON.stringify(format)} (it ends inside a directive)`);
    at = pattern.lastIndex;
    if (verb === '%') {
      literal += '%';
      continue;
    }
    if (!dialect.verbs.includes(verb)) throw new BuiltinUnsupportedError(builtin, `the directive ${JSON.stringify(match[0])}`);
    if (literal !== '') pieces.push(literal);
    literal = '';
    pieces.push({ flags: match[1] ?? '', width: match[2] === undefined ? undefined : Number(match[2]), precision: match[3] === undefined ? undefined : Number(match[3]), verb });
  }
  if (literal !== '') pieces.push(literal);
  return pieces;
}

function pad(directive: Directive, body: string, numeric: boolean): string {
  const width = directive.width ?? 0;
  if (body.length >= width) return body;
  if (directive.flags.includes('-')) return body.padEnd(width);
  if (numeric && directive.flags.includes('0')) {
    const sign = /^[-+ ]/.test(body) ? body.charAt(0) : '';
    return sign + body.slice(sign.length).padStart(width - sign.length, '0');
  }
  return body.padStart(width);
}

function signed(directive: Directive, body: string): string {
  if (body.startsWith('-')) return body;
  return directive.flags.includes('+') ? `+${body}` : directive.flags.includes(' ') ? ` ${body}` : body;
}

function fill(dialect: PrintfDialect, builtin: string, directive: Directive, value: ScriptValue, position: number): string {
  const verb = directive.verb;
  if ('diu'.includes(verb)) {
    if (value.kind === 'float' && dialect.truncates) return pad(directive, signed(directive, String(Math.trunc(value.value))), true);
    if (value.kind !== 'integer') throw new BuiltinArgumentError(builtin, position, `an integer for "%${verb}"`, describe(value));
    return pad(directive, signed(directive, String(value.value)), true);
  }
  if (verb === 'f' || verb === 'F') {
    if (value.kind !== 'float' && !(value.kind === 'integer' && dialect.fixed !== 'c' && dialect.fixed !== 'java')) throw new BuiltinArgumentError(builtin, position, `a floating-point number for "%${verb}"`, describe(value));
    return pad(directive, signed(directive, fixedText(dialect.fixed, value.value, directive.precision ?? dialect.precision)), true);
  }
  if ('xXo'.includes(verb)) {
    if (value.kind !== 'integer' || value.value < 0) throw new BuiltinArgumentError(builtin, position, `a non-negative integer for "%${verb}"`, describe(value));
    const digits = value.value.toString(verb === 'o' ? 8 : 16);
    return pad(directive, verb === 'X' ? digits.toUpperCase() : digits, true);
  }
  if (verb === 'c') {
    if (value.kind !== 'integer') throw new BuiltinArgumentError(builtin, position, 'a character code for "%c"', describe(value));
    return pad(directive, String.fromCodePoint(value.value), false);
  }
  if (verb === '@') {
    if (value.kind !== 'text' && value.kind !== 'integer') throw new BuiltinArgumentError(builtin, position, 'an NSString or an integer NSNumber for "%@"', describe(value));
    return pad(directive, value.kind === 'text' ? value.value : String(value.value), false);
  }
  // %s, %v, %b, %t, %q, %r: text.
  if (verb !== 's' && verb !== 'v') throw new BuiltinUnsupportedError(builtin, `the directive "%${verb}"`);
  if (dialect.text === undefined && value.kind !== 'text') throw new BuiltinArgumentError(builtin, position, 'text for "%s"', describe(value));
  const body = textOf(dialect.text ?? TEXT_RULES.c, value, builtin, position);
  return pad(directive, directive.precision === undefined ? body : body.slice(0, directive.precision), false);
}

function describe(value: ScriptValue): string {
  return value.kind === 'integer' ? 'an integer' : `a ${value.kind === 'float' ? 'floating-point number' : value.kind}`;
}

/**
 * Fills a format with values, as the language's runtime would.
 *
 * @param dialect - The language's rules ({@link PRINTF}).
 * @param builtin - The built-in's name, for errors.
 * @param format - The format text.
 * @param args - One value per directive.
 * @returns The text.
 * @throws {@link BuiltinArgumentError} for a value the directive refuses or a missing one.
 * @example
 * formatPrintf(PRINTF.java, 'String.format', '%.2f', [float(2.675)]); //=> '2.68'
 */
export function formatPrintf(dialect: PrintfDialect, builtin: string, format: string, args: readonly ScriptValue[]): string {
  let next = 0;
  return parseFormat(dialect, builtin, format)
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      const value = args[next];
      if (value === undefined) throw new BuiltinArgumentError(builtin, next + 1, `a value for "%${piece.verb}"`, 'nothing');
      next += 1;
      return fill(dialect, builtin, piece, value, next);
    })
    .join('');
}

function emitPiece(dialect: PrintfDialect, builtin: string, directive: Directive, arg: Operand, position: number): Emitted {
  const plain = directive.flags === '' && directive.width === undefined;
  const verb = directive.verb;
  if (plain && 'diu'.includes(verb) && arg.kind === 'integer') return { code: arg.code, kind: 'integer' };
  if (plain && 'diu'.includes(verb) && arg.kind === 'float' && dialect.truncates) return { code: `Math.trunc(${arg.code})`, kind: 'integer' };
  if (plain && (verb === 'f' || verb === 'F') && (arg.kind === 'float' || (arg.kind === 'integer' && dialect.fixed !== 'c' && dialect.fixed !== 'java'))) {
    return { code: `fixedText('${dialect.fixed}', ${arg.code}, ${String(directive.precision ?? dialect.precision)})`, kind: 'text', imports: ['fixedText'] };
  }
  if (plain && directive.precision === undefined && verb === '@' && (arg.kind === 'text' || arg.kind === 'integer')) return arg.kind === 'text' ? { code: arg.code, kind: 'text' } : { code: `String(${arg.code})`, kind: 'text' };
  if (plain && directive.precision === undefined && (verb === 's' || verb === 'v')) {
    if (dialect.text === undefined && arg.kind !== 'text') throw new BuiltinArgumentError(builtin, position, 'text for "%s"', arg.kind);
    return emitText(dialect.text ?? TEXT_RULES.c, arg, builtin, position);
  }
  throw new BuiltinUnsupportedError(builtin, `the directive "%${directive.flags}${directive.width === undefined ? '' : String(directive.width)}${directive.precision === undefined ? '' : `.${String(directive.precision)}`}${verb}" on ${arg.kind === 'unknown' ? 'a value of unknown kind' : arg.kind === 'integer' ? 'an integer' : `a ${arg.kind}`}`);
}

/**
 * Translates a literal format and its arguments into a template literal.
 *
 * @param dialect - The language's rules.
 * @param builtin - The built-in's name, for errors.
 * @param format - The format text (a literal in the script).
 * @param args - The arguments' code and kinds.
 * @returns Text-valued code.
 * @throws {@link BuiltinUnsupportedError} for directives with flags or widths, or arguments of unknown kind.
 * @example
 * emitPrintf(PRINTF.c, 'sprintf', 'callbacks[%d]', [{ code: 'i', kind: 'integer' }]).code; //=> '`callbacks[${i}]`'
 */
export function emitPrintf(dialect: PrintfDialect, builtin: string, format: string, args: readonly Operand[]): Emitted {
  let next = 0;
  const parts = parseFormat(dialect, builtin, format).map((piece) => {
    if (typeof piece === 'string') return piece;
    const arg = args[next];
    if (arg === undefined) throw new BuiltinArgumentError(builtin, next + 1, `a value for "%${piece.verb}"`, 'nothing');
    next += 1;
    return emitPiece(dialect, builtin, piece, arg, next);
  });
  return joinTemplate(parts);
}
