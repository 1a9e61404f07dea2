/**
 * Binary operators in expressions: an operator of the language's built-in
 * table, logic, comparisons (a success flag against 0 or 1, a value known
 * now), concatenation with the language's text rules, and arithmetic with
 * the language's integer division.
 *
 * @example
 * new OperatorWriter(writer, context, ['&']).binary('&', { kind: 'string', value: 'a' }, { kind: 'name', name: 'id' }).code; //=> '`a${id}`'
 */
import type { Expression } from '../ast/index.js';
import { builtinFor, comparand, followsVariant, operand } from '../builtins/index.js';
import type { ExpressionContext, ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';
import { joinTyped } from './text-join.js';

const COMPARE: Readonly<Record<string, string>> = {
  '=': '===', '==': '===', '===': '===', '-eq': '===', eq: '===', '<>': '!==', '!=': '!==', '!==': '!==', '-ne': '!==', ne: '!==',
  '<': '<', '-lt': '<', lt: '<', '>': '>', '-gt': '>', gt: '>', '<=': '<=', '-le': '<=', le: '<=', '>=': '>=', '-ge': '>=', ge: '>=',
};
/** VBScript's spelling of each comparison, for `compareVariant`. */
const VARIANT_OPERATORS: Readonly<Record<string, string>> = { '===': '=', '!==': '<>', '<': '<', '>': '>', '<=': '<=', '>=': '>=' };
const LOGIC: Readonly<Record<string, string>> = { '&&': '&&', and: '&&', andalso: '&&', '-and': '&&', '||': '||', or: '||', orelse: '||', '-or': '||' };

/**
 * Writes the binary operators of one script's expressions.
 *
 * @example
 * new OperatorWriter(writer, context, []).binary('=', success, { kind: 'number', text: '0' }).code; //=> '!http.LastMethodSuccess'
 */
export class OperatorWriter {
  readonly #writer: ExpressionWriter;
  readonly #context: ExpressionContext;
  readonly #concat: readonly string[];

  /**
   * @param writer - Writes the operands.
   * @param context - The script's language.
   * @param concat - The language's concatenation operators (`&`, `.`).
   */
  constructor(writer: ExpressionWriter, context: ExpressionContext, concat: readonly string[]) {
    this.#writer = writer;
    this.#context = context;
    this.#concat = concat;
  }

  binary(op: string, leftExpression: Expression, rightExpression: Expression): Typed {
    const writer = this.#writer;
    const left = writer.write(leftExpression);
    const right = writer.write(rightExpression);
    // An operator the language's table has (Python's and Ruby's `%`, PowerShell's `-f`), as `run` reads it.
    const builtin = builtinFor(this.#context.language, op);
    if (builtin !== undefined) return writer.emitted(() => builtin.emit([writer.operand(left), writer.operand(right)]));
    const logic = LOGIC[op];
    if (logic !== undefined) {
      if (left.kind !== 'boolean' || right.kind !== 'boolean') return writer.fail(`${op} on values that are not booleans`);
      return { code: `${operand(left.code)} ${logic} ${operand(right.code)}`, kind: 'boolean' };
    }
    const compare = COMPARE[op];
    if (compare !== undefined) return this.#compare(compare, left, right);
    const numeric = (left.kind === 'integer' || left.kind === 'float') && (right.kind === 'integer' || right.kind === 'float');
    // `adjacent`: C's string literals written side by side (`TENANT_URL "/api/v2/clients/" CLIENT_ID`).
    if (this.#concat.includes(op) || op === 'adjacent' || (op === '+' && (left.kind === 'text' || right.kind === 'text'))) {
      if (op === '+' && !(left.kind === 'text' && right.kind === 'text') && !['java', 'android', 'csharp', 'nodejs'].includes(this.#context.language)) return writer.fail('+ between text and a number');
      return joinTyped([writer.text(left), writer.text(right)]);
    }
    if (!numeric || !['+', '-', '*', '/'].includes(op)) return writer.fail(`the operator ${op} on a ${left.kind} and a ${right.kind}`);
    const kind = left.kind === 'float' || right.kind === 'float' ? 'float' : 'integer';
    if (op === '/' && kind === 'integer') {
      // Integer division truncates in the C family; VB's / divides as floats.
      if (['vb6', 'vbscript', 'asp', 'vbnet', 'autoit', 'python', 'chilkat2-python', 'php-ext', 'php-ax', 'perl', 'powershell', 'nodejs'].includes(this.#context.language)) return { code: `${operand(left.code)} / ${operand(right.code)}`, kind: 'float' };
      return { code: `Math.trunc(${left.code} / ${right.code})`, kind: 'integer' };
    }
    return { code: `${operand(left.code)} ${op} ${operand(right.code)}`, kind };
  }

  /** A comparison, `op` already TypeScript's (`===`, `!==`, `<`...). */
  #compare(op: string, left: Typed, right: Typed): Typed {
    // A VB or C success flag compared with 0 or 1 (`If http.LastMethodSuccess = 0`).
    if (left.kind === 'boolean' && right.kind === 'integer' && /^[01]$/.test(right.code) && (op === '===' || op === '!==')) {
      if (left.code === 'true' || left.code === 'false') return { code: String((left.code === 'true') === (right.code === '1') === (op === '===')), kind: 'boolean' };
      return { code: (right.code === '1') === (op === '===') ? left.code : `!${operand(left.code)}`, kind: 'boolean' };
    }
    // A value known now (builder style knows a send succeeded) is compared now: TypeScript refuses `true === false`.
    const known = (value: Typed): boolean => value.kind === 'boolean' && (value.code === 'true' || value.code === 'false');
    if (known(left) && known(right) && (op === '===' || op === '!==')) return { code: String((left.code === right.code) === (op === '===')), kind: 'boolean' };
    // VBScript's text against a number, by the rule run follows (builtins/variant-compare.ts).
    if (followsVariant(this.#context.language, left.kind, right.kind)) {
      this.#context.imports.add('compareVariant');
      return { code: `compareVariant(${left.code}, '${VARIANT_OPERATORS[op] ?? op}', ${right.code})`, kind: 'boolean' };
    }
    const comparable = left.kind === right.kind || ((left.kind === 'integer' || left.kind === 'float') && (right.kind === 'integer' || right.kind === 'float'));
    if (!comparable || left.kind === 'object' || left.kind === 'list' || left.kind === 'dict') return this.#writer.fail(`comparing a ${left.kind} with a ${right.kind}`);
    if (left.kind === 'text' && op !== '===' && op !== '!==') return this.#writer.fail('ordering texts');
    return { code: `${comparand(left.code)} ${op} ${comparand(right.code)}`, kind: 'boolean' };
  }
}
