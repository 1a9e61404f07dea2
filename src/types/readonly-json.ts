/**
 * A JSON type as `build()` and `get()` return it: readonly, since the builder
 * freezes what it builds. Objects with fixed keys and arrays are readonly all
 * the way down; a record (`Record<string, …>`, an index signature) is readonly
 * one level, which keeps recursive JSON types cheap for tools that walk them.
 *
 * Purpose-built rather than type-fest's `ReadonlyDeep`, which also handles
 * maps, sets and functions: a homomorphic mapped type keeps arrays and tuples
 * as they are and costs one instantiation per level. An array whose element
 * type is `never` (what `array()` starts without a schema) reads as
 * `readonly unknown[]`: it is empty, but what it will hold is not known.
 *
 * @example
 * ```ts
 * import type { ReadonlyJson } from 'pathpatch';
 * type Built = ReadonlyJson<{ a: { b: number[] } }>;
 * //=> { readonly a: { readonly b: readonly number[] } }
 * ```
 */
export type ReadonlyJson<Value> = Value extends object
  ? Value extends readonly never[]
    ? readonly unknown[]
    : string extends keyof Value
      ? Readonly<Value>
      : { readonly [Key in keyof Value]: ReadonlyJson<Value[Key]> }
  : Value;
