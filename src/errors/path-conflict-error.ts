import { PathpatchError } from './pathpatch-error.js';

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
  readonly hint?: string;
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
 * //   set "a.b": found a string at "a", expected an object (update 0)
 * ```
 */
export class PathConflictError extends PathpatchError {
  override name = 'PathConflictError' as const;
  readonly operation: string;
  readonly path: string;
  readonly prefix: string;
  readonly found: string;
  readonly expected: string;
  readonly update: number;

  constructor(details: PathConflictDetails) {
    const hint = details.hint === undefined ? '' : `; ${details.hint}`;
    super(
      `${details.operation} ${JSON.stringify(details.path)}: found ${details.found} at ${JSON.stringify(details.prefix)}, ` +
        `expected ${details.expected}${hint} (update ${details.update})`,
    );
    this.operation = details.operation;
    this.path = details.path;
    this.prefix = details.prefix;
    this.found = details.found;
    this.expected = details.expected;
    this.update = details.update;
  }
}
