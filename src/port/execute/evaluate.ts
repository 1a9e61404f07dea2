/**
 * Evaluates AST expressions with real values: literals, variables, operators, interpolation, indexes
 * (1-based where the array says so), built-ins from the language's table, the script's own functions,
 * and Chilkat calls on the one engine (requests included, through the host).
 *
 * @example
 * await new Evaluator(host).evaluate({ kind: 'binary', op: '&', left: { kind: 'string', value: 'a' }, right: { kind: 'number', text: '1' } });
 * //=> { kind: 'text', value: 'a1' }
 */
import { canonicalMethod, SEND_METHODS, splitFlatName } from '../chilkat-names.js';
import type { CallExpression, Expression } from '../ast/nodes.js';
import { dottedName } from '../ast/names.js';
import { isPrintName } from '../ast/print-calls.js';
import { NAMED_CONSTANTS } from '../builtins/named-constants.js';
import { lookupBuiltin } from './builtins-lookup.js';
import { callMethod, createObject, getProperty } from './chilkat-objects.js';
import { binaryOperation, compareWithHandle, truth } from './operators.js';
import { NotTranslated, numberFromText, plain, type ChilkatObject, type PlainValue, type RunValue } from './values.js';

/**
 * What the evaluator needs from the interpreter.
 *
 * @example
 * const host: EvaluatorHost = { language: 'vb6', asText: String, lookup: () => undefined, assign: () => undefined, callFunction: async () => undefined, send: async () => ({ kind: 'null' }) };
 */
export interface EvaluatorHost {
  readonly language: string;
  asText(value: PlainValue): string;
  /** A variable's value, or `undefined` when there is none. */
  lookup(name: string): RunValue | undefined;
  /** Sets a variable (C's `sprintf(buffer, ...)` writes its first argument). */
  assign(name: string, value: RunValue): void;
  /** Runs a function the script defines, or `undefined` when it defines none of that name. */
  callFunction(name: string, args: readonly RunValue[]): Promise<RunValue | undefined>;
  /** The size a C buffer was declared with (`char path[64]`), for `sizeof`. */
  sizeOf(name: string): number | undefined;
  /** Makes a request (`PTextSb`, `PostJson3`...) and gives the response object. */
  send(http: ChilkatObject, call: string, args: readonly RunValue[]): Promise<RunValue>;
  /** The script's command-line arguments, or `undefined` when `run` was given none. */
  readonly arguments?: readonly string[];
  /** The script's file name: the program's name in the argument lists that start with it (`sys.argv[0]`). */
  readonly file?: string;
}

/** Calls whose arguments are given but whose effect the porter ignores (they neither build nor send; `super.onCreate(...)` is an Android Activity's parent, Node's `require` loads
 * the Chilkat module, whose classes the reader knows by name). */
const HARMLESS = /^(?:super\.\w+|require|System\.loadLibrary|Sleep|DoEvents|Exit|exit|sys\.exit|die|UnlockBundle|UnlockComponent)$/;

/** Evaluates expressions for one running script. */
export class Evaluator {
  readonly #host: EvaluatorHost;

  constructor(host: EvaluatorHost) {
    this.#host = host;
  }

  async evaluate(expr: Expression): Promise<RunValue> {
    const host = this.#host;
    switch (expr.kind) {
      case 'string': return { kind: 'text', value: expr.value };
      case 'number': return numberFromText(expr.text);
      case 'boolean': return { kind: 'boolean', value: expr.value };
      case 'null': return { kind: 'null' };
      case 'name': return this.name(expr.name);
      case 'unreadable': throw new NotTranslated(expr.why);
      case 'arguments': {
        if (host.arguments === undefined) return { kind: 'unknown', why: 'the command-line arguments, which run was not given (pathpatch run FILE -- ARG...)' };
        const items = [...(expr.program ? [host.file ?? 'script'] : []), ...host.arguments].map((value): PlainValue => ({ kind: 'text', value }));
        return { kind: 'list', items, lower: 0 };
      }
      case 'create-object': return { kind: 'object', object: createObject(expr.className) };
      case 'new': return { kind: 'unknown', why: `new ${dottedName(expr.callee) ?? 'object'}` };
      case 'list': return { kind: 'list', items: await this.plainAll(expr.items, 'a list item'), lower: 0 };
      case 'dict': {
        const entries: (readonly [string, PlainValue])[] = [];
        for (const entry of expr.entries) entries.push([host.asText(plain(await this.evaluate(entry.key), 'a dictionary key')), plain(await this.evaluate(entry.value), 'a dictionary value')]);
        return { kind: 'dict', entries };
      }
      case 'interpolated': {
        let out = '';
        for (const part of expr.parts) out += part.kind === 'text' ? part.text : host.asText(plain(await this.evaluate(part.expression), `the interpolated ${part.raw}`));
        return { kind: 'text', value: out };
      }
      case 'unary': {
        const operand = plain(await this.evaluate(expr.operand), `the operand of ${expr.op}`);
        if (expr.op === '-' && (operand.kind === 'integer' || operand.kind === 'float')) return { kind: operand.kind, value: -operand.value };
        if (expr.op === '+' && (operand.kind === 'integer' || operand.kind === 'float')) return operand;
        if (expr.op === '!' || /^-?not$/i.test(expr.op)) return { kind: 'boolean', value: !truth(operand, host.language) };
        if (expr.op === '$#' && operand.kind === 'list') return { kind: 'integer', value: operand.lower + operand.items.length - 1 };
        throw new NotTranslated(`the operator ${expr.op} on a ${operand.kind}`);
      }
      case 'binary': {
        const leftValue = await this.evaluate(expr.left);
        const builtin = lookupBuiltin(host.language, expr.op);
        const rightValue = await this.evaluate(expr.right);
        const handle = compareWithHandle(expr.op, leftValue, rightValue);
        if (handle) return handle;
        const left = plain(leftValue, `the left side of ${expr.op}`);
        const right = plain(rightValue, `the right side of ${expr.op}`);
        if (builtin) return builtin.run([left, right]);
        return binaryOperation(expr.op, left, right, host);
      }
      case 'index': return this.index(await this.evaluate(expr.object), await this.evaluate(expr.index));
      case 'member': return this.member(expr);
      case 'call': return this.call(expr);
    }
  }

  async plainAll(exprs: readonly Expression[], what: string): Promise<PlainValue[]> {
    const out: PlainValue[] = [];
    for (const expr of exprs) out.push(plain(await this.evaluate(expr), what));
    return out;
  }

  name(name: string): RunValue {
    const found = this.#host.lookup(name);
    if (found !== undefined) return found;
    const constant = NAMED_CONSTANTS[name.toLowerCase()];
    if (constant !== undefined) return { kind: 'text', value: constant };
    return { kind: 'unknown', why: `the value of ${name} is not known` };
  }

  index(object: RunValue, at: RunValue): RunValue {
    const container = plain(object, 'an indexed value');
    const key = plain(at, 'an index');
    if (container.kind === 'list' && (key.kind === 'integer' || (key.kind === 'float' && Number.isInteger(key.value)))) {
      const item = container.items[key.value - container.lower];
      if (item === undefined) throw new NotTranslated(`the index ${String(key.value)} is outside the array`);
      return item;
    }
    if (container.kind === 'dict') {
      const name = this.#host.asText(key);
      const found = container.entries.find(([entry]) => entry === name);
      if (found) return found[1];
      throw new NotTranslated(`the dictionary has no key ${JSON.stringify(name)}`);
    }
    throw new NotTranslated(`indexing a ${container.kind} is not translated`);
  }

  async member(expr: Extract<Expression, { kind: 'member' }>): Promise<RunValue> {
    const name = dottedName(expr);
    if (name !== undefined && this.#host.lookup(name.split('.')[0] ?? '') === undefined && NAMED_CONSTANTS[name.toLowerCase()] === undefined) {
      const builtin = lookupBuiltin(this.#host.language, name);
      if (builtin) return builtin.run([]);
    }
    const object = await this.evaluate(expr.object);
    if (object.kind === 'object') return getProperty(object.object, expr.name);
    if (object.kind === 'unknown') return object;
    // `.Length`, `.Count`, Ruby's `.downcase` (a method read without parentheses).
    const builtin = lookupBuiltin(this.#host.language, `.${expr.name}`);
    if (builtin) return builtin.run([object]);
    throw new NotTranslated(`cannot follow .${expr.name} of a ${object.kind}`);
  }

  async call(expr: CallExpression): Promise<RunValue> {
    const host = this.#host;
    const callee = expr.callee;
    if (callee.kind === 'member') {
      const receiverName = dottedName(callee.object);
      const isVariable = receiverName === undefined || host.lookup(receiverName.split('.')[0] ?? '') !== undefined;
      if (isVariable) {
        const receiver = await this.evaluate(callee.object);
        const args = await this.all(expr.args);
        if (receiver.kind === 'object') {
          const method = canonicalMethod(callee.name);
          if (SEND_METHODS.has(method)) return host.send(receiver.object, method, args);
          return callMethod(receiver.object, callee.name, args, (value) => host.asText(value));
        }
        if (receiver.kind === 'unknown') throw new NotTranslated(`cannot follow ${callee.name}() on a value that is not known (${receiver.why})`, receiver.awaitsResponse === true);
        const builtin = lookupBuiltin(host.language, `.${callee.name}`);
        if (builtin) return builtin.run([receiver, ...args.map((arg) => plain(arg, `an argument of .${callee.name}`))]);
        throw new NotTranslated(`the method .${callee.name}() of a ${receiver.kind} is not translated`);
      }
    }
    const name = dottedName(callee);
    if (name === undefined) throw new NotTranslated('a call of a computed function is not translated');
    // BASIC reads an array element with parentheses: `urls(i)`.
    const variable = callee.kind === 'name' ? host.lookup(name) : undefined;
    if (variable !== undefined && expr.args.length === 1 && expr.args[0]) return this.index(variable, await this.evaluate(expr.args[0]));
    const args = await this.all(expr.args);
    // DataFlex's `IsComObjectCreated(hoJson)`, `IsComObject(vResp)`: whether the handle holds an object.
    if (/^IsComObject(?:Created)?$/i.test(name) && args.length === 1 && args[0]?.kind !== 'unknown') return { kind: 'boolean', value: args[0]?.kind === 'object' };
    // C's `sizeof(buffer)`: the size it was declared with.
    const declared = name === 'sizeof' && expr.args[0]?.kind === 'name' ? host.sizeOf(expr.args[0].name) : undefined;
    if (declared !== undefined) return { kind: 'integer', value: declared };
    // Flat APIs: `CkJsonObject_UpdateString(json, ...)`, `CkHttp_PTextSb(http, ...)`.
    const flat = splitFlatName(name.replace(/\./g, '::'));
    if (flat) return this.flatCall(flat.method, args, name);
    const own = await host.callFunction(name, args);
    if (own !== undefined) return own;
    // Tcl releases an object with `delete_CkHttp $http`.
    if (/^delete_Ck\w+$/.test(name)) return { kind: 'null' };
    if (isPrintName(name) || (HARMLESS.test(name) && !args.some((arg) => arg.kind === 'object'))) return { kind: 'null' };
    const builtin = lookupBuiltin(host.language, name);
    if (builtin) {
      const result = builtin.run(args.map((arg, at) => (builtin.writes === at && arg.kind === 'unknown' ? { kind: 'null' } : plain(arg, `argument ${String(at + 1)} of ${name}`))));
      const target = builtin.writes === undefined ? undefined : expr.args[builtin.writes];
      if (target?.kind === 'name') host.assign(target.name, result);
      return result;
    }
    const handed = args.find((arg) => arg.kind === 'object');
    if (handed?.kind === 'object') throw new NotTranslated(`${name}() is given a Chilkat ${handed.object.className}; the function is not known`);
    throw new NotTranslated(`the function ${name}() is not translated`);
  }

  async flatCall(raw: string, args: readonly RunValue[], name: string): Promise<RunValue> {
    const [receiver, ...rest] = args;
    const method = canonicalMethod(raw);
    if (/^(?:Create|New)$/.test(method)) throw new NotTranslated(`${name}() is not ported`);
    if (receiver?.kind !== 'object') throw new NotTranslated(`cannot tell which Chilkat object ${name}() is called on`);
    if (SEND_METHODS.has(method)) return this.#host.send(receiver.object, method, rest);
    return callMethod(receiver.object, raw, rest, (value) => this.#host.asText(value));
  }

  async all(exprs: readonly Expression[]): Promise<RunValue[]> {
    const out: RunValue[] = [];
    for (const expr of exprs) out.push(await this.evaluate(expr));
    return out;
  }
}
