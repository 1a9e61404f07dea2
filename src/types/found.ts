/**
 * @internal What a successful path walk returns: the value type at the path,
 * boxed so that `never` and unions pass through conditional types intact.
 * @example
 * ```ts
 * type Hit = Found<string>; //=> { readonly value: string }
 * ```
 */
export interface Found<Value> {
  readonly value: Value;
}
