import type { APPEND, PathSegment } from '../path/index.js';
import type { Found } from './found.js';
import type { PathError } from './path-error.js';

// Purpose-built instead of type-fest's `Get`: this walks the schema while it
// parses the one path it is given (one pass, tail-recursive, no segment tuple,
// no `Paths` union to constrain against), and on a miss it returns a bounded
// completion list or a readable error instead of `unknown`.

/**
 * @internal Walks `Schema` along a path string in the strict grammar.
 * Returns `Found<Value>` for a valid path; for a last key typed halfway, the
 * paths that complete it (what the editor offers); otherwise a {@link PathError}.
 * `Append` says whether `[]` is allowed (it is for writes, not for reads).
 * @example
 * ```ts
 * type Hit = ResolvePath<{ a: { b: number } }, 'a.b', true>; //=> Found<number>
 * type Typing = ResolvePath<{ a: { b: number } }, 'a.', true>; //=> 'a.b'
 * ```
 */
export type ResolvePath<Schema, Path extends string, Append extends boolean> = _Key<Schema, Path, '', Path, Append>;

/**
 * @internal {@link ResolvePath} for an array of segments (`['a', 0, APPEND]`); a non-tuple array is not checked.
 * @example
 * ```ts
 * type Hit = ResolveSegments<{ a: number[] }, ['a', 0], true>; //=> Found<number>
 * ```
 */
export type ResolveSegments<Schema, Segments extends readonly PathSegment[], Append extends boolean> = _Segments<
  Schema,
  Segments,
  '',
  Append
>;

/**
 * @internal The value type at a path (`undefined` of optional properties removed), `never` for an invalid path.
 * @example
 * ```ts
 * type Value = FoundValue<Found<number | undefined>>; //=> number
 * ```
 */
export type FoundValue<Result> = Result extends Found<infer Value> ? Exclude<Value, undefined> : never;

/**
 * @internal The value type of a member `Key` of `Current`, distributed over unions; `never` when no member has it.
 * @example
 * ```ts
 * type Member = MemberOf<{ a: 1 } | { a: 2; b: 3 }, 'a'>; //=> 1 | 2
 * ```
 */
export type MemberOf<Current, Key extends string> = 0 extends 1 & Current
  ? Current
  : unknown extends Current
    ? unknown
    : Current extends readonly unknown[]
      ? never
      : Current extends object
        ? Key extends keyof Current
          ? Current[Key]
          : never
        : never;

/**
 * @internal The element type at `Index` (digits, `${number}` or `[]`) of the arrays and tuples in `Current`.
 * @example
 * ```ts
 * type Element = ElementOf<[string, number], '1'>; //=> number
 * ```
 */
export type ElementOf<Current, Index extends string> = 0 extends 1 & Current
  ? Current
  : unknown extends Current
    ? unknown
    : Current extends readonly unknown[]
      ? Index extends '[]'
        ? number extends Current['length']
          ? Current[number]
          : never
        : Index extends keyof Current
          ? Current[Index]
          : number extends Current['length']
            ? Current[number]
            : `${number}` extends Index
              ? Current[number]
              : never
      : never;

/**
 * @internal A key as it must be written in a path: quoted (with `\"`, `\\`) when empty or holding `.`, `[` or `"`.
 * @example
 * ```ts
 * type Key = FormatKey<'a.b'>; //=> '"a.b"'
 * ```
 */
export type FormatKey<Key extends string> = Key extends '' | `${string}${'.' | '[' | '"'}${string}` ? `"${_Escape<Key, ''>}"` : Key;

// Not distributive (FormatKey already is): a declaration check relates `FormatKey` to `string` through the
// constraint of this recursion, which as a distributive type was walked for a `string` key (about 170
// instantiations for each such check, in a consumer with skipLibCheck false).
type _Escape<Rest extends string, Done extends string> = [Rest] extends [`${infer Char}${infer Tail}`]
  ? _Escape<Tail, `${Done}${Char extends '"' | '\\' ? `\\${Char}` : Char}`>
  : Done;

// Reads the key at the start of `Rest`. A plain key (no quote or bracket, not empty: most keys of most
// paths) is stepped into here directly; any other goes through _Parse.
type _Key<Current, Rest extends string, Done extends string, Full extends string, Append extends boolean> = Rest extends `${infer Head}.${infer Tail}`
  ? Head extends _Special
    ? _Parse<Current, Rest, Done, Full, Append>
    : MemberOf<Current, Head> extends infer Next
      ? [Next] extends [never]
        ? _NotFound<Current, Head, Done, Full>
        : _Key<Next, Tail, `${Done}${Head}.`, Full, Append>
      : never
  : Rest extends _Special
    ? _Parse<Current, Rest, Done, Full, Append>
    : MemberOf<Current, Rest> extends infer Next
      ? [Next] extends [never]
        ? _Missing<Current, Rest, Done, Full>
        : Found<Next>
      : never;

type _Special = '' | `${string}${'"' | '['}${string}`;

// Reads the key at the start of `Rest`: quoted, or up to the next "." or "[".
type _Parse<Current, Rest extends string, Done extends string, Full extends string, Append extends boolean> = Rest extends `"${infer Quoted}`
  ? Quoted extends `${infer Body}"${infer Tail}`
    ? Body extends `${string}\\${string}`
      ? _Escaped<Current, Quoted, '', '', Done, Full, Append>
      : _Enter<Current, Body, Tail, Done, `"${Body}"`, Full, Append>
    : PathError<`malformed path "${Full}": a quoted key has no closing quote`>
  : Rest extends `${infer Head}.${infer Tail}`
    ? Head extends `${infer Key}[${infer Inside}`
      ? _Plain<Current, Key, `[${Inside}.${Tail}`, Done, Full, Append>
      : _Plain<Current, Head, `.${Tail}`, Done, Full, Append>
    : Rest extends `${infer Key}[${infer Inside}`
      ? _Plain<Current, Key, `[${Inside}`, Done, Full, Append>
      : _Plain<Current, Rest, '', Done, Full, Append>;

// A quoted key with escapes, read a character at a time (rare, so the slow way is fine).
type _Escaped<
  Current,
  Rest extends string,
  Key extends string,
  Raw extends string,
  Done extends string,
  Full extends string,
  Append extends boolean,
> = Rest extends `\\${infer Char}${infer Tail}`
  ? Char extends '"' | '\\'
    ? _Escaped<Current, Tail, `${Key}${Char}`, `${Raw}\\${Char}`, Done, Full, Append>
    : PathError<`malformed path "${Full}": a backslash in a quoted key must be followed by """ or "\\"`>
  : Rest extends `"${infer Tail}`
    ? _Enter<Current, Key, Tail, Done, `"${Raw}"`, Full, Append>
    : Rest extends `${infer Char}${infer Tail}`
      ? _Escaped<Current, Tail, `${Key}${Char}`, `${Raw}${Char}`, Done, Full, Append>
      : PathError<`malformed path "${Full}": a quoted key has no closing quote`>;

// An unquoted key: not empty (unless it is the part still being typed), no quote inside.
type _Plain<Current, Key extends string, After extends string, Done extends string, Full extends string, Append extends boolean> = Key extends ''
  ? After extends ''
    ? _Missing<Current, '', Done, Full>
    : PathError<`malformed path "${Full}": expected a key ${_Place<Done>}`>
  : Key extends `${string}"${string}`
    ? PathError<`malformed path "${Full}": quote the whole key to use """ in it`>
    : _Enter<Current, Key, After, Done, Key, Full, Append>;

// Steps into member `Key`; `Text` is the key as written in the path.
type _Enter<
  Current,
  Key extends string,
  After extends string,
  Done extends string,
  Text extends string,
  Full extends string,
  Append extends boolean,
> =
  MemberOf<Current, Key> extends infer Next
    ? [Next] extends [never]
      ? After extends ''
        ? _Missing<Current, Key, Done, Full>
        : _NotFound<Current, Key, Done, Full>
      : _Next<Next, After, `${Done}${Text}`, Full, Append>
    : never;

// After a segment: the end, ".key", "[index]" or "[]".
type _Next<Current, Rest extends string, Done extends string, Full extends string, Append extends boolean> = Rest extends ''
  ? Found<Current>
  : Rest extends `.${infer Tail}`
    ? _Key<Current, Tail, `${Done}.`, Full, Append>
    : Rest extends `[${infer Inside}]${infer Tail}`
      ? _Index<Current, Inside, Tail, Done, Full, Append>
      : Rest extends `[${string}`
        ? PathError<`malformed path "${Full}": expected "]" after "${Rest}"`>
        : PathError<`malformed path "${Full}": expected ".", "[" or the end after "${Done}"`>;

type _Index<
  Current,
  Inside extends string,
  After extends string,
  Done extends string,
  Full extends string,
  Append extends boolean,
> = Inside extends ''
  ? Append extends true
    ? _Element<Current, '[]', After, Done, Full, Append>
    : PathError<`"[]" only appends, so "${Full}" cannot be read or removed: use an index`>
  : _IsIndex<Inside> extends true
    ? _Element<Current, Inside, After, Done, Full, Append>
    : PathError<`malformed path "${Full}": "[${Inside}]" is not an index (a non-negative integer without sign, spaces or leading zeros)`>;

type _Element<
  Current,
  Index extends string,
  After extends string,
  Done extends string,
  Full extends string,
  Append extends boolean,
> =
  ElementOf<Current, Index> extends infer Next
    ? [Next] extends [never]
      ? true extends _IsArray<Current>
        ? PathError<`unknown path "${Full}": ${Index extends '[]' ? `${Done} is a fixed-length tuple` : `index ${Index} is out of range of ${Done}`}`>
        : PathError<`unknown path "${Full}": ${Done} is not an array`>
      : _Next<Next, After, `${Done}${Index extends '[]' ? '[]' : `[${Index}]`}`, Full, Append>
    : never;

// Digits without a sign or leading zeros (`${bigint}` alone admits "-1" and "0x1"), or a `${number}` placeholder.
type _IsIndex<Index extends string> = Index extends `${bigint}`
  ? Index extends `-${string}` | `0${string}`
    ? Index extends '0'
      ? true
      : false
    : true
  : `${number}` extends Index
    ? true
    : false;

type _IsArray<Current> = Current extends readonly unknown[] ? true : false;

// A key that is not there: if it is the last thing typed, the keys it may be the start of; else an error.
type _Missing<Current, Key extends string, Done extends string, Full extends string> =
  _Completions<_KeysOf<Current>, Key, Done> extends infer Options
    ? [Options] extends [never]
      ? _NotFound<Current, Key, Done, Full>
      : Options
    : never;

type _KeysOf<Current> = Current extends readonly unknown[] ? never : Current extends object ? keyof Current & string : never;

type _Completions<Keys, Key extends string, Done extends string> = Keys extends `${Key}${string}`
  ? `${Done}${FormatKey<Keys & string>}`
  : never;

type _NotFound<Current, Key extends string, Done extends string, Full extends string> = [_KeysOf<Current>] extends [never]
  ? true extends _IsArray<Current>
    ? PathError<`unknown path "${Full}": ${_Where<Done>} is an array, so it takes an index such as [0] or []`>
    : PathError<`unknown path "${Full}": ${_Where<Done>} is not an object`>
  : PathError<`unknown path "${Full}": ${_Where<Done>} has no key "${Key}"`>;

type _Where<Done extends string> = Done extends '' ? 'the payload' : Done extends `${infer Container}.` ? Container : Done;

type _Place<Done extends string> = Done extends '' ? 'at the start' : `after "${Done}"`;

// Segment arrays: keys, indexes and APPEND are already split, so only the walk remains.
type _Segments<Current, Segments extends readonly PathSegment[], Done extends string, Append extends boolean> = Segments extends readonly [
  infer Head,
  ...infer Tail extends readonly PathSegment[],
]
  ? Head extends string
    ? MemberOf<Current, Head> extends infer Next
      ? [Next] extends [never]
        ? _NotFound<Current, Head, Done extends '' ? '' : `${Done}.`, _Join<Done, Head>>
        : _Segments<Next, Tail, _Join<Done, Head>, Append>
      : never
    : Head extends number
      ? ElementOf<Current, `${Head}`> extends infer Next
        ? [Next] extends [never]
          ? PathError<`unknown path "${Done}[${Head}]": ${Done} is not an array with that index`>
          : _Segments<Next, Tail, `${Done}[${Head}]`, Append>
        : never
      : Head extends typeof APPEND
        ? Append extends true
          ? ElementOf<Current, '[]'> extends infer Next
            ? [Next] extends [never]
              ? PathError<`unknown path "${Done}[]": ${Done} is not an array`>
              : _Segments<Next, Tail, `${Done}[]`, Append>
            : never
          : PathError<`APPEND only appends, so "${Done}[]" cannot be read or removed: use an index`>
        : never
  : Segments extends readonly []
    ? Found<Current>
    : Found<unknown>;

type _Join<Done extends string, Key extends string> = string extends Key
  ? `${Done extends '' ? '' : `${Done}.`}${string}`
  : `${Done extends '' ? '' : `${Done}.`}${FormatKey<Key>}`;
