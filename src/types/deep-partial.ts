/**
 * @internal A deep partial of a JSON schema, as `merge()` and a typed base take
 * it: every object key optional at every depth; arrays and scalars whole,
 * since a merge replaces them. Our own rather than type-fest's `PartialDeep`,
 * whose options and built-in cases (maps, sets, functions) cost instantiations JSON never needs.
 * @example
 * ```ts
 * type Part = DeepPartial<{ a: { b: number; c: string[] } }>; //=> { a?: { b?: number; c?: string[] } }
 * ```
 */
export type DeepPartial<Schema> = Schema extends readonly unknown[] ? Schema : Schema extends object ? { [Key in keyof Schema]?: DeepPartial<Schema[Key]> } : Schema;
