declare const shape: unique symbol;

/**
 * @internal A type-only key on the builder types that carries the schema (or
 * the accumulated result), so that `payload(builder)` and `merge(builder)` read
 * it with one property lookup instead of inferring through every method.
 * @example
 * ```ts
 * type Carried = ShapeOf<Payload<{ a: number }>>; //=> { a: number }
 * ```
 */
export interface HasShape<Shape> {
  /** Type-only: never present at run time. */
  readonly [shape]?: Shape;
}

/**
 * @internal The shape a builder carries, or the value itself when it is not a builder.
 * @example
 * ```ts
 * type Plain = ShapeOf<{ a: number }>; //=> { a: number }
 * ```
 */
export type ShapeOf<Value> = 0 extends 1 & Value
  ? Value
  : Value extends HasShape<infer Shape>
    ? typeof shape extends keyof Value
      ? Shape
      : Value
    : Value;
