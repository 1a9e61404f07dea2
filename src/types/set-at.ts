import type { RawNumber } from '../json/index.js';
import type { PathSegment } from '../path/index.js';

/**
 * @internal Marks `object()`: keep the object at the path, or start an empty one.
 * @example
 * ```ts
 * type Kept = SetAt<{ a: { b: 1 } }, ['a'], EnsureObject>; //=> { a: { b: 1 } }
 * ```
 */
export interface EnsureObject {
  readonly ensure: 'object';
}

/**
 * @internal Marks `array()`: keep the array at the path, or start an empty one.
 * @example
 * ```ts
 * type Started = SetAt<{}, ['a'], EnsureArray>; //=> { a: never[] }
 * ```
 */
export interface EnsureArray {
  readonly ensure: 'array';
}

/**
 * @internal The type of `Current` after setting `Value` at `Segments`: keys
 * are added or replaced, an index or `[]` makes an array whose element type
 * takes the new value in. Recursion follows the path, so its depth is the
 * path's length. A path of unknown length (a `PathSegment[]`) leaves the type as it was.
 * @example
 * ```ts
 * type Next = SetAt<{ a: { b: number } }, ['a', 'c', 0], string>; //=> { a: { b: number; c: string[] } }
 * ```
 */
export type SetAt<Current, Segments extends readonly PathSegment[], Value> = 0 extends 1 & Current
  ? Current
  : number extends Segments['length']
    ? Current
    : _SetAt<Current, Segments, Value>;

type _SetAt<Current, Segments extends readonly PathSegment[], Value> = Segments extends readonly [
  infer Head,
  ...infer Tail extends readonly PathSegment[],
]
  ? Head extends string
    ? _WithKey<Current, Head, _SetAt<_Member<Current, Head>, Tail, Value>>
    : (Tail extends readonly [] ? _Leaf<_Element<Current>, Value> | _Element<Current> : _SetAt<_Element<Current>, Tail, Value>)[]
  : _Leaf<Current, Value>;

type _Leaf<Current, Value> = Value extends EnsureObject
  ? [Extract<Current, object>] extends [never]
    ? Record<never, never>
    : Extract<Current, object>
  : Value extends EnsureArray
    ? [Extract<Current, readonly unknown[]>] extends [never]
      ? never[]
      : Extract<Current, readonly unknown[]>
    : Value;

type _Member<Current, Key extends string> = Current extends readonly unknown[] ? never : Key extends keyof Current ? Current[Key] : never;

type _Element<Current> = Current extends readonly (infer Element)[] ? Element : never;

// A mapped type already shows flattened in hovers, so type-fest's Simplify would only add an instantiation per call.
type _WithKey<Current, Key extends string, New> = [Current] extends [never]
  ? { [Name in Key]: New }
  : Current extends readonly unknown[]
    ? { [Name in Key]: New }
    : Current extends object
      ? { [Name in keyof Current | Key]: Name extends Key ? New : Current[Name & keyof Current] }
      : { [Name in Key]: New };

/**
 * @internal `Base` deep-merged with `Patch`, as `merge()` does: objects merge
 * key by key, arrays and scalars replace.
 * @example
 * ```ts
 * type Merged = MergeInto<{ a: { b: number }; l: number[] }, { a: { c: string }; l: string[] }>;
 * //=> { a: { b: number; c: string }; l: string[] }
 * ```
 */
export type MergeInto<Base, Patch> = Patch extends readonly unknown[]
  ? Patch
  : Patch extends object
    ? Base extends readonly unknown[]
      ? Patch
      : Base extends object
        ? {
            [Key in keyof Base | keyof Patch]: Key extends keyof Patch
              ? Key extends keyof Base
                ? MergeInto<Base[Key], Patch[Key]>
                : Patch[Key]
              : Base[Key & keyof Base];
          }
        : Patch
    : Patch;

/**
 * @internal The JSON type a value of type `Value` is stored as: literals widened, raw numbers read as numbers.
 * @example
 * ```ts
 * type Wide = Widen<'x' | 1 | true>; //=> string | number | boolean
 * ```
 */
export type Widen<Value> = Value extends string
  ? string
  : Value extends number
    ? number
    : Value extends boolean
      ? boolean
      : Value extends RawNumber
        ? number
        : Value;

/**
 * @internal `Result` with its property types resolved now. Each `set()` wraps
 * the previous result in a mapped type whose properties resolve lazily; after
 * ~50 calls, reading one would recurse through every earlier step (TS2589).
 * Relating it to an index signature resolves (and caches) each property once per step.
 * @example
 * ```ts
 * type Same = Settled<{ a: number }>; //=> { a: number }
 * ```
 */
export type Settled<Result> = Result extends Readonly<Record<string, unknown>> ? Result : Result;

/**
 * @internal The type of `Current` after `remove()` at `Segments`: a removed
 * key leaves the object type; a removed element leaves the array type as it was.
 * @example
 * ```ts
 * type Left = RemoveAt<{ a: { b: number; c: string } }, ['a', 'b']>; //=> { a: { c: string } }
 * ```
 */
export type RemoveAt<Current, Segments extends readonly PathSegment[]> = 0 extends 1 & Current
  ? Current
  : Segments extends readonly [infer Head, ...infer Tail extends readonly PathSegment[]]
    ? Head extends string
      ? Current extends readonly unknown[]
        ? Current
        : Current extends object
          ? Tail extends readonly []
            ? { [Name in keyof Current as Name extends Head ? never : Name]: Current[Name] }
            : { [Name in keyof Current]: Name extends Head ? RemoveAt<Current[Name], Tail> : Current[Name] }
          : Current
      : Current extends readonly (infer Element)[]
        ? Tail extends readonly []
          ? Current
          : RemoveAt<Element, Tail>[]
        : Current
    : Current;
