/**
 * What the translator asks of an output style. The statement and expression
 * writers are one for both styles (variables, loops, conditions, built-ins);
 * everything that touches a Chilkat object goes through a call writer:
 * chilkat style keeps the calls on `pathpatch/chilkat`, builder style turns
 * them into updates of a `payload()` builder and a `send()`.
 *
 * @example
 * const calls: CallWriter = new ChilkatCalls(new Set());
 * calls.create('json', 'JsonObject'); //=> ['const json = new JsonObject();']
 */
import type { Expression } from '../ast/index.js';
import type { IrClass } from '../ir.js';
import type { ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';

/**
 * A Chilkat call as TypeScript: the code (empty when there is nothing to write), and whether it sends
 * a request (then it is awaited and gives a response).
 *
 * @example
 * const call: WrittenCall = { code: "json.UpdateInt('a', 1)", sends: false };
 */
export interface WrittenCall {
  readonly code: string;
  readonly sends: boolean;
}

/**
 * The module around main()'s lines: imports, declarations before main(), and main()'s comment.
 *
 * @example
 * const frame: ModuleFrame = { imports: ["import { payload } from 'pathpatch';"], declarations: [], summary: 'Sends the request.' };
 */
export interface ModuleFrame {
  readonly imports: readonly string[];
  readonly declarations: readonly string[];
  readonly summary: string;
}

/**
 * Writes what a script does with its Chilkat objects, in one output style. A method that cannot be
 * written faithfully calls `writer.fail(...)`, so the whole script goes to the reporting port.
 *
 * @example
 * calls.call(writer, { code: 'json', kind: 'object', cls: 'JsonObject' }, 'UpdateInt', args); //=> { code: "json.UpdateInt('a', 1)", sends: false }
 */
export interface CallWriter {
  /** Environment variables main() reads (secrets), in order of first use. */
  readonly env: Set<string>;
  /** The lines that declare a Chilkat object the script creates, at `depth` (1 is main()'s top level). */
  create(writer: ExpressionWriter, id: string, cls: IrClass, depth: number, declare?: 'let' | 'assign'): readonly string[];
  /** A method call on a Chilkat object, or `undefined` for one with nothing to write (a release). */
  call(writer: ExpressionWriter, target: Typed, method: string, args: readonly Expression[], depth: number): WrittenCall | undefined;
  /** The lines after a send whose response the script keeps in `id` (`http` is the sending object). */
  received(id: string, http: string): readonly string[];
  /** The class of the response a send gives. */
  readonly responseClass: IrClass;
  /** The statement that sets a property (`http.AuthToken = ...`, `json.I = 2`), or `''` when there is nothing to write. */
  setProperty(writer: ExpressionWriter, target: Typed, name: string, value: Expression, depth: number): string;
  /**
   * A value read from a Chilkat object: a property (`resp.StatusCode`, `args` undefined) or a getter or read
   * method with its arguments (`resp.get_StatusCode()`, `tok.StringOf("access_token")`).
   */
  property(writer: ExpressionWriter, target: Typed, name: string, args?: readonly Expression[]): Typed;
  /**
   * Set where the style writes a variable given another object (`Set json = json2`, a second response in
   * `resp`): `declare` then gives the keyword of its first declaration (`let`) or `assign` for a later one.
   */
  readonly reassigns?: boolean;
  /**
   * Set where the style's objects are values (builder style's immutable builders): a second name for one
   * would not see the changes made through the first, so the translator refuses it.
   */
  readonly values?: boolean;
  /**
   * The TypeScript type of a helper's parameter `id` given this Chilkat object (`undefined` where the style
   * cannot pass it); without it, helpers taking objects are not written.
   */
  parameterType?(value: Typed, id: string): string | undefined;
  /** Told when a helper call gave back a changed object (builder style: what was emitted from it before is stale). */
  changed?(target: Typed): void;
  /** The module's frame, given main()'s lines and the run-time helpers they use from `pathpatch/port`. */
  frame(lines: readonly string[], helpers: ReadonlySet<string>): ModuleFrame;
}
