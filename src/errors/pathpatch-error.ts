/** Brand shared by every pathpatch error, so guards work across realms and duplicate copies of the package. */
const BRAND = Symbol.for('pathpatch.error');

/**
 * Base class of every error pathpatch throws on purpose.
 *
 * Errors raised by a caller's own callbacks (`update`, `when`, `pipe`,
 * `produce`) are never wrapped: they reach the caller unchanged.
 *
 * @example
 * ```ts
 * import { payload, PathpatchError } from 'pathpatch';
 * try {
 *   payload().set('a[', 1);
 * } catch (error) {
 *   error instanceof PathpatchError; //=> true
 * }
 * ```
 */
export class PathpatchError extends Error {
  override name: string = 'PathpatchError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    // defineProperty's defaults: not enumerable, not writable, not configurable.
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether a value is an error thrown by pathpatch, also across realms
 * (worker threads, `vm` contexts) and duplicate installs, where `instanceof` fails.
 *
 * @param value - anything caught.
 * @returns `true` for any pathpatch error.
 * @example
 * ```ts
 * import { isPathpatchError, payload } from 'pathpatch';
 * try { payload().set('', 1); } catch (error) { isPathpatchError(error); } //=> true
 * isPathpatchError(new Error('x')); //=> false
 * ```
 */
export function isPathpatchError(value: unknown): value is PathpatchError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
