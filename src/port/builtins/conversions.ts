/**
 * Conversions and array bounds shared by many languages: to text (`CStr`,
 * `str`, `String.valueOf`, `IntToStr`, `strconv.Itoa`, `to_s`, `strval`), to
 * an integer (`CInt`, `int`, `intval`, `to_i`), VB's `Str` with its leading
 * space, and the bounds of an array (`UBound`, `LBound`, `High`, `Low`).
 *
 * @example
 * toText('CStr', TEXT_RULES.vb, 'function', DOC).run([float(3.5)]); //=> { kind: 'text', value: '3.5' }
 */
import { argument, wholeNumber, type Rule } from './builtin.js';
import { BuiltinArgumentError, BuiltinUnsupportedError } from './errors.js';
import { emitText, textOf, type TextRules } from './text-rules.js';
import { operand, type Operand } from './emit.js';
import { integer, text, type ScriptValue, type ValueKind } from './value.js';
import { isWholeNumberText, parseWholeNumber } from './whole-number.js';

function check(builtin: string, kind: ValueKind | 'unknown', accept: readonly ValueKind[] | undefined): void {
  if (accept !== undefined && !(accept as readonly string[]).includes(kind)) {
    throw new BuiltinArgumentError(builtin, 0, accept.map((each) => (each === 'integer' ? 'an integer' : each === 'float' ? 'a floating-point number' : each)).join(' or '), kind === 'unknown' ? 'a value the porter cannot type' : `a ${kind}`);
  }
}

/**
 * Converts a value to text the language's way.
 *
 * @param accept - The kinds the built-in takes (`IntToStr` takes integers only); all by default.
 * @example
 * toText('String.valueOf', TEXT_RULES.java, 'function', DOC).emit([{ code: 'd', kind: 'float' }]).code; //=> "floatText('java', d)"
 */
export function toText(builtin: string, rules: TextRules, call: Rule['call'], doc: string, accept?: readonly ValueKind[]): Rule {
  return {
    call,
    doc,
    run: (args) => {
      const value = argument(args, 0, builtin);
      check(builtin, value.kind, accept);
      return text(textOf(rules, value, builtin, 0));
    },
    emit: (args) => {
      const value = argument(args, 0, builtin);
      check(builtin, value.kind, accept);
      return emitText(rules, value, builtin, 0);
    },
  };
}

/**
 * VB's `Str`: like `CStr`, with a space in front of a number that is not negative (the place of its sign).
 *
 * @example
 * vbStr('Str', TEXT_RULES.vb, DOC).run([integer(3)]); //=> { kind: 'text', value: ' 3' }
 */
export function vbStr(builtin: string, rules: TextRules, doc: string): Rule {
  return {
    call: 'function',
    doc,
    run: (args) => {
      const value = argument(args, 0, builtin);
      check(builtin, value.kind, ['integer', 'float']);
      const number = value.kind === 'integer' || value.kind === 'float' ? value.value : 0;
      return text(`${number < 0 ? '' : ' '}${textOf(rules, value, builtin, 0)}`);
    },
    emit: (args) => {
      const value = argument(args, 0, builtin);
      check(builtin, value.kind, ['integer', 'float']);
      const converted = emitText(rules, value, builtin, 0);
      return { code: `(${operand(value.code)} < 0 ? '' : ' ') + ${operand(converted.code)}`, kind: 'text', ...(converted.imports ? { imports: converted.imports } : {}) };
    },
  };
}

/**
 * Converts a number to an integer: `trunc` drops the fraction (Python `int`, PHP `intval`, Ruby `to_i`),
 * `even` rounds half to even (VB `CInt`, `CLng`). Text is read only when it is a whole number every
 * language reads alike (whole-number.ts), spaces around it allowed where `spaced`; a port reads it with
 * the same rule, which stops main() on any other text.
 *
 * @example
 * toInteger('CInt', 'function', DOC, 'even').run([float(2.5)]); //=> { kind: 'integer', value: 2 }
 */
export function toInteger(builtin: string, call: Rule['call'], doc: string, rounding: 'trunc' | 'even', spaced = true): Rule {
  const round = (value: number) => {
    if (rounding === 'trunc') return Math.trunc(value);
    const floor = Math.floor(value);
    const rest = value - floor;
    return rest > 0.5 || (rest === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  };
  return {
    call,
    doc,
    run: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind === 'integer') return value;
      if (value.kind === 'float') return integer(round(value.value));
      if (value.kind === 'text' && isWholeNumberText(value.value, spaced)) return integer(parseWholeNumber(value.value, spaced));
      throw new BuiltinArgumentError(builtin, 0, 'a number or the text of a whole number', value.kind === 'text' ? JSON.stringify(value.value) : `a ${value.kind}`);
    },
    emit: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind === 'integer') return { code: value.code, kind: 'integer' };
      if (value.kind === 'float' && rounding === 'trunc') return { code: `Math.trunc(${value.code})`, kind: 'integer' };
      if (value.kind === 'text') return { code: `parseWholeNumber(${value.code}${spaced ? '' : ', false'})`, kind: 'integer', imports: ['parseWholeNumber'] };
      throw new BuiltinUnsupportedError(builtin, `converting ${value.kind === 'unknown' ? 'a value of unknown kind' : `a ${value.kind}`}`);
    },
  };
}

function listArg<Value extends ScriptValue | Operand>(args: readonly Value[], builtin: string): Value {
  const value = argument(args, 0, builtin);
  if (value.kind !== 'list') throw new BuiltinArgumentError(builtin, 0, 'an array', value.kind === 'unknown' ? 'a value the porter cannot type' : `a ${value.kind}`);
  return value;
}

/**
 * An array bound: `last` is the index of the last element (VB `UBound`, Delphi `High`, Perl `$#`), `size` the
 * element count (AutoIt's `UBound`, FoxPro's `ALEN`), `first` the index of the first (`LBound`, `Low`).
 * VB's optional dimension argument must be 1 (arrays of arrays are not read).
 *
 * @example
 * arrayBound('UBound', DOC, 'last').run([list([text('a'), text('b')], 1)]); //=> { kind: 'integer', value: 2 }
 */
export function arrayBound(builtin: string, doc: string, bound: 'last' | 'size' | 'first'): Rule {
  const dimension = (args: readonly (ScriptValue | Operand)[]) => {
    const second = args[1];
    if (second === undefined) return;
    if ('code' in second ? second.literal !== undefined || second.code !== '1' : wholeNumber(second, 1, builtin) !== 1) throw new BuiltinUnsupportedError(builtin, 'a dimension other than 1');
  };
  return {
    call: 'function',
    doc,
    run: (args) => {
      dimension(args);
      const value = listArg(args, builtin);
      if (value.kind !== 'list') throw new BuiltinArgumentError(builtin, 0, 'an array', value.kind);
      return integer(bound === 'first' ? value.lower : bound === 'size' ? value.items.length : value.lower + value.items.length - 1);
    },
    emit: (args) => {
      dimension(args);
      const value = listArg(args, builtin);
      const lower = value.lower ?? 0;
      if (bound === 'first') return { code: String(lower), kind: 'integer' };
      const size = `${operand(value.code)}.length`;
      if (bound === 'size') return { code: size, kind: 'integer' };
      const offset = lower - 1;
      return { code: offset === 0 ? size : offset < 0 ? `${size} - ${String(-offset)}` : `${size} + ${String(offset)}`, kind: 'integer' };
    },
  };
}
