/**
 * Calls as statements: a call of a Chilkat object's method (dotted or the
 * flat C API), a call of the script's own helper or of a built-in that
 * writes into its argument (C's `sprintf`), printing, and the calls that
 * end the script or have nothing to port.
 *
 * @example
 * writeExpressionStatement(out, { kind: 'call', callee: { kind: 'name', name: 'print' }, args: [] }, 1); // out.lines: ['  console.log();']
 */
import type { Expression } from '../ast/index.js';
import { dottedName } from '../ast/names.js';
import { isPrintName } from '../ast/print-calls.js';
import { builtinFor } from '../builtins/index.js';
import { isChilkatRead } from './chilkat-reads.js';
import type { StatementOutput } from './statement-output.js';
import { endsScript } from './statement-facts.js';

/** Calls with nothing to port: Java's loading of Chilkat's native library. */
const NO_OPS = /^System\.loadLibrary$/;

/**
 * A Chilkat call the call writer wrote: its code (empty when there is nothing to write), whether it sends,
 * and the code of the object it was made on.
 *
 * @example
 * const call: ChilkatStatement = { code: "http.PostJson3(url, 'application/json', json)", sends: true, http: 'http' };
 */
export interface ChilkatStatement {
  readonly code: string;
  readonly sends: boolean;
  readonly http: string;
}

/**
 * A call of a Chilkat object's method that changes something, written by the style's call writer.
 *
 * @param out - The body being written.
 * @param expression - The expression.
 * @param depth - The depth of the statement (1 is the function's top level).
 * @returns The call, or `undefined` for an expression that is not such a call (a read such as `StringOf` is a value).
 * @example
 * writeChilkatCall(out, { kind: 'call', callee: { kind: 'member', object: { kind: 'name', name: 'json' }, name: 'Clear' }, args: [] }, 1); //=> { code: 'json.Clear()', sends: false, http: 'json' }
 */
export function writeChilkatCall(out: StatementOutput, expression: Expression, depth: number): ChilkatStatement | undefined {
  if (expression.kind !== 'call') return undefined;
  const { callee, args } = expression;
  // The flat C API: CkJsonObject_UpdateString(json, ...), CkHttp_putAuthToken(http, ...).
  const flat = callee.kind === 'name' ? /^Ck(?:JsonObject|Http|StringBuilder|HttpResponse)_(\w+)$/.exec(callee.name) : null;
  const [first, ...others] = args;
  const receiver = flat !== null ? first : callee.kind === 'member' ? callee.object : undefined;
  const method = flat?.[1] ?? (callee.kind === 'member' ? callee.name : undefined);
  if (receiver === undefined || method === undefined) return undefined;
  // A name the script never set (`int.Parse`, `Integer.parseInt`) is a built-in's owner, not an object.
  if (receiver.kind === 'name' && out.context.scope.lookup(receiver.name) === undefined) return undefined;
  const target = out.writer.write(receiver);
  if (target.kind !== 'object') return undefined;
  // A value read from the object (`StringOf`, `bodyStr()`) is an expression, not a call that changes something.
  if (isChilkatRead(target.cls, method, flat !== null ? others.length : args.length)) return undefined;
  const written = out.context.calls.call(out.writer, target, method, flat !== null ? others : args, depth);
  return written === undefined ? { code: '', sends: false, http: target.code } : { ...written, http: target.code };
}

/**
 * An expression whose value the script does not use, written as a statement.
 *
 * @param out - The body being written.
 * @param expression - The expression.
 * @param depth - The depth of the statement.
 * @example
 * writeExpressionStatement(out, { kind: 'call', callee: { kind: 'name', name: 'System.loadLibrary' }, args: [] }, 1); // writes nothing
 */
export function writeExpressionStatement(out: StatementOutput, expression: Expression, depth: number): void {
  if (endsScript(expression)) return out.emit(depth, 'return;');
  const called = expression.kind === 'call' ? dottedName(expression.callee) : undefined;
  if (expression.kind === 'call' && called !== undefined && NO_OPS.test(called)) return undefined;
  // As `run` does: the script's own function first, then the names that print (one list, ast/print-calls.ts).
  const helper = expression.kind === 'call' && called !== undefined ? writeOwnCall(out, called, expression.args) : undefined;
  if (helper !== undefined) return out.emit(depth, `${helper};`);
  if (expression.kind === 'call' && called !== undefined && isPrintName(called)) {
    return out.emit(depth, `console.log(${expression.args.map((value) => out.writer.write(value).code).join(', ')});`);
  }
  const call = writeChilkatCall(out, expression, depth);
  if (call === undefined) {
    // A method of a name the script never set (a PHP function's `$json`, which it cannot see): the name is what is not translated.
    if (expression.kind === 'call' && expression.callee.kind === 'member' && expression.callee.object.kind === 'name') out.writer.write(expression.callee.object);
    return out.writer.fail('a call whose result is not used');
  }
  if (call.sends) return out.writer.fail('a send whose response is not kept');
  if (call.code !== '') out.emit(depth, `${call.code};`);
}

/** A call of the script's own helper, or a built-in that writes its result into an argument (C's `sprintf(buffer, ...)`). */
function writeOwnCall(out: StatementOutput, name: string, args: readonly Expression[]): string | undefined {
  const writer = out.writer;
  const builtin = builtinFor(out.context.language, name);
  const buffer = builtin?.writes === undefined ? undefined : args[builtin.writes];
  if (builtin !== undefined && buffer !== undefined) {
    const target = writer.write(buffer);
    if (buffer.kind !== 'name' || target.kind !== 'text') return writer.fail(`${name} into something that is not a text buffer`);
    const operands = args.map((arg, at) => (at === builtin.writes ? writer.operand(target) : writer.operand(writer.write(arg))));
    const written = writer.emitted(() => builtin.emit(operands));
    // What the buffer now holds, for a path read from it later in this block (a hole that is an integer argument is that integer).
    const integers = new Set(operands.filter((operand) => operand.kind === 'integer').map((operand) => operand.code));
    out.context.scope.wrote(buffer.name, written.code.startsWith('`') ? { code: written.code, integers } : undefined);
    return `${target.code} = ${written.code}`;
  }
  const helper = out.context.helpers?.call(name, args);
  // A helper may change a variable the translator cannot see (a C buffer it is given).
  if (helper !== undefined) out.context.scope.forgetWritten();
  return helper;
}
