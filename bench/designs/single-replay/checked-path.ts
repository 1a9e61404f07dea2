import { PathSyntaxError, UnsafeKeyError } from '../../../src/errors/index.js';
import { MAX_DEPTH } from '../../../src/json/index.js';
import { APPEND, formatPath, parsePathCached, segmentsText, toSegments, type ParsedPath, type PathInput, type PathSegment } from '../../../src/path/index.js';
import type { ResolvedOptions } from '../../../src/builder/options.js';

/**
 * A path as an op stores it, checked as the builder of src/ checks it (#path): at least one segment, at most
 * MAX_DEPTH, no `__proto__` (unless kept), and `[]` only where it can append; `push` adds the append. A string
 * path's errors point at its characters, an array's at its segments.
 */
export function checkedPath(path: PathInput, options: ResolvedOptions, method: string, appendable: boolean, push = false): readonly PathSegment[] {
  const parsed = typeof path === 'string' ? parsePathCached(path, options.delimiter) : undefined;
  const given = parsed?.segments ?? toSegments(path, options.delimiter);
  const segments: readonly PathSegment[] = push ? [...given, APPEND] : given;
  // The common case: a cached path with no __proto__ and no [] needs no further check.
  if (parsed !== undefined && !parsed.special && segments.length <= MAX_DEPTH) return segments;
  check(path, options, parsed, given, segments, method, appendable);
  return segments;
}

// Apart from checkedPath: a function with closures allocates their context on every call, the common case's included.
function check(path: PathInput, options: ResolvedOptions, parsed: ParsedPath | undefined, given: readonly PathSegment[], segments: readonly PathSegment[], method: string, appendable: boolean): void {
  const count = given.length;
  const syntax = (at: number, expected: string, found: string, text?: string): PathSyntaxError =>
    parsed === undefined
      ? new PathSyntaxError(text ?? segmentsText(given), at, expected, found, true)
      : new PathSyntaxError(path as string, parsed.positions[at] ?? (path as string).length, expected, found);
  // Too deep is named at the limit, whether the path or push()'s append goes past it.
  const deep = (): PathSyntaxError => syntax(MAX_DEPTH, `at most ${MAX_DEPTH} segments (the nesting limit)`, `${count} segments`, `[${count} segments]`);
  if (count === 0) throw syntax(0, 'at least one segment', 'none');
  if (count > MAX_DEPTH) throw deep();
  const append = parsed === undefined ? 'APPEND' : '"[]"';
  for (let i = 0; i < count; i++) {
    const segment = given[i];
    if (segment === '__proto__' && options.protoKeys === 'error') {
      throw parsed === undefined
        ? UnsafeKeyError.inValue(formatPath(given.slice(0, i + 1), options.delimiter), segment)
        : UnsafeKeyError.inPath(path as string, parsed.positions[i] ?? 0, segment);
    }
    if (segment === APPEND && !appendable) throw syntax(i, `an index (${method}() reads, and ${append} only appends)`, append);
  }
  if (segments.length > MAX_DEPTH) throw deep();
}
