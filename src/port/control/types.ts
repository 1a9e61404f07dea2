/**
 * The control structures the readers find: where a body is, the branches of
 * an If chain, and a structure with the index of the statement after it.
 *
 * @example
 * const body: Body = { start: 3, end: 5 };
 */
import type { Token } from '../lexer.js';
import type { Statement } from '../statements.js';

/**
 * Where a body is: a range of statements `[start, end)`, or one statement written inline (`If x Then y`).
 *
 * @example
 * const body: Body = { start: 3, end: 5 };
 */
export type Body = { readonly start: number; readonly end: number } | { readonly inline: Statement };

/**
 * One branch of an If chain; `condition` is `undefined` for `Else`.
 *
 * @example
 * const branch: Branch = { line: 4, condition: undefined, negate: false, body: { start: 5, end: 6 } };
 */
export interface Branch {
  readonly line: number;
  readonly condition: readonly Token[] | undefined;
  /** `unless` (Ruby, Perl) runs its body when the condition is false. */
  readonly negate: boolean;
  readonly body: Body;
}

/**
 * A control structure and the index of the statement after it.
 *
 * @example
 * const control: Control = { kind: 'select', line: 2, body: { start: 3, end: 9 }, after: 10 };
 */
export type Control =
  | { readonly kind: 'if'; readonly line: number; readonly branches: readonly Branch[]; readonly after: number }
  | { readonly kind: 'select'; readonly line: number; readonly body: Body; readonly after: number }
  | { readonly kind: 'definition'; readonly line: number; readonly name: string; readonly helper: boolean; readonly body: Body; readonly after: number };
