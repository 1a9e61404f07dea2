/**
 * The values a script's built-ins see while `run` executes it: named kinds, so a
 * Java `double` and an `int` stay apart (`String.valueOf` prints `10.0` for one
 * and `10` for the other) and an array keeps its lower bound (VB's
 * `Dim a(1 To 3)`, FoxPro's `DIMENSION a(3)` count from 1).
 *
 * @example
 * const price: ScriptValue = float(3.5);
 * price.kind; //=> 'float'
 */

/**
 * One value of a running script.
 *
 * @example
 * const hosts: ScriptValue = list([text('a'), text('b')]);
 */
export type ScriptValue =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'list'; readonly items: readonly ScriptValue[]; readonly lower: number }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [string, ScriptValue])[] };

/**
 * The kind names of {@link ScriptValue}.
 *
 * @example
 * const kind: ValueKind = 'integer';
 */
export type ValueKind = ScriptValue['kind'];

/**
 * A text value.
 *
 * @param value - The text.
 * @returns The value.
 * @example
 * text('a'); //=> { kind: 'text', value: 'a' }
 */
export function text(value: string): ScriptValue {
  return { kind: 'text', value };
}

/**
 * An integer value (the language's `int`, `Long`, `Integer`).
 *
 * @param value - A whole number.
 * @returns The value.
 * @example
 * integer(3); //=> { kind: 'integer', value: 3 }
 */
export function integer(value: number): ScriptValue {
  return { kind: 'integer', value };
}

/**
 * A floating-point value (the language's `double`, `Double`, `float`, `Real`).
 *
 * @param value - The number.
 * @returns The value.
 * @example
 * float(10); //=> { kind: 'float', value: 10 }
 */
export function float(value: number): ScriptValue {
  return { kind: 'float', value };
}

/**
 * A boolean value.
 *
 * @param value - The truth value.
 * @returns The value.
 * @example
 * boolean(true); //=> { kind: 'boolean', value: true }
 */
export function boolean(value: boolean): ScriptValue {
  return { kind: 'boolean', value };
}

/**
 * The null value (`Nothing`, `nil`, `None`, `null`, `undef`).
 *
 * @example
 * NULL_VALUE.kind; //=> 'null'
 */
export const NULL_VALUE: ScriptValue = { kind: 'null' };

/**
 * An array or list.
 *
 * @param items - The elements in order.
 * @param lower - The index of the first element: 0, or 1 for VB's `(1 To n)` and FoxPro.
 * @returns The value.
 * @example
 * list([text('a')], 1).lower; //=> 1
 */
export function list(items: readonly ScriptValue[], lower = 0): ScriptValue {
  return { kind: 'list', items, lower };
}

/**
 * A dictionary with its insertion order (PHP's keyed array, Python's dict, Perl's hash).
 *
 * @param entries - Key and value pairs in order.
 * @returns The value.
 * @example
 * dict([['a', integer(1)]]).kind; //=> 'dict'
 */
export function dict(entries: readonly (readonly [string, ScriptValue])[]): ScriptValue {
  return { kind: 'dict', entries };
}
