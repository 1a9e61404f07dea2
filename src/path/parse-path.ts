import { PathSyntaxError } from '../errors/index.js';
import { APPEND, MAX_INDEX, type PathSegment } from './segment.js';

/** A parsed path with the 0-based start of each segment in the source string (for error carets). */
export interface ParsedPath {
  readonly segments: readonly PathSegment[];
  readonly positions: readonly number[];
  /** Whether a segment is `__proto__` or `[]`, so that callers check only the paths that need it. */
  readonly special: boolean;
}

/**
 * Options of {@link parsePath}.
 *
 * @example
 * ```ts
 * import { parsePath, type ParsePathOptions } from 'pathpatch';
 * const firebase: ParsePathOptions = { delimiter: '/' };
 * parsePath('users/ada/name', firebase); //=> ['users', 'ada', 'name']
 * ```
 */
export interface ParsePathOptions {
  /**
   * The character between keys.
   * @default '.'
   */
  readonly delimiter?: string;
}

// Real code repeats literal paths, so parses are cached; the caps keep memory bounded for generated paths.
const CACHE_LIMIT = 20_000;
/** @internal What the parse cache may hold, in bytes (estimated: UTF-16 text plus per-entry overhead). */
export const CACHE_BYTES = 8 * 1024 * 1024;
const ENTRY_OVERHEAD = 160;
let cachedBytes = 0;
const caches = new Map<string, Map<string, ParsedPath>>();
// One string per distinct key across cached paths: the builder's Map lookups then match keys by identity, not by content.
const keys = new Map<string, string>();
// The default delimiter's cache, reached without the outer lookup (every set() of a default builder comes here).
const dotCache = new Map<string, ParsedPath>();
caches.set('.', dotCache);

/**
 * Parses a path string in the strict grammar into segments.
 *
 * Grammar: `key ('.' key | '[' index ']' | '[]')*`. A key is a run of
 * characters other than the delimiter, `[` and `"`, or a double-quoted key
 * with `\"` and `\\` escapes. An index is a non-negative decimal integer
 * without sign, spaces or leading zeros; `[]` appends. Results are cached.
 *
 * @param path - the path string.
 * @param options - `delimiter` (default `.`).
 * @returns the segments: strings for keys, numbers for indexes, {@link APPEND} for `[]`.
 * @throws {PathSyntaxError} naming the path, the 0-based position and what was expected.
 * @example
 * ```ts
 * import { parsePath } from 'pathpatch';
 * parsePath('resource_servers[0].scopes[]'); //=> ['resource_servers', 0, 'scopes', APPEND]
 * parsePath('client_metadata."a.b"'); //=> ['client_metadata', 'a.b']
 * parsePath('a/b', { delimiter: '/' }); //=> ['a', 'b']
 * ```
 */
export function parsePath(path: string, options?: ParsePathOptions): readonly PathSegment[] {
  return parsePathCached(path, options?.delimiter ?? '.').segments;
}

/** @internal {@link parsePath} with segment positions, cached per delimiter. */
export function parsePathCached(path: string, delimiter: string): ParsedPath {
  let cache = delimiter === '.' ? dotCache : caches.get(delimiter);
  if (cache === undefined) {
    checkDelimiter(delimiter);
    cache = new Map();
    caches.set(delimiter, cache);
  }
  let parsed = cache.get(path);
  if (parsed === undefined) {
    parsed = parseUncached(path, delimiter);
    // Path text and its keys: at most six bytes per character.
    const bytes = path.length * 6 + parsed.segments.length * 48 + ENTRY_OVERHEAD;
    const segments = parsed.segments as PathSegment[];
    // A path too big for a sixteenth of the budget is parsed each time rather than evicting everything.
    if (bytes <= CACHE_BYTES / 16) {
      if (cache.size >= CACHE_LIMIT || cachedBytes + bytes > CACHE_BYTES) {
        for (const each of caches.values()) each.clear();
        keys.clear();
        cachedBytes = 0;
      }
      for (let i = 0; i < segments.length; i++) {
        const key = segments[i];
        if (typeof key === 'string') segments[i] = keys.get(key) ?? (keys.set(key, key), key);
      }
      cache.set(path, parsed);
      cachedBytes += bytes;
    }
    Object.freeze(segments);
  }
  return parsed;
}

/** @internal The parse cache's size, for tests of its bounds. */
export function parseCacheStats(): { entries: number; bytes: number } {
  let entries = 0;
  for (const cache of caches.values()) entries += cache.size;
  return { entries, bytes: cachedBytes };
}

/** @internal Rejects delimiters the grammar cannot work with. */
export function checkDelimiter(delimiter: string): void {
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || '[]"\\'.includes(delimiter)) {
    throw new TypeError(`invalid delimiter ${JSON.stringify(delimiter)}: expected one character other than "[", "]", "\\"" and "\\\\"`);
  }
}

/**
 * @internal How a member's key starts its text in compact JSON: the quoted key and the colon. The builder keeps
 * it per place of a path and per member of its tree, so that a chain quotes each key once.
 *
 * @example
 * memberText('a"b'); //=> '"a\\"b":'
 */
export function memberText(key: string): string {
  return JSON.stringify(key) + ':';
}

// Hand-written, one pass: no maintained parser library has this grammar (quoted keys, strict indexes, carets), and it is small.
function parseUncached(path: string, delimiter: string): ParsedPath {
  if (typeof path !== 'string') throw new TypeError(`expected a path string or an array of segments, found ${typeof path}`);
  const segments: PathSegment[] = [];
  const positions: number[] = [];
  const fail = (at: number, expected: string, found?: string): PathSyntaxError => new PathSyntaxError(path, at, expected, found);
  const next = `${JSON.stringify(delimiter)}, "[" or end of path`;
  // Where the segment starts (for a key, past its delimiter), and its first character.
  let pos = 0;
  let c: string | undefined = delimiter;
  for (;;) {
    positions.push(pos);
    if (c === delimiter) {
      // A key: plain up to the next delimiter or "[", or double-quoted with \" and \\ escapes.
      c = path[pos];
      if (c === undefined || c === delimiter || c === '[') throw fail(pos, 'a key');
      if (c === '"') {
        let key = '';
        while ((c = path[++pos]) !== '"') {
          if (c === undefined) throw fail(pos, 'a closing "\\""');
          if (c === '\\' && (c = path[++pos]) !== '"' && c !== '\\') throw fail(pos, '"\\"" or "\\\\" after a backslash');
          key += c;
        }
        segments.push(key);
        pos++;
      } else {
        const start = pos;
        while ((c = path[pos]) !== undefined && c !== delimiter && c !== '[') {
          if (c === '"') throw fail(pos, `${next} (quote the whole key to use "\\"" in it)`);
          pos++;
        }
        segments.push(path.slice(start, pos));
      }
    } else {
      // "[": an index, or "]" at once for an append.
      const first = ++pos;
      if (path[pos] === ']') {
        segments.push(APPEND);
      } else {
        while ((c = path[pos]) !== undefined && c >= '0' && c <= '9') pos++;
        const digits = path.slice(first, pos);
        if (digits === '') {
          throw fail(pos, c === '-' ? 'a non-negative index' : c === '+' ? 'an index without a sign' : c === ' ' || c === '\t' ? 'an index without spaces' : 'an index or "]"');
        }
        if (digits[0] === '0' && digits.length > 1) throw fail(first, 'an index without leading zeros');
        if (c !== ']') throw fail(pos, '"]"');
        if (+digits > MAX_INDEX) throw fail(first, `an index at most ${MAX_INDEX}`, digits);
        segments.push(+digits);
      }
      pos++;
    }
    c = path[pos];
    if (c === undefined) break;
    if (c === delimiter) pos++;
    else if (c !== '[') throw fail(pos, next);
  }
  const special = segments.some((segment) => segment === '__proto__' || segment === APPEND);
  // Frozen by the caller: parses are cached and shared by every builder that used the path.
  return { segments, positions: Object.freeze(positions), special };
}
