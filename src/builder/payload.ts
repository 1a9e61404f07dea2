import type { BaseFor, PayloadFor } from '../types/index.js';
import type { PayloadOptions } from './options.js';
import { PayloadBuilder } from './payload-builder.js';

/**
 * Starts an immutable payload builder, empty or from a base object or another builder.
 *
 * Every method returns a new builder and leaves the one it was called on as
 * it was, so one base can branch into many variants cheaply. Updates are
 * recorded and replayed once by `build()`/`emit()`, whose results are cached.
 *
 * @param base - a JSON object (copied) or another builder. @default {}
 * @param options - `gaps`, `conflicts`, `protoKeys`, `delimiter`, `checks`; all strict (and lazy) by default, read as own properties only.
 * @returns a new builder.
 * @throws {JsonValueError} when `base` is not a JSON object.
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * payload()
 *   .set('jwt_configuration.secret_encoded', true)
 *   .set('resource_servers[0].scopes[0]', 'read')
 *   .emit();
 * //=> '{"jwt_configuration":{"secret_encoded":true},"resource_servers":[{"scopes":["read"]}]}'
 * ```
 */
export function payload<Schema = unknown, Base extends object = Record<never, never>>(
  base?: BaseFor<Schema, Base>,
  options?: PayloadOptions,
): PayloadFor<Schema, Base> {
  // The runtime builder is untyped; PayloadFor gives it the schema's (or the accumulating) method types.
  return PayloadBuilder.create(base, options) as unknown as PayloadFor<Schema, Base>;
}
