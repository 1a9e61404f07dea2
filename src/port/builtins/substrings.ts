/**
 * 1-based substring built-ins of BASIC, Pascal and xBase (`Mid`, `Left`,
 * `Right`, `InStr`, `Copy`, `Pos`, `SUBSTR`, `AT`) and C's `strcmp`. Positions
 * count from 1 in the script and from 0 in TypeScript; the emitter writes the
 * shift once, where the call is.
 *
 * @example
 * midText('Mid', TEXT_RULES.vb, DOC).run([text('Hello'), integer(2), integer(3)]); //=> { kind: 'text', value: 'ell' }
 */
import { argument, wholeNumber, type Rule } from './builtin.js';
import { BuiltinArgumentError } from './errors.js';
import { emitText, textOf, type TextRules } from './text-rules.js';
import { operand, type Operand } from './emit.js';
import { boolean, integer, text, type ScriptValue } from './value.js';

function textAt(rules: TextRules, args: readonly ScriptValue[], position: number, builtin: string): string {
  return textOf(rules, argument(args, position, builtin), builtin, position);
}

function numberAt(args: readonly ScriptValue[], position: number, builtin: string): number {
  const value = wholeNumber(argument(args, position, builtin), position, builtin);
  if (value < 0) throw new BuiltinArgumentError(builtin, position, 'a number that is not negative', String(value));
  return value;
}

function codeAt(rules: TextRules, args: readonly Operand[], position: number, builtin: string): string {
  return operand(emitText(rules, argument(args, position, builtin), builtin, position).code);
}

function integerCode(args: readonly Operand[], position: number, builtin: string): string {
  const value = argument(args, position, builtin);
  if (value.kind !== 'integer') throw new BuiltinArgumentError(builtin, position, 'an integer', value.kind === 'unknown' ? 'a value the porter cannot type' : `a ${value.kind}`);
  return value.code;
}

/** `start - 1` as code, folded when `start` is a number literal. */
function zeroBased(code: string): string {
  return /^\d+$/.test(code) ? String(Number(code) - 1) : `${operand(code)} - 1`;
}

/**
 * `Mid(s, start[, length])`, Delphi's `Copy(s, start, length)`, FoxPro's `SUBSTR(s, start[, length])`: 1-based.
 *
 * @example
 * midText('Mid', TEXT_RULES.vb, DOC).emit([{ code: 's', kind: 'text' }, { code: '2', kind: 'integer' }]).code; //=> 's.slice(1)'
 */
export function midText(builtin: string, rules: TextRules, doc: string): Rule {
  return {
    call: 'function',
    doc,
    run: (args) => {
      const start = numberAt(args, 1, builtin);
      if (start < 1) throw new BuiltinArgumentError(builtin, 1, 'a position from 1', String(start));
      const subject = textAt(rules, args, 0, builtin);
      return text(args[2] === undefined ? subject.slice(start - 1) : subject.slice(start - 1, start - 1 + numberAt(args, 2, builtin)));
    },
    emit: (args) => {
      const subject = codeAt(rules, args, 0, builtin);
      const from = zeroBased(integerCode(args, 1, builtin));
      if (args[2] === undefined) return { code: `${subject}.slice(${from})`, kind: 'text' };
      const length = integerCode(args, 2, builtin);
      return { code: `${subject}.slice(${from}, ${/^\d+$/.test(from) && /^\d+$/.test(length) ? String(Number(from) + Number(length)) : `${from} + ${operand(length)}`})`, kind: 'text' };
    },
  };
}

/**
 * `Left(s, n)` (and FoxPro's `LEFT`) or `Right(s, n)`.
 *
 * @example
 * edgeText('Right', TEXT_RULES.vb, DOC, 'right').run([text('Hello'), integer(0)]); //=> { kind: 'text', value: '' }
 */
export function edgeText(builtin: string, rules: TextRules, doc: string, side: 'left' | 'right'): Rule {
  return {
    call: 'function',
    doc,
    run: (args) => {
      const subject = textAt(rules, args, 0, builtin);
      const count = numberAt(args, 1, builtin);
      return text(side === 'left' ? subject.slice(0, count) : subject.slice(Math.max(0, subject.length - count)));
    },
    emit: (args) => {
      const subject = codeAt(rules, args, 0, builtin);
      const count = integerCode(args, 1, builtin);
      return { code: side === 'left' ? `${subject}.slice(0, ${count})` : `${subject}.slice(Math.max(0, ${subject}.length - ${operand(count)}))`, kind: 'text' };
    },
  };
}

/**
 * The 1-based position of a text in another, 0 when absent: `InStr(s, find)` (`order` [0, 1]),
 * Delphi's `Pos(find, s)` and FoxPro's `AT(find, s)` ([1, 0]). `InStr`'s optional start comes first and is not read.
 *
 * @example
 * positionOf('InStr', TEXT_RULES.vb, DOC, [0, 1]).run([text('abc'), text('c')]); //=> { kind: 'integer', value: 3 }
 */
export function positionOf(builtin: string, rules: TextRules, doc: string, order: readonly [subject: number, find: number]): Rule {
  const [subject, find] = order;
  return {
    call: 'function',
    doc,
    run: (args) => {
      if (args.length > 2) throw new BuiltinArgumentError(builtin, 2, 'absent (a start position or compare mode is not read)', 'given');
      return integer(textAt(rules, args, subject, builtin).indexOf(textAt(rules, args, find, builtin)) + 1);
    },
    emit: (args) => {
      if (args.length > 2) throw new BuiltinArgumentError(builtin, 2, 'absent (a start position or compare mode is not read)', 'given');
      return { code: `${codeAt(rules, args, subject, builtin)}.indexOf(${codeAt(rules, args, find, builtin)}) + 1`, kind: 'integer' };
    },
  };
}

/**
 * C's `strcmp(a, b)`: negative, 0 or positive (here -1, 0, 1), comparing UTF-16 units (the same order as bytes for ASCII).
 *
 * @example
 * compareText('strcmp', DOC).run([text('a'), text('a')]); //=> { kind: 'integer', value: 0 }
 */
export function compareText(builtin: string, doc: string): Rule {
  const rules = { float: 'perl', booleans: ['1', '0'], null: '' } as const;
  return {
    call: 'function',
    doc,
    run: (args) => {
      const [a, b] = [textAt(rules, args, 0, builtin), textAt(rules, args, 1, builtin)];
      return integer(a === b ? 0 : a < b ? -1 : 1);
    },
    emit: (args) => {
      const [a, b] = [codeAt(rules, args, 0, builtin), codeAt(rules, args, 1, builtin)];
      return { code: `(${a} === ${b} ? 0 : ${a} < ${b} ? -1 : 1)`, kind: 'integer' };
    },
  };
}

/**
 * Whether two texts are equal, unit for unit (Java's `a.equals(b)`, Objective-C's `isEqualToString:`); a
 * value that is not text is an error (Java's `"1".equals(1)` is false, which the porter does not guess).
 *
 * @example
 * sameText('.equals', DOC, 'method').run([text('a'), text('a')]); //=> { kind: 'boolean', value: true }
 */
export function sameText(builtin: string, doc: string, call: Rule['call']): Rule {
  const check = (kind: string, position: number) => {
    if (kind !== 'text') throw new BuiltinArgumentError(builtin, position, 'text', kind === 'unknown' ? 'a value the porter cannot type' : `a ${kind}`);
  };
  return {
    call,
    doc,
    run: (args) => {
      const [a, b] = [argument(args, 0, builtin), argument(args, 1, builtin)];
      check(a.kind, 0);
      check(b.kind, 1);
      return boolean(a.kind === 'text' && b.kind === 'text' && a.value === b.value);
    },
    emit: (args) => {
      const [a, b] = [argument(args, 0, builtin), argument(args, 1, builtin)];
      check(a.kind, 0);
      check(b.kind, 1);
      return { code: `${operand(a.code)} === ${operand(b.code)}`, kind: 'boolean' };
    },
  };
}
