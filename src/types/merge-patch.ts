import type { ReadonlyJson } from './readonly-json.js';

/**
 * The type of `toMergePatch()`: an RFC 7386 merge patch of `Schema`, where
 * every member is optional (only changes are listed) and may be `null`
 * (the member is deleted); arrays and scalars are whole values, readonly as
 * `build()` returns them. For a builder of any schema, `unknown`.
 *
 * @example
 * ```ts
 * import { payload, type MergePatch, type Auth0ClientUpdate } from 'pathpatch';
 * const patch: MergePatch<Auth0ClientUpdate> = payload<Auth0ClientUpdate>({ name: 'a', sso: true })
 *   .set('name', 'b')
 *   .remove('sso')
 *   .toMergePatch();
 * //=> { sso: null, name: 'b' }
 * ```
 */
export type MergePatch<Schema> = 0 extends 1 & Schema ? unknown : _Patch<Schema>;

type _Patch<Value> = Value extends readonly unknown[]
  ? ReadonlyJson<Value>
  : Value extends object
    ? { readonly [Key in keyof Value]?: _Patch<Value[Key]> | null }
    : Value;
