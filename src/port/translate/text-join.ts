/**
 * Text joined from parts (a concatenation, an interpolated string) as one
 * template literal: text constants and nested joins are inlined, so a longer
 * concatenation is one template rather than templates inside templates.
 *
 * @example
 * joinTyped(['/clients/', { code: 'id', kind: 'text' }]).code; //=> '`/clients/${id}`'
 */
import { joinTemplate } from '../builtins/index.js';
import type { Typed } from './scope.js';

/**
 * Joins text parts into one template literal: text constants and nested joins are inlined, and a
 * `String(x)` hole is written `x` (a template converts the same way).
 *
 * @param parts - Text constants and values (already converted to text the language's way).
 * @returns The text, with its parts kept for a later join.
 * @example
 * joinTyped([{ code: 'String(i)', kind: 'text' }, '.']).code; //=> '`${i}.`'
 */
export function joinTyped(parts: readonly (string | Typed)[]): Typed {
  const flat = parts.flatMap((part): (string | Typed)[] => (typeof part === 'string' ? [part] : part.literal !== undefined ? [part.literal] : [...(part.parts ?? [part])]));
  const joined = joinTemplate(flat.map((part) => (typeof part === 'string' ? part : { code: /^String\(([\w$.]+(?:\[[\w$]+\]!?)?)\)$/.exec(part.code)?.[1] ?? part.code, kind: part.kind === 'object' ? 'unknown' : part.kind })));
  return { code: joined.code, kind: 'text', parts: flat };
}
