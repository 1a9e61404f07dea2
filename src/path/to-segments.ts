import { PathSyntaxError } from '../errors/index.js';
import { parsePathCached } from './parse-path.js';
import { APPEND, MAX_INDEX, type PathInput, type PathSegment } from './segment.js';

/**
 * @internal Normalises a path given as a string or as segments, checking segments one by one.
 */
export function toSegments(path: PathInput, delimiter: string): readonly PathSegment[] {
  if (typeof path === 'string') return parsePathCached(path, delimiter).segments;
  if (!isReadonlyArray(path)) throw new TypeError(`expected a path string or an array of segments, found ${describeType(path)}`);
  // A frozen copy: builders keep the segments, and the caller may change their array afterwards.
  const segments = Object.freeze(path.slice());
  for (let i = 0; i < segments.length; i++) {
    const segment: unknown = segments[i];
    if (typeof segment === 'string' || segment === APPEND) continue;
    if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment <= MAX_INDEX) continue;
    throw new PathSyntaxError(
      segmentsText(segments),
      i,
      'a string key, a non-negative integer index or APPEND',
      typeof segment === 'number' ? String(segment) : describeType(segment),
      true,
    );
  }
  return segments;
}

// Array.isArray narrows a readonly array to any[]; this keeps the element type.
const isReadonlyArray: (value: unknown) => value is readonly PathSegment[] = Array.isArray;

/** @internal A segment array as readable text for messages (APPEND shown as `APPEND`; what JSON cannot write, such as a symbol or undefined, by `String`). */
export function segmentsText(path: readonly unknown[]): string {
  return `[${path.map((s) => (s === APPEND ? 'APPEND' : (JSON.stringify(s) ?? String(s)))).join(', ')}]`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
