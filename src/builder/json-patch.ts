import { isObjectNode } from '../json/index.js';
import { pointerToken } from '../path/index.js';

/**
 * One RFC 6902 JSON Patch operation, as produced by `diff()` and `toJsonPatch()`.
 *
 * @example
 * ```ts
 * import type { JsonPatchOperation } from 'pathpatch';
 * const op: JsonPatchOperation = { op: 'add', path: '/a/b', value: 1 };
 * ```
 */
export type JsonPatchOperation =
  | { readonly op: 'add'; readonly path: string; readonly value: unknown }
  | { readonly op: 'replace'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string };

/**
 * @internal RFC 6902 operations that turn `from` into `to`. A member or
 * element that is new is added whole, so parents always exist when an
 * operation runs.
 */
export function diffJson(from: unknown, to: unknown): JsonPatchOperation[] {
  const out: JsonPatchOperation[] = [];
  walk(from, to, '', out);
  return out;
}

// Hand-written: the peers' diff functions (fast-json-patch's compare) emit removals before additions in ways that reorder keys; this keeps replace-in-place.
// `at` is the pointer of the place walked, extended one step at a time.
function walk(from: unknown, to: unknown, at: string, out: JsonPatchOperation[]): void {
  if (from === to) return;
  if (isObjectNode(from) && isObjectNode(to)) {
    for (const key of Object.keys(from)) {
      if (!Object.hasOwn(to, key)) out.push({ op: 'remove', path: at + pointerToken(key) });
    }
    for (const key of Object.keys(to)) {
      const path = at + pointerToken(key);
      if (Object.hasOwn(from, key)) walk(from[key], to[key], path, out);
      else out.push({ op: 'add', path, value: to[key] });
    }
    return;
  }
  if (Array.isArray(from) && Array.isArray(to)) {
    const common = Math.min(from.length, to.length);
    for (let i = 0; i < common; i++) walk(from[i], to[i], at + pointerToken(i), out);
    for (let i = from.length - 1; i >= to.length; i--) out.push({ op: 'remove', path: at + pointerToken(i) });
    for (let i = common; i < to.length; i++) out.push({ op: 'add', path: at + pointerToken(i), value: to[i] });
    return;
  }
  // Plain JSON (no raw numbers, as build() and #plainOf give) that is neither identical nor two containers of one kind differs.
  out.push({ op: 'replace', path: at, value: to });
}
