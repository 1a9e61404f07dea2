export { APPEND, MAX_INDEX } from './segment.js';
export type { PathSegment, PathInput } from './segment.js';
export { parsePath, parsePathCached, checkDelimiter, parseCacheStats, CACHE_BYTES, memberText } from './parse-path.js';
export type { ParsePathOptions, ParsedPath } from './parse-path.js';
export { formatPath } from './format-path.js';
export { fromPointer, toPointer, pointerToken } from './pointer.js';
export { toSegments, segmentsText } from './to-segments.js';
