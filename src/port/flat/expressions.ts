/**
 * Evaluates the script's expressions on values the flat reader knows:
 * literals, variables, operators, interpolation, conversions, object
 * creation and calls (Chilkat calls go to {@link ChilkatCalls}).
 *
 * @example
 * new ExpressionEvaluator(state).eval(parsed); //=> { kind: 'text', text: 'https://example.com/a' }
 */
import { isPrintName } from '../ast/print-calls.js';
import { buildsOrSends, canonicalMethod, classOf, splitFlatName } from '../chilkat-names.js';
import { dottedName, type Expr } from '../expression.js';
import type { IrClass } from '../ir.js';
import type { Hole } from '../lexer.js';
import { ChilkatCalls } from './chilkat-calls.js';
import { convert, convertsToNumber, convertsToText } from './conversions.js';
import { binary, unary } from './operators.js';
import type { ReadingState } from './reading-state.js';
import { followed, numberValue, show, Unsupported, type SymbolicValue } from './symbolic-value.js';

/** Functions that free an object (printing one, see `isPrintName`, does not change it either). */
const RELEASES = /^(?:delete_Ck\w+|FreeAndNil|Free|Release|Dispose|Destroy|delete)$/i;
const CREATORS = new Set(['new', 'create', 'ckcreate', 'alloc', 'createobject', 'objcreate', 'new-object', 'createoleobject', 'com']);

/**
 * The expression evaluator of one reading.
 *
 * @example
 * new ExpressionEvaluator(state).eval({ kind: 'boolean', value: true }); //=> { kind: 'boolean', value: true }
 */
export class ExpressionEvaluator {
  readonly #state: ReadingState;
  readonly calls: ChilkatCalls;

  constructor(state: ReadingState) {
    this.#state = state;
    this.calls = new ChilkatCalls(state, (expr) => this.eval(expr));
  }

  /** An expression's value. */
  eval(expr: Expr): SymbolicValue {
    switch (expr.kind) {
      case 'string':
        if (expr.problem !== undefined) throw new Unsupported(expr.problem);
        return expr.holes === undefined ? { kind: 'text', text: expr.value } : this.interpolate(expr.value, expr.holes);
      case 'number':
        return this.number(expr.text);
      case 'boolean':
        return { kind: 'boolean', value: expr.value };
      case 'null':
        return { kind: 'null' };
      case 'name':
        return this.#state.lookup(expr.name);
      case 'list':
        return { kind: 'unknown', why: 'a list' };
      case 'dict':
        return { kind: 'unknown', why: 'a dictionary' };
      case 'index':
        return { kind: 'unknown', why: 'an indexed value' };
      case 'member': {
        const object = this.eval(expr.object);
        if (object.kind === 'object' && /^ControlInterface$/i.test(expr.name)) return object;
        // `Debug.Print json.Emit` (VB reads a method without arguments as a call).
        if (object.kind === 'object' && object.ref.cls === 'JsonObject' && /^emit$/i.test(expr.name)) return { kind: 'json-text', handle: object.ref.handle };
        if (object.kind === 'object' && object.ref.cls === 'JsonArray' && /^size$/i.test(expr.name)) return this.calls.arraySize(object.ref);
        return { kind: 'unknown', why: `cannot follow ${dottedName(expr) ?? expr.name}` };
      }
      case 'unary':
        return unary(expr.op, this.eval(expr.operand));
      case 'binary':
        return binary(expr.op, this.eval(expr.left), this.eval(expr.right));
      case 'new': {
        const name = dottedName(expr.callee) ?? '';
        const first = expr.args[0];
        const cls = classOf(name) ?? (name.toUpperCase() === 'COM' && first?.kind === 'string' ? classOf(first.value) : undefined);
        return cls ? this.#state.create(cls) : { kind: 'unknown', why: `new ${name}` };
      }
      case 'call':
        return this.call(expr);
    }
  }

  /** A number literal: octal where the language reads a leading zero so, hex (`0x1F`, `&H1F`) as its value. */
  number(text: string): SymbolicValue {
    if (this.#state.spec.octalLeadingZero === true && /^0\d+$/.test(text)) {
      if (/[89]/.test(text)) throw new Unsupported(`${text} is not a valid octal literal`);
      return numberValue(Number.parseInt(text, 8));
    }
    const n = text.startsWith('&') ? Number.parseInt(text.slice(2), 16) : Number(text);
    return { kind: 'number', text: /^0[xbo]|^&h/i.test(text) ? String(n) : text, number: n };
  }

  /** Fills a string's interpolated variables, or reports the string. */
  interpolate(text: string, holes: readonly Hole[]): SymbolicValue {
    // After the request, strings only print the response: not followed, not reported.
    if (this.#state.sent) return { kind: 'unknown', why: 'an interpolated string after the request' };
    let out = '';
    let at = 0;
    for (const hole of holes) {
      out += text.slice(at, hole.at);
      at = hole.at;
      if (hole.name === undefined) throw new Unsupported(`the interpolation ${hole.raw} is not translated`);
      out += show(followed(this.#state.lookup(hole.name), `the interpolated ${hole.raw}`));
    }
    return { kind: 'text', text: out + text.slice(at) };
  }

  /** A call: a flat API function, a method, a constructor or cast, a conversion, or something not followed. */
  call(expr: Extract<Expr, { kind: 'call' }>): SymbolicValue {
    const state = this.#state;
    const callee = expr.callee;
    const dotted = dottedName(callee);
    const flat = dotted === undefined ? undefined : splitFlatName(dotted.replace(/\./g, '::'));
    if (flat) {
      const method = canonicalMethod(flat.method);
      if (/^(?:Create|New)$/.test(method)) return state.create(flat.class);
      const [first, ...rest] = expr.args;
      const receiver = first ? this.eval(first) : undefined;
      if (receiver?.kind !== 'object') {
        if (state.sent) return this.fallback(expr, 'response handling');
        throw new Unsupported(`cannot tell which Chilkat object ${dotted ?? ''}() is called on`);
      }
      return this.calls.invoke(receiver.ref, flat.method, rest);
    }
    if (callee.kind === 'member') return this.memberCall(expr, callee);
    if (callee.kind === 'name') {
      const lower = callee.name.toLowerCase();
      if (CREATORS.has(lower)) {
        const cls = this.classFromArgs(expr.args);
        if (cls) return state.create(cls);
      }
      const cls = classOf(callee.name);
      // `IChilkatHttpResponse(x)` is a cast (Delphi), not a constructor.
      const cast = expr.args.length === 1 && expr.args[0]?.kind !== 'string';
      if (cls && cast && expr.args[0]) return this.eval(expr.args[0]);
      if (cls) return state.create(cls);
      if (convertsToText(lower) || convertsToNumber(lower)) return this.convert(lower, expr.args);
    }
    return this.fallback(expr, `cannot follow ${dotted ?? 'a call'}()`);
  }

  /** A call of a member: a method of an object, a creator (`CreateObject`), a conversion method (`.ToString()`). */
  memberCall(expr: Extract<Expr, { kind: 'call' }>, callee: Extract<Expr, { kind: 'member' }>): SymbolicValue {
    const state = this.#state;
    const dotted = dottedName(callee);
    const receiver = this.eval(callee.object);
    const lower = callee.name.toLowerCase();
    if (receiver.kind === 'object') {
      if (lower === 'init' || lower === 'alloc') return receiver;
      return this.calls.invoke(receiver.ref, callee.name, expr.args);
    }
    if (lower === 'connecttonewobject' && callee.object.kind === 'name') {
      const progId = expr.args[0] ? this.eval(expr.args[0]) : undefined;
      const cls = progId?.kind === 'text' ? classOf(progId.text) : undefined;
      if (cls) state.bind(callee.object.name, state.create(cls));
      return numberValue(0);
    }
    const owner = dottedName(callee.object);
    if (CREATORS.has(lower) && owner !== undefined) {
      const cls = classOf(owner) ?? this.classFromArgs(expr.args);
      if (cls) return state.create(cls);
    }
    const cls = classOf(callee.name);
    if (cls && receiver.kind === 'unknown') return state.create(cls);
    if (!state.sent && buildsOrSends(canonicalMethod(callee.name))) throw new Unsupported(`cannot tell which Chilkat object ${dotted ?? callee.name}() is called on`);
    if (convertsToText(lower) && receiver.kind !== 'unknown') return { kind: 'text', text: show(receiver) };
    if ((lower === 'stringbyappendingstring' || lower === 'concat') && receiver.kind !== 'unknown' && expr.args[0]) return binary('&', receiver, this.eval(expr.args[0]));
    if (convertsToNumber(lower) || lower === 'itoa' || lower === 'tostring' || lower === 'valueof') return this.convert(lower, expr.args);
    return this.fallback(expr, `cannot follow ${dotted ?? callee.name}()`);
  }

  /** The class a creator's first argument names (`CreateObject("Chilkat.Http")`). */
  classFromArgs(args: readonly Expr[]): IrClass | undefined {
    const first = args[0];
    if (!first) return undefined;
    const text = first.kind === 'string' ? first.value : dottedName(first);
    return text === undefined ? undefined : classOf(text);
  }

  /** A conversion of its arguments' values. */
  convert(fn: string, args: readonly Expr[]): SymbolicValue {
    return convert(fn, args.map((arg) => this.eval(arg)));
  }

  /** An unknown call: its arguments still run (they may call Chilkat), its result is unknown. */
  fallback(expr: Extract<Expr, { kind: 'call' }>, why: string): SymbolicValue {
    const state = this.#state;
    const name = dottedName(expr.callee) ?? 'a function';
    for (const arg of expr.args) {
      const value = this.eval(arg);
      // Printing an object's text is ported as printing (chilkat style keeps the line).
      if (value.kind === 'json-text' && isPrintName(name) && !state.sent) {
        state.nodes.push({ kind: 'print', line: state.line, handle: value.handle });
        continue;
      }
      // A function given a Chilkat object may change it: its calls are not followed, so say so.
      if (value.kind === 'object' && !value.ref.afterSend && value.ref.cls !== 'HttpResponse' && !RELEASES.test(name) && !isPrintName(name)) {
        throw new Unsupported(`${name}() is given the ${value.ref.cls} ${value.ref.handle}; ${state.helpers.has(state.key(name)) ? 'the helper' : 'a call into a function'} is not translated`);
      }
    }
    return { kind: 'unknown', why };
  }
}
