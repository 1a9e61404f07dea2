import type { ValidationIssue } from '../errors/index.js';
import { formatPath, type PathSegment } from '../path/index.js';
import { Scrubber, secretValuesOf } from '../send/index.js';
import type { StandardIssue } from './standard-schema.js';

/**
 * @internal Turns a validator's issues into pathpatch's: each path written by `formatPath()`
 * (`callbacks[0]`, `addons.rms.url`), each message the validator's own, except that the values of
 * secret-named fields of the payload (`client_secret`, `token`) are replaced if a message quotes them.
 * @example
 * ```ts
 * toValidationIssues([{ message: 'Invalid URL', path: ['callbacks', 0] }], {});
 * //=> [{ path: 'callbacks[0]', segments: ['callbacks', 0], message: 'Invalid URL' }]
 * ```
 */
export function toValidationIssues(issues: ReadonlyArray<StandardIssue>, payload: unknown): ValidationIssue[] {
  const scrubber = new Scrubber(secretValuesOf(payload));
  return Array.from(issues, (issue) => {
    // Array.from, not map(): a validator's path may be an Array subclass (arktype), and map() keeps the subclass.
    const segments = Array.from(issue.path ?? [], toSegment);
    return { path: formatPath(segments), segments, message: scrubber.text(String(issue.message)) };
  });
}

function toSegment(item: PropertyKey | { readonly key: PropertyKey }): PathSegment {
  const key = typeof item === 'object' && item !== null ? item.key : item;
  if (typeof key === 'number' && Number.isInteger(key) && key >= 0) return key;
  if (typeof key === 'symbol') return key.description ?? '';
  return String(key);
}
