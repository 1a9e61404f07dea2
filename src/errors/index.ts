export { PathpatchError, isPathpatchError } from './pathpatch-error.js';
export { PathSyntaxError } from './path-syntax-error.js';
export { PathConflictError } from './path-conflict-error.js';
export type { PathConflictDetails } from './path-conflict-error.js';
export { JsonValueError } from './json-value-error.js';
export { UnsafeKeyError } from './unsafe-key-error.js';
