/**
 * Perl's numeric comparisons (`<`, `>`, `<=`, `>=`, `==`, `!=`): each side is a number, text read as
 * one (a command-line argument, `$ARGV[0] > 10`). Only whole-number text is read, by the rule `run`
 * and ported modules share (whole-number.ts); Perl would read any other text as its numeric prefix
 * with a warning, which is reported rather than imitated.
 *
 * @example
 * numericCompare('>', DOC).run([text('12'), integer(10)]); //=> { kind: 'boolean', value: true }
 */
import { argument, type Rule } from './builtin.js';
import { BuiltinArgumentError } from './errors.js';
import { comparand, type Operand } from './emit.js';
import { boolean, type ScriptValue } from './value.js';
import { isWholeNumberText, parseWholeNumber } from './whole-number.js';

const TS_OPERATORS: Readonly<Record<string, string>> = { '<': '<', '>': '>', '<=': '<=', '>=': '>=', '==': '===', '!=': '!==' };
const ORDER: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '<': (a, b) => a < b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b, '==': (a, b) => a === b, '!=': (a, b) => a !== b,
};

function numberOf(op: string, value: ScriptValue, position: number): number {
  if (value.kind === 'integer' || value.kind === 'float') return value.value;
  if (value.kind === 'text' && isWholeNumberText(value.value)) return parseWholeNumber(value.value);
  throw new BuiltinArgumentError(op, position, 'a number or the text of a whole number', value.kind === 'text' ? JSON.stringify(value.value) : `a ${value.kind}`);
}

function codeOf(op: string, value: Operand, position: number): { code: string; parsed: boolean } {
  if (value.kind === 'integer' || value.kind === 'float') return { code: value.code, parsed: false };
  if (value.kind === 'text') return { code: `parseWholeNumber(${value.code})`, parsed: true };
  throw new BuiltinArgumentError(op, position, 'a number or text', value.kind === 'unknown' ? 'a value the porter cannot type' : `a ${value.kind}`);
}

/**
 * A numeric comparison operator.
 *
 * @param op - The operator as the script writes it.
 * @param doc - The language's documentation of it.
 * @returns The rule.
 * @example
 * numericCompare('==', DOC).emit([{ code: 'seats', kind: 'text' }, { code: '10', kind: 'integer' }]).code; //=> 'parseWholeNumber(seats) === 10'
 */
export function numericCompare(op: string, doc: string): Rule {
  const ts = TS_OPERATORS[op] ?? op;
  const order = ORDER[op] ?? ((a: number, b: number): boolean => a !== b);
  return {
    call: 'function',
    doc,
    run: (args) => {
      const left = numberOf(op, argument(args, 0, op), 0);
      const right = numberOf(op, argument(args, 1, op), 1);
      return boolean(order(left, right));
    },
    emit: (args) => {
      const left = codeOf(op, argument(args, 0, op), 0);
      const right = codeOf(op, argument(args, 1, op), 1);
      return { code: `${comparand(left.code)} ${ts} ${comparand(right.code)}`, kind: 'boolean', ...(left.parsed || right.parsed ? { imports: ['parseWholeNumber' as const] } : {}) };
    },
  };
}

