import type { PathSegment } from '../path/index.js';
import { PathpatchError } from './pathpatch-error.js';

/**
 * One problem a schema found in a payload: where (a pathpatch path) and the schema's own message.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'pathpatch';
 * const issue: ValidationIssue = { path: 'callbacks[0]', segments: ['callbacks', 0], message: 'Invalid URL' };
 * ```
 */
export interface ValidationIssue {
  /** Where, written by `formatPath()` (`callbacks[0]`, `addons.rms.url`); `''` for the payload itself. */
  readonly path: string;
  /** The same place as segments: keys and indexes. */
  readonly segments: readonly PathSegment[];
  /** The schema's message, as the validator wrote it. */
  readonly message: string;
}

/** At most this many issues are listed in the message; all of them stay on `issues`. */
const MAX_LISTED = 10;

/**
 * A payload that its schema refuses, thrown by the `send()` of a `payloadFor()` chain before any
 * request is made. It carries the issues (paths and the schema's messages) and nothing of the
 * request: no URL, no headers, no credentials, and no payload value added by pathpatch.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { payloadFor, ValidationError } from 'pathpatch';
 * const schema = z.object({ callbacks: z.array(z.url()).optional() });
 * try {
 *   await payloadFor(schema).set('callbacks[0]', 'not a url').send({ url: 'https://api.example/clients/1' });
 * } catch (error) {
 *   if (error instanceof ValidationError) error.issues[0]?.path; //=> 'callbacks[0]'
 * }
 * ```
 */
export class ValidationError extends PathpatchError {
  override name = 'ValidationError' as const;
  /** Every issue, in the validator's order. */
  readonly issues: readonly ValidationIssue[];
  /** The validator that refused the payload (`'zod'`, `'valibot'`, `'arktype'`, …). */
  readonly vendor: string;

  constructor(vendor: string, issues: readonly ValidationIssue[]) {
    super(formatValidationMessage(vendor, issues));
    this.vendor = vendor;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, segments: Object.freeze([...issue.segments]) })));
  }
}

function formatValidationMessage(vendor: string, issues: readonly ValidationIssue[]): string {
  const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
  const lines = issues.slice(0, MAX_LISTED).map((issue) => `  ${issue.path === '' ? '(the payload)' : issue.path}: ${issue.message}`);
  if (issues.length > MAX_LISTED) lines.push(`  … and ${issues.length - MAX_LISTED} more`);
  return `the payload does not match the ${vendor} schema (${count}):\n${lines.join('\n')}`;
}
