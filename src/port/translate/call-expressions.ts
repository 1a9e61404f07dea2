/**
 * Calls and member reads whose value an expression uses: a Chilkat
 * property or read method (through the style's call writer, dotted or the
 * flat C API), a built-in function, method or property of the language's
 * table, a list read written as a call (`list(i)`), VB's `Array(...)` and
 * C's `sizeof`.
 *
 * @example
 * new CallExpressionWriter(writer, context).call({ kind: 'name', name: 'LCase' }, [{ kind: 'name', name: 'app' }]).code; //=> 'app.toLowerCase()'
 */
import type { Expression } from '../ast/index.js';
import { dottedName } from '../ast/names.js';
import { builtinFor } from '../builtins/index.js';
import { splitFlatName } from '../chilkat-names.js';
import type { ExpressionContext, ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';

/**
 * Writes the calls and member reads of one script's expressions.
 *
 * @example
 * new CallExpressionWriter(writer, context).member({ kind: 'name', name: 'resp' }, 'StatusCode').code; //=> 'resp.StatusCode'
 */
export class CallExpressionWriter {
  readonly #writer: ExpressionWriter;
  readonly #context: ExpressionContext;

  /**
   * @param writer - Writes the receivers and arguments.
   * @param context - The script's language, variables, call writer and helpers.
   */
  constructor(writer: ExpressionWriter, context: ExpressionContext) {
    this.#writer = writer;
    this.#context = context;
  }

  /** `object.name` read as a value: a Chilkat property, or a built-in property (`.Length`). */
  member(object: Expression, name: string): Typed {
    const writer = this.#writer;
    const target = writer.write(object);
    if (target.kind === 'object') return this.#context.calls.property(writer, target, name);
    const builtin = builtinFor(this.#context.language, `.${name}`);
    if (builtin === undefined) return writer.fail(`the property ${name}`);
    return writer.emitted(() => builtin.emit([writer.operand(target)]));
  }

  /** A call whose value is used. */
  call(callee: Expression, args: readonly Expression[]): Typed {
    const writer = this.#writer;
    if (callee.kind === 'name') {
      const slot = this.#context.scope.lookup(callee.name);
      if (slot?.kind === 'list' && args.length === 1 && args[0] !== undefined) return writer.element({ ...slot, code: slot.id }, args[0]);
      if (/^array$/i.test(callee.name) && this.#context.language.match(/^(?:vb6|vbscript|asp)$/)) return writer.write({ kind: 'list', items: args });
    }
    if (callee.kind === 'member') {
      const dotted = dottedName(callee);
      const receiverName = dottedName(callee.object);
      const receiver = receiverName === undefined ? undefined : this.#context.scope.lookup(receiverName);
      if (dotted !== undefined && receiver === undefined && !(callee.object.kind === 'string' || callee.object.kind === 'call')) {
        const builtin = builtinFor(this.#context.language, dotted);
        if (builtin === undefined) return writer.fail(`the function ${dotted}`);
        return writer.emitted(() => builtin.emit(args.map((arg) => writer.operand(writer.write(arg)))));
      }
      const target = writer.write(callee.object);
      if (target.kind === 'object') return this.#context.calls.property(writer, target, callee.name, args);
      const builtin = builtinFor(this.#context.language, `.${callee.name}`);
      if (builtin === undefined) return writer.fail(`the method ${callee.name}`);
      return writer.emitted(() => builtin.emit([writer.operand(target), ...args.map((arg) => writer.operand(writer.write(arg)))]));
    }
    const name = dottedName(callee);
    // C's `sizeof(buffer)`: the size the buffer was declared with.
    const [first] = args;
    if (name === 'sizeof' && first?.kind === 'name') {
      const size = this.#context.scope.lookup(first.name)?.size;
      return size === undefined ? writer.fail(`sizeof(${first.name})`) : { code: String(size), kind: 'integer' };
    }
    // The flat C API: CkHttpResponse_getStatusCode(resp), CkJsonObject_stringOf(json, path).
    const flat = name === undefined ? undefined : splitFlatName(name);
    const [receiver, ...rest] = args;
    if (flat !== undefined && receiver !== undefined) {
      const target = writer.write(receiver);
      if (target.kind === 'object' && target.cls === flat.class) return this.#context.calls.property(writer, target, flat.method, rest);
    }
    // As `run` does, the script's own function before a built-in of the same name; its result is not translated.
    if (name !== undefined && this.#context.helpers?.defines(name) === true) return writer.fail(`using the result of ${name}, one of the script's functions,`);
    const builtin = name === undefined ? undefined : builtinFor(this.#context.language, name);
    if (builtin === undefined || builtin.writes !== undefined) return writer.fail(`the call ${name ?? 'of an expression'}`);
    return writer.emitted(() => builtin.emit(args.map((arg) => writer.operand(writer.write(arg)))));
  }
}
