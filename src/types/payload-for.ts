import type { DeepPartial } from './deep-partial.js';
import type { Payload } from './payload.js';
import type { ShapeOf } from './shape.js';
import type { UntypedPayload } from './untyped-payload.js';

/**
 * The builder type `payload<Schema>()` returns: {@link Payload} for a schema,
 * {@link UntypedPayload} (starting from the base's type) without one, or
 * with `unknown` (which means the same: nothing is known of the payload).
 * A base typed `any` starts from `unknown`, so that `build()` is never `any`.
 *
 * @example
 * ```ts
 * import type { PayloadFor, Payload, UntypedPayload } from 'pathpatch';
 * type Typed = PayloadFor<{ a: number }>; //=> Payload<{ a: number }>
 * ```
 */
export type PayloadFor<Schema, Base extends object = Record<never, never>> = 0 extends 1 & Schema
  ? Payload<Schema>
  : unknown extends Schema
    ? // `unknown extends Base` tests for any: `0 extends 1 & Base` is always false for a parameter constrained to objects.
      UntypedPayload<unknown extends Base ? unknown : ShapeOf<Base>>
    : Payload<Schema>;

/**
 * The type of `payload()`'s `base`: a deep partial of the schema or a builder
 * of it; without a schema, any object or builder, whose type the builder starts from.
 *
 * @example
 * ```ts
 * import type { BaseFor, Auth0ClientUpdate } from 'pathpatch';
 * const base: BaseFor<Auth0ClientUpdate> = { jwt_configuration: { alg: 'RS256' } };
 * ```
 */
export type BaseFor<Schema, Base extends object = Record<never, never>> = 0 extends 1 & Schema
  ? object
  : unknown extends Schema
    ? Base
    : NoInfer<DeepPartial<Schema> | Payload<Schema>>;
