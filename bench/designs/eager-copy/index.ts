import type { PayloadOptions } from '../../../src/builder/options.js';
import { EagerBuilder } from './eager-builder.js';

/**
 * Starts an eager persistent builder, empty or from a base object or another such builder: the prototype's
 * `payload()`, with the methods and semantics of pathpatch's, except that every call applies at once
 * (so a conflict throws from the call that causes it, as under `checks: 'eager'`).
 */
export function payload(base?: unknown, options?: PayloadOptions): EagerBuilder {
  return EagerBuilder.create(base, options);
}

export { EagerBuilder };
