/**
 * AST expressions to TypeScript, with the kind of value each holds: literals,
 * variables, concatenation with the language's text rules, comparisons,
 * arithmetic, list and array reads with their lower bound, interpolation and
 * built-ins (through the language's table). Chilkat calls are the statement
 * translator's; an expression it cannot write throws {@link NotTranslated}.
 *
 * @example
 * new ExpressionWriter(context).write({ kind: 'string', value: 'a' }).code; //=> "'a'"
 */
import { builtinFor, BuiltinError, emitText, joinTemplate, operand, textRulesFor, type Emitted, type Operand, type TextRules } from '../builtins/index.js';
import type { Expression } from '../ast/index.js';
import { dottedName } from '../ast/names.js';
import { splitFlatName } from '../chilkat-names.js';
import { tsString } from '../codegen/ts-text.js';
import type { CallWriter } from './call-writer.js';
import { NotTranslated, type Scope, type Typed } from './scope.js';

const COMPARE: Readonly<Record<string, string>> = {
  '=': '===', '==': '===', '===': '===', '-eq': '===', eq: '===', '<>': '!==', '!=': '!==', '!==': '!==', '-ne': '!==', ne: '!==',
  '<': '<', '-lt': '<', lt: '<', '>': '>', '-gt': '>', gt: '>', '<=': '<=', '-le': '<=', le: '<=', '>=': '>=', '-ge': '>=', ge: '>=',
};
/** Line-break constants of BASIC and AutoIt. */
const LINE_BREAKS: Readonly<Record<string, string>> = { '@crlf': '\r\n', '@lf': '\n', '@cr': '\r', '@tab': '\t', vbcrlf: '\r\n', vblf: '\n', vbcr: '\r', vbtab: '\t', vbnewline: '\r\n' };
const LOGIC: Readonly<Record<string, string>> = { '&&': '&&', and: '&&', andalso: '&&', '-and': '&&', '||': '||', or: '||', orelse: '||', '-or': '||' };

/**
 * What the writer needs: the language, its variables, the current line (for errors) and the run-time helpers used.
 *
 * @example
 * const context: ExpressionContext = { language: 'vb6', scope: new Scope(true), line: 1, imports: new Set(), calls: new ChilkatCalls(new Set()) };
 */
export interface ExpressionContext {
  readonly language: string;
  readonly scope: Scope;
  line: number;
  readonly imports: Set<string>;
  /** The output style's writer of Chilkat calls and properties. */
  readonly calls: CallWriter;
  /** The script's own functions: a call of one becomes a call of its translation (`undefined` for any other name). */
  readonly helpers?: { call(name: string, args: readonly Expression[]): string | undefined; defines(name: string): boolean };
  /** The variables set once (lower case): a text constant they are set to is known wherever they are read. */
  readonly once?: ReadonlySet<string>;
}

/** Writes expressions of one script. */
export class ExpressionWriter {
  readonly #context: ExpressionContext;
  readonly #rules: TextRules;
  readonly #concat: readonly string[];

  constructor(context: ExpressionContext, concat: readonly string[]) {
    this.#context = context;
    this.#concat = concat;
    const rules = textRulesFor(context.language);
    if (rules === undefined) throw new NotTranslated(0, `the built-ins of ${context.language}`);
    this.#rules = rules;
  }

  /** The script's variables, as the writer sees them now. */
  get scope(): Scope {
    return this.#context.scope;
  }

  fail(what: string): never {
    throw new NotTranslated(this.#context.line, what);
  }

  /** Runs an emitter, turning a built-in's refusal into {@link NotTranslated}. */
  emitted(emit: () => Emitted): Typed {
    try {
      const result = emit();
      for (const name of result.imports ?? []) this.#context.imports.add(name);
      return { code: result.code, kind: result.kind, ...(result.item === undefined ? {} : { item: result.item }) };
    } catch (error) {
      if (error instanceof BuiltinError) this.fail(error.message);
      throw error;
    }
  }

  operand(value: Typed): Operand {
    if (value.kind === 'object') this.fail('a Chilkat object used as a value');
    return { code: value.code, kind: value.kind, ...(value.literal === undefined ? {} : { literal: value.literal }), ...(value.lower === undefined ? {} : { lower: value.lower }) };
  }

  /** The value as text, converted the language's way. */
  text(value: Typed): Typed {
    if (value.kind === 'text') return value;
    const converted = this.emitted(() => emitText(this.#rules, this.operand(value)));
    return value.literal === undefined ? converted : { ...converted, literal: value.literal };
  }

  write(expression: Expression): Typed {
    switch (expression.kind) {
      case 'string':
        return { code: tsString(expression.value), kind: 'text', literal: expression.value };
      case 'number':
        if (/^-?\d+$/.test(expression.text)) return { code: String(Number(expression.text)), kind: 'integer' };
        if (/^-?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(expression.text)) return { code: String(Number(expression.text)), kind: 'float' };
        return this.fail(`the number ${expression.text}`);
      case 'boolean':
        return { code: String(expression.value), kind: 'boolean' };
      case 'name': {
        const slot = this.#context.scope.lookup(expression.name);
        const constant = LINE_BREAKS[expression.name.toLowerCase()];
        if (slot === undefined && constant !== undefined) return { code: tsString(constant), kind: 'text', literal: constant };
        if (slot === undefined) return this.fail(`the name ${expression.name}`);
        return { ...slot, code: slot.id };
      }
      case 'member':
        return this.member(expression.object, expression.name);
      case 'call':
        return this.call(expression.callee, expression.args);
      case 'index':
        return this.element(this.write(expression.object), expression.index);
      case 'unary': {
        const value = this.write(expression.operand);
        if (expression.op === '-' && (value.kind === 'integer' || value.kind === 'float')) return { code: `-${operand(value.code)}`, kind: value.kind };
        if (expression.op === '!' && value.kind === 'boolean') return { code: value.code === 'true' || value.code === 'false' ? String(value.code === 'false') : `!${operand(value.code)}`, kind: 'boolean' };
        if (expression.op === '$#' && value.kind === 'list') {
          // The last index: the length, less one, moved by the list's lower bound.
          const shift = (value.lower ?? 0) - 1;
          const length = `${operand(value.code)}.length`;
          return { code: shift === 0 ? length : `${length} ${shift < 0 ? '-' : '+'} ${String(Math.abs(shift))}`, kind: 'integer' };
        }
        return this.fail(`the operator ${expression.op}`);
      }
      case 'binary':
        return this.binary(expression.op, expression.left, expression.right);
      case 'list': {
        const items = expression.items.map((item) => this.write(item));
        const kinds = new Set(items.map((item) => item.kind));
        const [item] = kinds;
        if (kinds.size !== 1 || item === undefined || item === 'object' || item === 'list' || item === 'dict') return this.fail('a list of mixed or nested values');
        return { code: `[${items.map((each) => each.code).join(', ')}]`, kind: 'list', item, lower: 0 };
      }
      case 'dict': {
        // A Map keeps the order its entries were written in, as PHP arrays and Python dicts do (an object would
        // move integer-like keys first).
        const entries = expression.entries.map((entry) => [this.write(entry.key), this.write(entry.value)] as const);
        const kinds = new Set(entries.map(([, value]) => value.kind));
        const [item] = kinds;
        if (entries.some(([key]) => key.kind !== 'text') || kinds.size !== 1 || item === undefined || item === 'object' || item === 'list' || item === 'dict') return this.fail('a dictionary with keys that are not text or values of mixed or nested kinds');
        return { code: `new Map([${entries.map(([key, value]) => `[${key.code}, ${value.code}]`).join(', ')}])`, kind: 'dict', item };
      }
      case 'interpolated':
        return joinTyped(expression.parts.map((part) => (part.kind === 'text' ? part.text : this.text(this.write(part.expression)))));
      default:
        return this.fail(`a ${expression.kind} expression`);
    }
  }

  /** `list(i)`, `list[i]`: TypeScript arrays start at 0 whatever the script's lower bound. */
  element(list: Typed, index: Expression): Typed {
    if (list.kind === 'dict') {
      const key = this.write(index);
      if (key.kind !== 'text') return this.fail('a dictionary read with a key that is not text');
      // The script reads a key it wrote (a missing key stops a Python script; the port would read undefined).
      return { code: `${operand(list.code)}.get(${key.code})!`, kind: list.item ?? 'unknown' };
    }
    if (list.kind !== 'list') return this.fail('indexing something that is not a list');
    const at = this.write(index);
    if (at.kind !== 'integer') return this.fail('an index that is not an integer');
    const lower = list.lower ?? 0;
    const shifted = lower === 0 ? at.code : /^\d+$/.test(at.code) ? String(Number(at.code) - lower) : `${operand(at.code)} - ${String(lower)}`;
    // The script read inside the array's bounds (the loop gives the bound): noUncheckedIndexedAccess needs the assertion.
    return { code: `${operand(list.code)}[${shifted}]!`, kind: list.item ?? 'unknown' };
  }

  member(object: Expression, name: string): Typed {
    const target = this.write(object);
    if (target.kind === 'object') return this.#context.calls.property(this, target, name);
    const builtin = builtinFor(this.#context.language, `.${name}`);
    if (builtin === undefined) return this.fail(`the property ${name}`);
    return this.emitted(() => builtin.emit([this.operand(target)]));
  }

  call(callee: Expression, args: readonly Expression[]): Typed {
    if (callee.kind === 'name') {
      const slot = this.#context.scope.lookup(callee.name);
      if (slot?.kind === 'list' && args.length === 1 && args[0] !== undefined) return this.element({ ...slot, code: slot.id }, args[0]);
      if (/^array$/i.test(callee.name) && this.#context.language.match(/^(?:vb6|vbscript|asp)$/)) return this.write({ kind: 'list', items: args });
    }
    if (callee.kind === 'member') {
      const dotted = dottedName(callee);
      const receiverName = dottedName(callee.object);
      const receiver = receiverName === undefined ? undefined : this.#context.scope.lookup(receiverName);
      if (dotted !== undefined && receiver === undefined && !(callee.object.kind === 'string' || callee.object.kind === 'call')) {
        const builtin = builtinFor(this.#context.language, dotted);
        if (builtin === undefined) return this.fail(`the function ${dotted}`);
        return this.emitted(() => builtin.emit(args.map((arg) => this.operand(this.write(arg)))));
      }
      const target = this.write(callee.object);
      if (target.kind === 'object') return this.#context.calls.property(this, target, callee.name, args);
      const builtin = builtinFor(this.#context.language, `.${callee.name}`);
      if (builtin === undefined) return this.fail(`the method ${callee.name}`);
      return this.emitted(() => builtin.emit([this.operand(target), ...args.map((arg) => this.operand(this.write(arg)))]));
    }
    const name = dottedName(callee);
    // C's `sizeof(buffer)`: the size the buffer was declared with.
    const [first] = args;
    if (name === 'sizeof' && first?.kind === 'name') {
      const size = this.#context.scope.lookup(first.name)?.size;
      return size === undefined ? this.fail(`sizeof(${first.name})`) : { code: String(size), kind: 'integer' };
    }
    // The flat C API: CkHttpResponse_getStatusCode(resp), CkJsonObject_stringOf(json, path).
    const flat = name === undefined ? undefined : splitFlatName(name);
    const [receiver, ...rest] = args;
    if (flat !== undefined && receiver !== undefined) {
      const target = this.write(receiver);
      if (target.kind === 'object' && target.cls === flat.class) return this.#context.calls.property(this, target, flat.method, rest);
    }
    // As `run` does, the script's own function before a built-in of the same name; its result is not translated.
    if (name !== undefined && this.#context.helpers?.defines(name) === true) return this.fail(`using the result of ${name}, one of the script's functions,`);
    const builtin = name === undefined ? undefined : builtinFor(this.#context.language, name);
    if (builtin === undefined || builtin.writes !== undefined) return this.fail(`the call ${name ?? 'of an expression'}`);
    return this.emitted(() => builtin.emit(args.map((arg) => this.operand(this.write(arg)))));
  }

  binary(op: string, leftExpression: Expression, rightExpression: Expression): Typed {
    const left = this.write(leftExpression);
    const right = this.write(rightExpression);
    // An operator the language's table has (Python's and Ruby's `%`, PowerShell's `-f`), as `run` reads it.
    const builtin = builtinFor(this.#context.language, op);
    if (builtin !== undefined) return this.emitted(() => builtin.emit([this.operand(left), this.operand(right)]));
    const logic = LOGIC[op];
    if (logic !== undefined) {
      if (left.kind !== 'boolean' || right.kind !== 'boolean') return this.fail(`${op} on values that are not booleans`);
      return { code: `${operand(left.code)} ${logic} ${operand(right.code)}`, kind: 'boolean' };
    }
    const compare = COMPARE[op];
    if (compare !== undefined) return this.compare(compare, left, right);
    const numeric = (left.kind === 'integer' || left.kind === 'float') && (right.kind === 'integer' || right.kind === 'float');
    // `adjacent`: C's string literals written side by side (`TENANT_URL "/api/v2/clients/" CLIENT_ID`).
    if (this.#concat.includes(op) || op === 'adjacent' || (op === '+' && (left.kind === 'text' || right.kind === 'text'))) {
      if (op === '+' && !(left.kind === 'text' && right.kind === 'text') && !['java', 'android', 'csharp', 'nodejs'].includes(this.#context.language)) return this.fail('+ between text and a number');
      return joinTyped([this.text(left), this.text(right)]);
    }
    if (!numeric || !['+', '-', '*', '/'].includes(op)) return this.fail(`the operator ${op} on a ${left.kind} and a ${right.kind}`);
    const kind = left.kind === 'float' || right.kind === 'float' ? 'float' : 'integer';
    if (op === '/' && kind === 'integer') {
      // Integer division truncates in the C family; VB's / divides as floats.
      if (['vb6', 'vbscript', 'asp', 'vbnet', 'autoit', 'python', 'chilkat2-python', 'php-ext', 'php-ax', 'perl', 'powershell', 'nodejs'].includes(this.#context.language)) return { code: `${operand(left.code)} / ${operand(right.code)}`, kind: 'float' };
      return { code: `Math.trunc(${left.code} / ${right.code})`, kind: 'integer' };
    }
    return { code: `${operand(left.code)} ${op} ${operand(right.code)}`, kind };
  }

  compare(op: string, left: Typed, right: Typed): Typed {
    // A VB or C success flag compared with 0 or 1 (`If http.LastMethodSuccess = 0`).
    if (left.kind === 'boolean' && right.kind === 'integer' && /^[01]$/.test(right.code) && (op === '===' || op === '!==')) {
      if (left.code === 'true' || left.code === 'false') return { code: String((left.code === 'true') === (right.code === '1') === (op === '===')), kind: 'boolean' };
      return { code: (right.code === '1') === (op === '===') ? left.code : `!${operand(left.code)}`, kind: 'boolean' };
    }
    // A value known now (builder style knows a send succeeded) is compared now: TypeScript refuses `true === false`.
    const known = (value: Typed): boolean => value.kind === 'boolean' && (value.code === 'true' || value.code === 'false');
    if (known(left) && known(right) && (op === '===' || op === '!==')) return { code: String((left.code === right.code) === (op === '===')), kind: 'boolean' };
    const comparable = left.kind === right.kind || ((left.kind === 'integer' || left.kind === 'float') && (right.kind === 'integer' || right.kind === 'float'));
    if (!comparable || left.kind === 'object' || left.kind === 'list' || left.kind === 'dict') return this.fail(`comparing a ${left.kind} with a ${right.kind}`);
    if (left.kind === 'text' && op !== '===' && op !== '!==') return this.fail('ordering texts');
    return { code: `${comparand(left.code)} ${op} ${comparand(right.code)}`, kind: 'boolean' };
  }
}

/** An operand of a comparison: arithmetic binds tighter, so only conditionals, comparisons and logic are bracketed. */
function comparand(code: string): string {
  return /\?|===|!==|&&|\|\||[<>]/.test(code) ? `(${code})` : code;
}

/**
 * Joins text parts into one template literal: text constants and nested joins are inlined, and a
 * `String(x)` hole is written `x` (a template converts the same way).
 */
function joinTyped(parts: readonly (string | Typed)[]): Typed {
  const flat = parts.flatMap((part): (string | Typed)[] => (typeof part === 'string' ? [part] : part.literal !== undefined ? [part.literal] : [...(part.parts ?? [part])]));
  const joined = joinTemplate(flat.map((part) => (typeof part === 'string' ? part : { code: /^String\(([\w$.]+(?:\[[\w$]+\]!?)?)\)$/.exec(part.code)?.[1] ?? part.code, kind: part.kind === 'object' ? 'unknown' : part.kind })));
  return { code: joined.code, kind: 'text', parts: flat };
}
