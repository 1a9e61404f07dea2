/**
 * The "append" segment: `[]` in a path string, `APPEND` in an array of segments.
 *
 * A registered symbol, so it is the same value in every copy of pathpatch.
 *
 * @example
 * ```ts
 * import { payload, APPEND } from 'pathpatch';
 * payload().set(['tags', APPEND], 'new').build(); //=> { tags: ['new'] }
 * ```
 */
export const APPEND: unique symbol = Symbol.for('pathpatch.append') as typeof APPEND;

/**
 * One step of a path: a string is an object key, a number an array index,
 * {@link APPEND} the position after an array's last element.
 *
 * @example
 * ```ts
 * import type { PathSegment } from 'pathpatch';
 * const path: PathSegment[] = ['users', 0, 'name'];
 * ```
 */
export type PathSegment = string | number | typeof APPEND;

/**
 * A path as the API takes it: a string in the path grammar, or an array of segments.
 *
 * @example
 * ```ts
 * import type { PathInput } from 'pathpatch';
 * const a: PathInput = 'resource_servers[0].scopes[]';
 * const b: PathInput = ['client_metadata', 'key.with.dots'];
 * ```
 */
export type PathInput = string | readonly PathSegment[];

/** Largest array index JavaScript arrays can hold. */
export const MAX_INDEX = 2 ** 32 - 2;
