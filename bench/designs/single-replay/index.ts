import type { PayloadOptions } from '../../../src/builder/options.js';
import { SingleBuilder } from './builder.js';

/**
 * `payload()` of the single-replay design: the same calls and results as pathpatch's, one small engine.
 *
 * @param base - a JSON object (copied) or another builder. @default {}
 * @param options - as pathpatch's `payload()`.
 */
export function payload(base?: object, options?: PayloadOptions): SingleBuilder {
  return SingleBuilder.create(base, options);
}
