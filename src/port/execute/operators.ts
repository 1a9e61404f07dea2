/**
 * Operators on known values, with each language's rules where they differ: concatenation (`&`, `.`,
 * `+` on text), integer division in C-likes, comparisons (PowerShell's `-eq` ignores case),
 * truthiness of text in conditions. Where a rule is not known for the language, the operation is
 * reported rather than guessed.
 *
 * @example
 * binaryOperation('&', text('a'), integer(1), context); //=> { kind: 'text', value: 'a1' }
 */
import { compareVariant, followsVariant } from '../builtins/variant-compare.js';
import { NotTranslated, type PlainValue, type RunValue } from './values.js';

/**
 * What operators need from the running script.
 *
 * @example
 * const context: OperatorContext = { language: 'vb6', asText: (value) => String(value) };
 */
export interface OperatorContext {
  readonly language: string;
  /** The language's text of a value (for concatenation). */
  asText(value: PlainValue): string;
}

const COMPARE: Readonly<Record<string, 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge'>> = {
  '=': 'eq', '==': 'eq', '===': 'eq', '-eq': 'eq', eq: 'eq', '!=': 'ne', '<>': 'ne', '!==': 'ne', '-ne': 'ne', ne: 'ne', '<': 'lt', '-lt': 'lt', lt: 'lt',
  '>': 'gt', '-gt': 'gt', gt: 'gt', '<=': 'le', '-le': 'le', le: 'le', '>=': 'ge', '-ge': 'ge', ge: 'ge',
};
const TRUNCATING_DIVISION = new Set(['c', 'unicode-c', 'cpp', 'unicode-cpp', 'java', 'android', 'csharp', 'go', 'objc', 'swift', 'swift3']);

function isNumber(value: PlainValue): value is Extract<PlainValue, { kind: 'integer' | 'float' }> {
  return value.kind === 'integer' || value.kind === 'float';
}

function number(value: number, integral: boolean): PlainValue {
  return integral ? { kind: 'integer', value } : { kind: 'float', value };
}

/**
 * Whether a condition's value holds, in the language's rules.
 *
 * @param value - The condition's value.
 * @param language - The language id.
 * @returns The truth.
 * @throws {@link NotTranslated} where the language's rule for that kind is not known.
 * @example
 * truth({ kind: 'text', value: '' }, 'chilkat2-python'); //=> false
 */
export function truth(value: PlainValue, language: string): boolean {
  switch (value.kind) {
    case 'boolean': return value.value;
    case 'integer': case 'float': return value.value !== 0;
    case 'null': return false;
    case 'text':
      if (language === 'ruby') return true;
      if (['python', 'chilkat2-python', 'nodejs', 'powershell'].includes(language)) return value.value !== '';
      if (['php-ext', 'php-ax', 'perl'].includes(language)) return value.value !== '' && value.value !== '0';
      throw new NotTranslated('a text used as a condition');
    case 'list': case 'dict':
      if (['python', 'chilkat2-python', 'php-ext', 'php-ax'].includes(language)) return value.kind === 'list' ? value.items.length > 0 : value.entries.length > 0;
      if (language === 'ruby' || language === 'nodejs') return true;
      throw new NotTranslated(`a ${value.kind} used as a condition`);
  }
}

/** VBScript's spelling of each comparison, for {@link compareVariant}. */
const VARIANT_OPERATORS = { eq: '=', ne: '<>', lt: '<', gt: '>', le: '<=', ge: '>=' } as const;

function ordered(kind: 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge', a: number | string, b: number | string): boolean {
  return kind === 'eq' ? a === b : kind === 'ne' ? a !== b : kind === 'lt' ? a < b : kind === 'gt' ? a > b : kind === 'le' ? a <= b : a >= b;
}

function compare(kind: 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge', op: string, left: PlainValue, right: PlainValue, language: string): PlainValue | undefined {
  let a: number | string;
  let b: number | string;
  if (followsVariant(language, left.kind, right.kind)) {
    try {
      // followsVariant holds only for a text and a number, which both have a value.
      const value = (side: PlainValue): string | number => (side as Extract<PlainValue, { kind: 'text' | 'integer' | 'float' }>).value;
      return { kind: 'boolean', value: compareVariant(value(left), VARIANT_OPERATORS[kind], value(right)) };
    } catch (error) {
      throw new NotTranslated(`a comparison of a text with a number: ${(error as Error).message}`);
    }
  }
  if (isNumber(left) && isNumber(right)) {
    a = left.value;
    b = right.value;
  } else if (left.kind === 'text' && right.kind === 'text') {
    // FoxPro's `=` on text of different lengths compares prefixes (SET EXACT): not followed.
    if ((language === 'foxpro' || language === 'lianja') && left.value.length !== right.value.length && op === '=') throw new NotTranslated('a FoxPro text comparison of different lengths (SET EXACT)');
    const fold = op.startsWith('-') || language === 'powershell';
    a = fold ? left.value.toLowerCase() : left.value;
    b = fold ? right.value.toLowerCase() : right.value;
  } else if ((left.kind === 'boolean' || isNumber(left)) && (right.kind === 'boolean' || isNumber(right))) {
    // A boolean against a number (`LastMethodSuccess = 0`): true is 1, as Chilkat's ActiveX returns it.
    a = Number(left.value);
    b = Number(right.value);
  } else if ((left.kind === 'null' || right.kind === 'null') && (kind === 'eq' || kind === 'ne')) {
    const same = left.kind === right.kind;
    return { kind: 'boolean', value: kind === 'eq' ? same : !same };
  } else {
    return undefined;
  }
  return { kind: 'boolean', value: ordered(kind, a, b) };
}

/** Whether `op` joins text in this language. */
function isConcatenation(op: string, left: PlainValue, right: PlainValue): boolean {
  if (op === '&' || op === '.' || op === '..' || op === '~' || op === 'adjacent') return true;
  return op === '+' && (left.kind === 'text' || right.kind === 'text');
}

/**
 * Applies a binary operator to known values.
 *
 * @param op - The operator as the AST has it.
 * @param left - The left value.
 * @param right - The right value.
 * @param context - The language and its text rule.
 * @returns The result.
 * @throws {@link NotTranslated} for an operation the porter does not follow.
 * @example
 * binaryOperation('+', { kind: 'integer', value: 1 }, { kind: 'integer', value: 2 }, context); //=> { kind: 'integer', value: 3 }
 */
export function binaryOperation(op: string, left: PlainValue, right: PlainValue, context: OperatorContext): PlainValue {
  const lower = op.toLowerCase();
  if (['and', 'andalso', '&&', '-and', 'or', 'orelse', '||', '-or'].includes(lower)) {
    const a = truth(left, context.language);
    const b = truth(right, context.language);
    return { kind: 'boolean', value: lower.includes('and') || lower === '&&' ? a && b : a || b };
  }
  const kind = COMPARE[lower];
  if (kind !== undefined) {
    const compared = compare(kind, lower, left, right, context.language);
    if (compared) return compared;
    throw new NotTranslated(`a comparison of a ${left.kind} with a ${right.kind}`);
  }
  if (isNumber(left) && isNumber(right)) {
    const integral = left.kind === 'integer' && right.kind === 'integer';
    switch (lower) {
      case '+': return number(left.value + right.value, integral);
      case '-': return number(left.value - right.value, integral);
      case '*': return number(left.value * right.value, integral);
      case '/':
        if (right.value === 0) throw new NotTranslated('a division by zero');
        return integral && TRUNCATING_DIVISION.has(context.language) ? number(Math.trunc(left.value / right.value), true) : number(left.value / right.value, false);
      case 'div': case '\\': case '//': return number(Math.trunc(left.value / right.value), true);
      case '%': case 'mod': return number(left.value % right.value, integral);
      default: break;
    }
  }
  if (isConcatenation(lower, left, right)) {
    // Python, Ruby and PowerBuilder refuse text + number; only text + text is concatenation there.
    if (lower === '+' && ['python', 'chilkat2-python', 'ruby', 'powerbuilder'].includes(context.language) && (left.kind !== 'text' || right.kind !== 'text')) throw new NotTranslated(`text + a ${left.kind === 'text' ? right.kind : left.kind} raises an error in this language`);
    return { kind: 'text', value: context.asText(left) + context.asText(right) };
  }
  throw new NotTranslated(`the operator ${op} on a ${left.kind} and a ${right.kind} is not translated`);
}

/**
 * A Chilkat object compared with nothing: `If http = 0` (PureBasic, T-SQL and C handles), `if (json == NULL)`,
 * `IF @hr <> 0` is not this (a number). An object that exists is neither null nor the handle 0.
 *
 * @param op - The operator as written.
 * @param left - The left value.
 * @param right - The right value.
 * @returns The comparison's result, or `undefined` when it is not an object against null or 0.
 * @example
 * compareWithHandle('=', object, { kind: 'integer', value: 0 }); //=> { kind: 'boolean', value: false }
 */
export function compareWithHandle(op: string, left: RunValue, right: RunValue): PlainValue | undefined {
  const kind = COMPARE[op.toLowerCase()];
  if (kind !== 'eq' && kind !== 'ne') return undefined;
  const empty = (value: RunValue): boolean => value.kind === 'null' || (value.kind === 'integer' && value.value === 0);
  const against = left.kind === 'object' ? right : right.kind === 'object' ? left : undefined;
  if (against === undefined || !empty(against)) return undefined;
  return { kind: 'boolean', value: kind === 'ne' };
}
