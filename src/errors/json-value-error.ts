import { PathpatchError } from './pathpatch-error.js';

/**
 * A value that is not JSON: `undefined`, `NaN`, `Infinity`, a bigint, a
 * function, a symbol, a class instance (`Date` included), a cycle or a sparse
 * array. The message names the path inside the payload where it would have gone.
 *
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * payload().set('a', { when: new Date(0) });
 * // throws JsonValueError:
 * //   invalid value at "a.when": found a Date, expected a JSON value; pass date.toISOString() instead
 * ```
 */
export class JsonValueError extends PathpatchError {
  override name = 'JsonValueError' as const;
  /** Where the bad value sits, as a path into the payload. */
  declare readonly path: string;
  /** What was found, e.g. `undefined`, `a Date`, `a cycle`. */
  declare readonly found: string;
  /** What was expected, usually `a JSON value`. */
  declare readonly expected: string;

  constructor(path: string, found: string, expected = 'a JSON value', hint?: string) {
    super(`invalid value${path === '' ? '' : ` at ${JSON.stringify(path)}`}: found ${found}, expected ${expected}${hint === undefined ? '' : `; ${hint}`}`);
    this.path = path;
    this.found = found;
    this.expected = expected;
  }
}
