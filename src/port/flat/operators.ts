/**
 * The operators of the flat reader on values it knows: comparisons, logic,
 * arithmetic and concatenation; anything else is a value it cannot follow.
 *
 * @example
 * binary('&', { kind: 'text', text: 'a' }, numberValue(1)); //=> { kind: 'text', text: 'a1' }
 */
import { isScalar, numberValue, show, truthy, type SymbolicValue } from './symbolic-value.js';

const COMPARISONS: Readonly<Record<string, 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge'>> = {
  '=': 'eq', '==': 'eq', '===': 'eq', '-eq': 'eq', eq: 'eq', '!=': 'ne', '<>': 'ne', '!==': 'ne', '-ne': 'ne', ne: 'ne', '<': 'lt', '-lt': 'lt', lt: 'lt',
  '>': 'gt', '-gt': 'gt', gt: 'gt', '<=': 'le', '-le': 'le', le: 'le', '>=': 'ge', '-ge': 'ge', ge: 'ge',
};

/**
 * Comparisons and logic on known values; `undefined` for another operator or values it cannot compare.
 *
 * @param op - The operator as written (`<>`, `-eq`, `AndAlso`).
 * @param left - The left value.
 * @param right - The right value.
 * @returns A boolean value, or `undefined`.
 * @example
 * compare('-eq', { kind: 'text', text: 'A' }, { kind: 'text', text: 'a' }); //=> { kind: 'boolean', value: true }
 */
export function compare(op: string, left: SymbolicValue, right: SymbolicValue): SymbolicValue | undefined {
  const lower = op.toLowerCase();
  if (['and', 'andalso', '&&', '-and'].includes(lower) || ['or', 'orelse', '||', '-or'].includes(lower)) {
    if ((left.kind !== 'boolean' && left.kind !== 'number') || (right.kind !== 'boolean' && right.kind !== 'number')) return undefined;
    const a = truthy(left);
    const b = truthy(right);
    return { kind: 'boolean', value: lower.includes('and') || lower === '&&' ? a && b : a || b };
  }
  const kind = COMPARISONS[lower];
  if (kind === undefined) return undefined;
  if (!isScalar(left) || !isScalar(right) || left.kind !== right.kind) return undefined;
  // PowerShell's -eq and friends ignore case.
  const fold = (text: string): string => (lower.startsWith('-') ? text.toLowerCase() : text);
  const a = left.kind === 'number' ? left.number : left.kind === 'null' ? 0 : fold(show(left));
  const b = right.kind === 'number' ? right.number : right.kind === 'null' ? 0 : fold(show(right));
  const result = kind === 'eq' ? a === b : kind === 'ne' ? a !== b : kind === 'lt' ? a < b : kind === 'gt' ? a > b : kind === 'le' ? a <= b : a >= b;
  return { kind: 'boolean', value: result };
}

/**
 * A binary operation on known values.
 *
 * @param op - The operator as written.
 * @param left - The left value.
 * @param right - The right value.
 * @returns The result, or an unknown value.
 * @example
 * binary('div', numberValue(7), numberValue(2)); //=> { kind: 'number', text: '3', number: 3 }
 */
export function binary(op: string, left: SymbolicValue, right: SymbolicValue): SymbolicValue {
  const compared = compare(op, left, right);
  if (compared) return compared;
  if (left.kind === 'number' && right.kind === 'number') {
    switch (op) {
      case '+': return numberValue(left.number + right.number);
      case '-': return numberValue(left.number - right.number);
      case '*': return numberValue(left.number * right.number);
      case '/': return numberValue(left.number / right.number);
      case 'div': return numberValue(Math.trunc(left.number / right.number));
      case '%': case 'mod': return numberValue(left.number % right.number);
      default: break;
    }
  }
  const concat = op === '&' || op === '.' || op === '..' || op === '~' || (op === '+' && (left.kind === 'text' || right.kind === 'text'));
  if (concat && isScalar(left) && isScalar(right)) return { kind: 'text', text: show(left) + show(right) };
  return { kind: 'unknown', why: 'cannot follow an expression' };
}

/**
 * A unary operation on a known value.
 *
 * @param op - The operator as written (`-`, `+`, `!`, `Not`, `-not`).
 * @param operand - The value.
 * @returns The result, or an unknown value.
 * @example
 * unary('-', { kind: 'number', text: '1.50', number: 1.5 }); //=> { kind: 'number', text: '-1.50', number: -1.5 }
 */
export function unary(op: string, operand: SymbolicValue): SymbolicValue {
  if (op === '-' && operand.kind === 'number') return { kind: 'number', text: operand.text.startsWith('-') ? operand.text.slice(1) : `-${operand.text}`, number: -operand.number };
  if (op === '+' && operand.kind === 'number') return operand;
  if ((op === '!' || /^-?not$/i.test(op)) && (operand.kind === 'boolean' || operand.kind === 'number')) return { kind: 'boolean', value: !truthy(operand) };
  return { kind: 'unknown', why: 'cannot follow an expression' };
}
