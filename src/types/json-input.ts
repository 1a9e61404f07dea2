import type { RawNumber } from '../json/index.js';

/**
 * A value `set()` takes without a schema: JSON, plus raw numbers.
 *
 * Objects are typed `object` rather than as a JSON object type because an
 * `interface` has no implicit index signature and would be refused; the
 * runtime still rejects what is not JSON (dates, functions, `undefined`).
 *
 * @example
 * ```ts
 * import { rawNumber, type JsonInput } from 'pathpatch';
 * const values: JsonInput[] = ['a', 1, true, null, [1, 2], { a: 1 }, rawNumber('1.50')];
 * ```
 */
export type JsonInput = string | number | boolean | null | RawNumber | object;

/**
 * What a typed method takes where the schema says `Value`: `Value` itself, a
 * raw number where a number fits, and any JSON value where the schema says `unknown`.
 *
 * @example
 * ```ts
 * import { rawNumber, type InputFor } from 'pathpatch';
 * const price: InputFor<number> = rawNumber('1.50');
 * ```
 */
export type InputFor<Value> = 0 extends 1 & Value
  ? Value
  : unknown extends Value
    ? JsonInput
    : number extends Value
      ? Value | RawNumber
      : Value;
