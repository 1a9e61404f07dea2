import type { FormatKey } from './resolve-path.js';

/**
 * Every path of `Schema` down to `Depth` levels (default 5), as one union:
 * indexes as `[${number}]`, record keys as `${string}`. For your own helpers
 * and variables; the builder's methods do not use it (they check the one path
 * written, which stays fast on large and recursive schemas).
 *
 * @example
 * ```ts
 * import type { PathOf } from 'pathpatch';
 * interface Schema { a: { b: number }; tags: string[] }
 * type All = PathOf<Schema>; //=> 'a' | 'a.b' | 'tags' | `tags[${number}]`
 * ```
 */
export type PathOf<Schema, Depth extends number = 5> = _PathsOf<Schema, '', [], Depth>;

type _PathsOf<Current, Prefix extends string, Level extends readonly unknown[], Depth extends number> = Level['length'] extends Depth
  ? never
  : 0 extends 1 & Current
    ? never
    : Current extends readonly unknown[]
      ? `${Prefix}[${number}]` | _PathsOf<Current[number], `${Prefix}[${number}]`, [...Level, unknown], Depth>
      : Current extends object
        ? {
            [Key in keyof Current & string]-?:
              | `${Prefix extends '' ? '' : `${Prefix}.`}${FormatKey<Key>}`
              | _PathsOf<Current[Key], `${Prefix extends '' ? '' : `${Prefix}.`}${FormatKey<Key>}`, [...Level, unknown], Depth>;
          }[keyof Current & string]
        : never;
