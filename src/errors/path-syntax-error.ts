import { caret } from './caret.js';
import { PathpatchError } from './pathpatch-error.js';

/**
 * A path string that the strict grammar rejects.
 *
 * The message names the path, the 0-based position and what was expected,
 * and a caret line points at the spot.
 *
 * @example
 * ```ts
 * import { parsePath, PathSyntaxError } from 'pathpatch';
 * try { parsePath('a[0'); } catch (error) {
 *   (error as PathSyntaxError).message;
 *   //=> 'expected "]" at 3 in path "a[0"\n  a[0\n     ^'
 *   (error as PathSyntaxError).position; //=> 3
 * }
 * ```
 */
export class PathSyntaxError extends PathpatchError {
  override name = 'PathSyntaxError' as const;
  /** The path as the caller gave it. */
  declare readonly path: string;
  /** 0-based index of the offending character (the path's length for "end of path"). */
  declare readonly position: number;
  /** What the grammar expected at that spot. */
  declare readonly expected: string;
  /** What was found there (`end of path` at the end). */
  declare readonly found: string;

  /**
   * @param path - the path string, or for a path given as segments its JSON text.
   * @param position - 0-based character position (string paths) or segment index (segment arrays).
   * @param segments - `true` when `path` came from an array of segments: the message then names the segment and draws no caret.
   */
  constructor(path: string, position: number, expected: string, found = position < path.length ? JSON.stringify(path[position]) : 'end of path', segments = false) {
    super(
      `expected ${expected} at ${segments ? `segment ${position} in path ${path}` : `${position} in path ${JSON.stringify(path)}`}, found ${found}` +
        (segments ? '' : caret(path, position)),
    );
    Object.assign(this, { path, position, expected, found });
  }
}
