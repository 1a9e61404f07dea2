import type { APPEND, PathSegment } from '../path/index.js';

/**
 * The segments of a path string, as `parsePath()` returns them at run time:
 * keys as strings, indexes as numbers, `[]` as `typeof APPEND`. Assumes a
 * well-formed path (the methods check that first); arrays of segments pass through.
 *
 * @example
 * ```ts
 * import type { PathSegments } from 'pathpatch';
 * type Segments = PathSegments<'a."b.c"[0][]'>; //=> ['a', 'b.c', 0, typeof APPEND]
 * ```
 */
export type PathSegments<Path> = Path extends string ? _Key<Path, []> : Path extends readonly PathSegment[] ? Path : never;

type _Key<Rest extends string, Done extends readonly PathSegment[]> = Rest extends `"${infer Quoted}`
  ? _Quoted<Quoted, '', Done>
  : Rest extends `${infer Head}.${infer Tail}`
    ? Head extends `${infer Key}[${infer Inside}`
      ? _Next<`[${Inside}.${Tail}`, [...Done, Key]>
      : _Key<Tail, [...Done, Head]>
    : Rest extends `${infer Key}[${infer Inside}`
      ? _Next<`[${Inside}`, [...Done, Key]>
      : [...Done, Rest];

type _Quoted<Rest extends string, Key extends string, Done extends readonly PathSegment[]> = Rest extends `\\${infer Char}${infer Tail}`
  ? _Quoted<Tail, `${Key}${Char}`, Done>
  : Rest extends `"${infer Tail}`
    ? _Next<Tail, [...Done, Key]>
    : Rest extends `${infer Char}${infer Tail}`
      ? _Quoted<Tail, `${Key}${Char}`, Done>
      : Done;

type _Next<Rest extends string, Done extends readonly PathSegment[]> = Rest extends `.${infer Tail}`
  ? _Key<Tail, Done>
  : Rest extends `[]${infer Tail}`
    ? _Next<Tail, [...Done, typeof APPEND]>
    : Rest extends `[${infer Index extends number}]${infer Tail}`
      ? _Next<Tail, [...Done, Index]>
      : Rest extends `[${string}]${infer Tail}`
        ? _Next<Tail, [...Done, number]>
        : Done;
