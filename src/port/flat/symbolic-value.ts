/**
 * The values of the flat reader, which runs a script symbolically: literal
 * text, numbers with the text they were written as, booleans, null, a Chilkat
 * object, the text a JsonObject emits, or a value it cannot follow (with why).
 *
 * @example
 * show({ kind: 'number', text: '1.50', number: 1.5 }); //=> '1.50'
 */
import type { IrClass, JsonRefMethod } from '../ir.js';

/**
 * A Chilkat object the script made, named by the variable that holds it.
 *
 * @example
 * const ref: ObjectRef = { handle: 'json', cls: 'JsonObject', line: 3, afterSend: false };
 */
export interface ObjectRef {
  handle: string;
  readonly cls: IrClass;
  readonly line: number;
  /** Created after the request was sent: response handling, not ported. */
  readonly afterSend: boolean;
  /** A part of another object (`jarr.ObjectAt(0)`, `json.ArrayOf("items")`), sharing its data. */
  readonly origin?: { readonly from: string; readonly method: JsonRefMethod; readonly arg: string | number };
}

/**
 * A value the flat reader can write as text: text, a number, a boolean or null.
 *
 * @example
 * const value: ScalarValue = { kind: 'text', text: 'a' };
 */
export type ScalarValue =
  | { readonly kind: 'text'; readonly text: string }
  /** `text` is the number as the script wrote it (`1.50`), `number` its value. */
  | { readonly kind: 'number'; readonly text: string; readonly number: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

/**
 * Any value while reading a script.
 *
 * @example
 * const value: SymbolicValue = { kind: 'unknown', why: 'cannot follow the value of x' };
 */
export type SymbolicValue =
  | ScalarValue
  | { readonly kind: 'object'; readonly ref: ObjectRef }
  /** What `json.Emit()` returns: the JsonObject's text at the time it is used. */
  | { readonly kind: 'json-text'; readonly handle: string }
  | { readonly kind: 'unknown'; readonly why: string };

/**
 * Thrown to turn the current statement into an `unsupported` node with this message.
 *
 * @example
 * throw new Unsupported('cannot follow the URL');
 */
export class Unsupported extends Error {
  override readonly name = 'Unsupported';
}

/**
 * Whether a value can be written as text (the one "is it a plain value" check of the flat reader).
 *
 * @param value - Any value.
 * @returns `true` for text, numbers, booleans and null.
 * @example
 * isScalar({ kind: 'json-text', handle: 'json' }); //=> false
 */
export function isScalar(value: SymbolicValue | undefined): value is ScalarValue {
  return value !== undefined && (value.kind === 'text' || value.kind === 'number' || value.kind === 'boolean' || value.kind === 'null');
}

/**
 * The value when it is plain, else an {@link Unsupported} `cannot follow <what>`, with why when the value is unknown.
 *
 * @param value - The value, `undefined` when the argument is missing.
 * @param what - What needs it (`the URL`, `the value of UpdateString`).
 * @returns The plain value.
 * @throws {@link Unsupported} for a missing, unknown or object value.
 * @example
 * followed({ kind: 'unknown', why: 'x' }, 'the URL'); // throws Unsupported('cannot follow the URL (x)')
 */
export function followed(value: SymbolicValue | undefined, what: string): ScalarValue {
  if (isScalar(value)) return value;
  throw new Unsupported(`cannot follow ${what}${value?.kind === 'unknown' ? ` (${value.why})` : ''}`);
}

/**
 * A value's text, as concatenation and the `Update*` calls see it.
 *
 * @param value - Any value.
 * @returns The text.
 * @throws {@link Unsupported} for a value that has no text the reader knows.
 * @example
 * show({ kind: 'boolean', value: true }); //=> 'true'
 */
export function show(value: SymbolicValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return value.text;
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'null':
      return 'null';
    default:
      throw new Unsupported('cannot follow a value used as text');
  }
}

/**
 * A number computed by the reader (its text is JavaScript's).
 *
 * @param number - The number.
 * @returns The value.
 * @example
 * numberValue(3); //=> { kind: 'number', text: '3', number: 3 }
 */
export function numberValue(number: number): SymbolicValue {
  return { kind: 'number', text: String(number), number };
}

/**
 * Whether a value counts as true in a condition.
 *
 * @param value - Any value.
 * @returns Its truth: non-zero numbers, and text other than empty, `false` and `0`.
 * @example
 * truthy({ kind: 'text', text: 'False' }); //=> false
 */
export function truthy(value: SymbolicValue): boolean {
  switch (value.kind) {
    case 'boolean':
      return value.value;
    case 'number':
      return value.number !== 0;
    case 'text':
      return value.text !== '' && !/^(?:false|0)$/i.test(value.text);
    default:
      return false;
  }
}
