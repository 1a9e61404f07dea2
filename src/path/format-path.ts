import { APPEND, type PathSegment } from './segment.js';

/**
 * Writes segments as a path string in canonical form, which `parsePath` reads back to the same segments.
 *
 * Keys are written plain where they can be, and double-quoted (with `\"` and
 * `\\`) when empty or holding the delimiter, `[` or `"`. Every path in every
 * pathpatch error message is printed by this function, so it can be pasted
 * back into `set()`.
 *
 * @param segments - keys, indexes and {@link APPEND}.
 * @param delimiter - the key separator. @default '.'
 * @returns the canonical path string (`''` for no segments: the root).
 * @example
 * ```ts
 * import { formatPath, parsePath } from 'pathpatch';
 * formatPath(['a', 0, 'b.c']); //=> 'a[0]."b.c"'
 * formatPath(parsePath('x."y"[2]')); //=> 'x.y[2]'
 * ```
 */
export function formatPath(segments: readonly PathSegment[], delimiter = '.'): string {
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (segment === APPEND) out += '[]';
    else if (segment !== undefined) out += (i === 0 ? '' : delimiter) + formatKey(segment, delimiter);
  }
  return out;
}

function formatKey(key: string, delimiter: string): string {
  if (key !== '' && !key.includes(delimiter) && !key.includes('[') && !key.includes('"')) return key;
  return `"${key.replace(/[\\"]/g, '\\$&')}"`;
}
