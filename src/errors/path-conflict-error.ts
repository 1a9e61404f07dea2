import { PathpatchError } from './pathpatch-error.js';

/** The earlier call that made the value a {@link PathConflictError} is about. */
export interface MadeBy {
  /** Its method (`set`, `merge`, ...), or `payload` for the base the chain started from. */
  readonly operation: string;
  /** Its path, when the call took one. */
  readonly path: string | undefined;
  /** Its 0-based position in the chain (`undefined` for the base). */
  readonly update: number | undefined;
}

/** What a {@link PathConflictError} is made from; every path is already formatted by `formatPath`. */
export interface PathConflictDetails {
  /** The builder method whose update failed (`set`, `push`, `object`, ...). */
  readonly operation: string;
  /** The full path of the update. */
  readonly path: string;
  /** The prefix of `path` where the conflict was found. */
  readonly prefix: string;
  /** What stands there, e.g. `a string`, `an array`, `index 5 past the end (length 2)`. */
  readonly found: string;
  /** What the update needed there, e.g. `an object`. */
  readonly expected: string;
  /** 0-based position of the update in the builder's chain. */
  readonly update: number;
  /** An optional way out, e.g. the option that allows it. */
  readonly hint?: string | undefined;
  /** The earlier call that made the value found at `prefix`, when a call did. */
  readonly madeBy?: MadeBy | undefined;
}

/**
 * An update that meets a value of the wrong kind on its way, or an index past
 * the end of an array, under the strict defaults.
 *
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * payload({ a: 'text' }).set('a.b', 1).build();
 * // throws PathConflictError:
 * //   set "a.b": found a string at "a", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 0); "a" was made by the base given to payload()
 * ```
 */
export class PathConflictError extends PathpatchError {
  override name = 'PathConflictError' as const;
  declare readonly operation: string;
  declare readonly path: string;
  declare readonly prefix: string;
  declare readonly found: string;
  declare readonly expected: string;
  declare readonly update: number;
  /** The earlier call that made the value at `prefix` (method, path, position), when a call did. */
  declare readonly madeBy: MadeBy | undefined;

  constructor(details: PathConflictDetails) {
    const { operation, path, prefix, found, expected, update, hint, madeBy } = details;
    const at = JSON.stringify(prefix);
    // The maker is named unless absent: the base the chain started from, or an earlier call (with its path, when it took one).
    const maker =
      madeBy === undefined
        ? ''
        : `; ${at} was made by ${madeBy.update === undefined ? 'the base given to payload()' : `${madeBy.operation}${madeBy.path === undefined ? '' : ` ${JSON.stringify(madeBy.path)}`} (update ${madeBy.update})`}`;
    super(`${operation} ${JSON.stringify(path)}: found ${found} at ${at}, expected ${expected}${hint === undefined ? '' : `; ${hint}`} (update ${update})${maker}`);
    Object.assign(this, { operation, path, prefix, found, expected, update, madeBy });
  }
}
