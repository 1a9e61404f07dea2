/**
 * AST expressions to TypeScript, with the kind of value each holds: literals,
 * variables, concatenation with the language's text rules, comparisons,
 * arithmetic, list and array reads with their lower bound, interpolation and
 * built-ins (through the language's table). Binary operators are
 * operators.ts's, calls and member reads call-expressions.ts's; Chilkat calls
 * made for their effect are the statement translator's. An expression it
 * cannot write throws {@link NotTranslated}.
 *
 * @example
 * new ExpressionWriter(context).write({ kind: 'string', value: 'a' }).code; //=> "'a'"
 */
import { BuiltinError, emitText, operand, textRulesFor, type Emitted, type Operand, type TextRules } from '../builtins/index.js';
import type { Expression } from '../ast/index.js';
import { tsString } from '../codegen/ts-text.js';
import { CallExpressionWriter } from './call-expressions.js';
import type { CallWriter } from './call-writer.js';
import { OperatorWriter } from './operators.js';
import { argumentAt, ARGUMENT_HELPER, writeArguments } from './program-arguments.js';
import { NotTranslated, type Scope, type Typed } from './scope.js';
import { joinTyped } from './text-join.js';

/** Line-break constants of BASIC and AutoIt. */
const LINE_BREAKS: Readonly<Record<string, string>> = { '@crlf': '\r\n', '@lf': '\n', '@cr': '\r', '@tab': '\t', vbcrlf: '\r\n', vblf: '\n', vbcr: '\r', vbtab: '\t', vbnewline: '\r\n' };

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
  /** Functions the module declares after main() because an expression needs them (reading a command-line argument). */
  readonly functions?: Set<string>;
}

/** Writes expressions of one script. */
export class ExpressionWriter {
  readonly #context: ExpressionContext;
  readonly #rules: TextRules;
  readonly #operators: OperatorWriter;
  readonly #callExpressions: CallExpressionWriter;

  constructor(context: ExpressionContext, concat: readonly string[]) {
    this.#context = context;
    this.#operators = new OperatorWriter(this, context, concat);
    this.#callExpressions = new CallExpressionWriter(this, context);
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
        return this.#callExpressions.member(expression.object, expression.name);
      case 'call':
        return this.#callExpressions.call(expression.callee, expression.args);
      case 'index': {
        const argument = expression.object.kind === 'arguments' ? argumentAt(expression.object, this.write(expression.index).code) : undefined;
        if (argument === undefined) return this.element(this.write(expression.object), expression.index);
        if (argument.helper) this.#context.functions?.add(ARGUMENT_HELPER);
        return argument.value;
      }
      case 'arguments':
        return writeArguments(expression);
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
        return this.#operators.binary(expression.op, expression.left, expression.right);
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
      // A missing key stops the port, naming it (the languages disagree on it: builtins/dictionary-entry.ts).
      this.#context.imports.add('dictionaryEntry');
      return { code: `dictionaryEntry(${list.code}, ${key.code})`, kind: list.item ?? 'unknown' };
    }
    if (list.kind !== 'list') return this.fail('indexing something that is not a list');
    const at = this.write(index);
    if (at.kind !== 'integer') return this.fail('an index that is not an integer');
    const lower = list.lower ?? 0;
    const shifted = lower === 0 ? at.code : /^\d+$/.test(at.code) ? String(Number(at.code) - lower) : `${operand(at.code)} - ${String(lower)}`;
    // The script read inside the array's bounds (the loop gives the bound): noUncheckedIndexedAccess needs the assertion.
    return { code: `${operand(list.code)}[${shifted}]!`, kind: list.item ?? 'unknown' };
  }
}
