import { caret } from './caret.js';
import { PathpatchError } from './pathpatch-error.js';

const HINT = "pass { protoKeys: 'keep' } to store it as a plain own key";

/**
 * The key `__proto__` in a path or inside a value, refused by default because
 * a naive consumer of the payload could reach `Object.prototype` through it.
 *
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * payload().set('a.__proto__.x', 1);
 * // throws UnsafeKeyError:
 * //   unsafe key "__proto__" at 2 in path "a.__proto__.x"; pass { protoKeys: 'keep' } ...
 * ```
 */
export class UnsafeKeyError extends PathpatchError {
  override name = 'UnsafeKeyError' as const;
  /** The path given (for a path) or the path of the object holding the key (for a value). */
  declare readonly path: string;
  /** 0-based position of the key in the path string, or `-1` when the key sits inside a value. */
  declare readonly position: number;
  /** The refused key. */
  declare readonly key: string;

  /** @internal use {@link UnsafeKeyError.inPath} or {@link UnsafeKeyError.inValue}. */
  constructor(message: string, path: string, position: number, key: string) {
    super(message);
    this.path = path;
    this.position = position;
    this.key = key;
  }

  /** The key was found in a path string at `position`. */
  static inPath(path: string, position: number, key: string): UnsafeKeyError {
    return new UnsafeKeyError(
      `unsafe key ${JSON.stringify(key)} at ${position} in path ${JSON.stringify(path)}; ${HINT}${caret(path, position)}`,
      path,
      position,
      key,
    );
  }

  /** The key was found in a path given as segments, or as an own key of a value object at `path`. */
  static inValue(path: string, key: string): UnsafeKeyError {
    return new UnsafeKeyError(`unsafe key ${JSON.stringify(key)} at ${JSON.stringify(path)}; ${HINT}`, path, -1, key);
  }
}
