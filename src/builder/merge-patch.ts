import { JsonValueError } from '../errors/index.js';
import { isObjectNode } from '../json/index.js';
import { formatPath } from '../path/index.js';
import { jsonEqual } from './json-equal.js';

const NULL_HINT = 'a JSON Merge Patch (RFC 7386) reads null as "delete this member"; use toJsonPatch() to set a member to null';

/**
 * @internal The RFC 7386 merge patch that turns `from` into `to`.
 * @throws {JsonValueError} where `to` holds a member set to null, which a merge patch cannot say.
 */
export function mergePatchOf(from: unknown, to: unknown, at: (string | number)[] = []): unknown {
  if (!isObjectNode(to)) return to;
  if (!isObjectNode(from)) {
    assertNoNullMembers(to, at);
    return to;
  }
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(from)) if (!Object.hasOwn(to, key)) define(patch, key, null);
  for (const key of Object.keys(to)) {
    const next = to[key];
    if (Object.hasOwn(from, key) && jsonEqual(from[key], next)) continue;
    if (next === null) throw new JsonValueError(formatPath([...at, key]), 'null', 'a non-null value', NULL_HINT);
    const inner = Object.hasOwn(from, key) ? mergePatchOf(from[key], next, [...at, key]) : (assertNoNullMembers(next, [...at, key]), next);
    define(patch, key, inner);
  }
  return patch;
}

function assertNoNullMembers(value: unknown, at: (string | number)[]): void {
  if (!isObjectNode(value)) return;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === null) throw new JsonValueError(formatPath([...at, key]), 'null', 'a non-null value', NULL_HINT);
    assertNoNullMembers(member, [...at, key]);
  }
}

// defineProperty, so that a kept `__proto__` member stays a plain own key.
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
