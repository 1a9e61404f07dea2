import { PathSyntaxError } from '../errors/index.js';
import { toSegments } from './to-segments.js';
import { APPEND, type PathInput, type PathSegment } from './segment.js';

/**
 * Reads an RFC 6901 JSON Pointer into segments.
 *
 * Tokens that are canonical array indexes (`0`, `17`) become numbers and `-`
 * becomes {@link APPEND}; to address an object key that looks like a number,
 * pass an array of segments instead.
 *
 * @param pointer - `''` (the root) or a string starting with `/`.
 * @returns the segments.
 * @throws {PathSyntaxError} for a pointer without a leading `/` or with a `~` not followed by `0` or `1`.
 * @example
 * ```ts
 * import { fromPointer } from 'pathpatch';
 * fromPointer('/resource_servers/0/scopes/-'); //=> ['resource_servers', 0, 'scopes', APPEND]
 * fromPointer('/a~1b/c~0d'); //=> ['a/b', 'c~d']
 * ```
 */
export function fromPointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  if (pointer[0] !== '/') throw new PathSyntaxError(pointer, 0, '"/" at the start of a JSON Pointer');
  const segments: PathSegment[] = [];
  let start = 1;
  for (const token of pointer.slice(1).split('/')) {
    const bad = /~(?![01])/.exec(token);
    if (bad !== null) throw new PathSyntaxError(pointer, start + bad.index + 1, '"0" or "1" after "~"');
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (token === '-') segments.push(APPEND);
    else if (/^(0|[1-9]\d*)$/.test(token) && Number(token) <= 2 ** 32 - 2) segments.push(Number(token));
    else segments.push(key);
    start += token.length + 1;
  }
  return segments;
}

/**
 * Writes a path as an RFC 6901 JSON Pointer.
 *
 * @param path - a path string or an array of segments.
 * @returns the pointer: `''` for the root, `/-` for an append.
 * @throws {PathSyntaxError} when a path string is malformed.
 * @example
 * ```ts
 * import { toPointer } from 'pathpatch';
 * toPointer('a.b[0]'); //=> '/a/b/0'
 * toPointer(['a/b', 'c~d']); //=> '/a~1b/c~0d'
 * ```
 */
export function toPointer(path: PathInput): string {
  return toSegments(path, '.').map(pointerToken).join('');
}

/** @internal One segment as a pointer step: `/`, then the key with `~` and `/` escaped, the index, or `-` for APPEND. */
export function pointerToken(segment: PathSegment): string {
  return '/' + (segment === APPEND ? '-' : String(segment).replace(/~/g, '~0').replace(/\//g, '~1'));
}
