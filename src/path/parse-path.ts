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
    if (bytes > CACHE_BYTES / 16) {
      Object.freeze(segments);
      return parsed;
    }
    if (cache.size >= CACHE_LIMIT || cachedBytes + bytes > CACHE_BYTES) clearCaches();
    for (let i = 0; i < segments.length; i++) {
      const key = segments[i];
      if (typeof key === 'string') segments[i] = keys.get(key) ?? (keys.set(key, key), key);
    }
    Object.freeze(segments);
    cache.set(path, parsed);
    cachedBytes += bytes;
  }
  return parsed;
}

function clearCaches(): void {
  for (const cache of caches.values()) cache.clear();
  keys.clear();
  cachedBytes = 0;
}

/** @internal The parse cache's size, for tests of its bounds. */
export function parseCacheStats(): { entries: number; bytes: number } {
  let entries = 0;
  for (const cache of caches.values()) entries += cache.size;
  return { entries, bytes: cachedBytes };
}

/** @internal Rejects delimiters the grammar cannot work with. */
export function checkDelimiter(delimiter: string): void {
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || delimiter === '[' || delimiter === ']' || delimiter === '"' || delimiter === '\\') {
    throw new TypeError(
      `invalid delimiter ${JSON.stringify(delimiter)}: expected one character other than "[", "]", "\\"" and "\\\\"`,
    );
  }
}

// Hand-written: no maintained parser library has this grammar (quoted keys, strict indexes, carets), and it is small.
function parseUncached(path: string, delimiter: string): ParsedPath {
  if (typeof path !== 'string') throw new TypeError(`expected a path string or an array of segments, found ${typeof path}`);
  const segments: PathSegment[] = [];
  const positions: number[] = [];
  const length = path.length;
  let pos = readKey(path, 0, delimiter, segments, positions);
  while (pos < length) {
    const char = path[pos];
    if (char === delimiter) {
      pos = readKey(path, pos + 1, delimiter, segments, positions);
    } else if (char === '[') {
      pos = readIndex(path, pos, segments, positions);
    } else {
      throw new PathSyntaxError(path, pos, `${JSON.stringify(delimiter)}, "[" or end of path`);
    }
  }
  const special = segments.some((segment) => segment === '__proto__' || segment === APPEND);
  // Frozen by the caller: parses are cached and shared by every builder that used the path.
  return { segments, positions: Object.freeze(positions), special };
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

function readKey(path: string, start: number, delimiter: string, segments: PathSegment[], positions: number[]): number {
  const char = path[start];
  if (char === undefined || char === delimiter || char === '[') {
    throw new PathSyntaxError(path, start, 'a key');
  }
  positions.push(start);
  if (char === '"') return readQuotedKey(path, start, segments);
  let pos = start;
  while (pos < path.length) {
    const c = path[pos];
    if (c === delimiter || c === '[') break;
    if (c === '"') throw new PathSyntaxError(path, pos, `${JSON.stringify(delimiter)}, "[" or end of path (quote the whole key to use "\\"" in it)`);
    pos++;
  }
  segments.push(path.slice(start, pos));
  return pos;
}

function readQuotedKey(path: string, start: number, segments: PathSegment[]): number {
  let key = '';
  let pos = start + 1;
  for (;;) {
    const c = path[pos];
    if (c === undefined) throw new PathSyntaxError(path, pos, 'a closing "\\""');
    if (c === '"') break;
    if (c === '\\') {
      const next = path[pos + 1];
      if (next !== '"' && next !== '\\') throw new PathSyntaxError(path, pos + 1, '"\\"" or "\\\\" after a backslash');
      key += next;
      pos += 2;
    } else {
      key += c;
      pos++;
    }
  }
  segments.push(key);
  return pos + 1;
}

function readIndex(path: string, open: number, segments: PathSegment[], positions: number[]): number {
  positions.push(open);
  let pos = open + 1;
  if (path[pos] === ']') {
    segments.push(APPEND);
    return pos + 1;
  }
  const first = pos;
  while (pos < path.length) {
    const code = path.charCodeAt(pos);
    if (code < 48 || code > 57) break;
    pos++;
  }
  if (pos === first) {
    const c = path[pos];
    const expected = c === '-' ? 'a non-negative index' : c === '+' ? 'an index without a sign' : c === ' ' || c === '\t' ? 'an index without spaces' : 'an index or "]"';
    throw new PathSyntaxError(path, pos, expected);
  }
  if (path[first] === '0' && pos - first > 1) throw new PathSyntaxError(path, first, 'an index without leading zeros');
  if (path[pos] !== ']') throw new PathSyntaxError(path, pos, '"]"');
  const index = Number(path.slice(first, pos));
  if (index > MAX_INDEX) throw new PathSyntaxError(path, first, `an index at most ${MAX_INDEX}`, path.slice(first, pos));
  segments.push(index);
  return pos + 1;
}
