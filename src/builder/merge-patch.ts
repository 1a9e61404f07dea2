import { JsonValueError } from '../errors/index.js';
import { isObjectNode, setOwn, type StoredObject, type StoredValue } from '../json/index.js';
import { formatPath } from '../path/index.js';
import { diffJson } from './json-patch.js';

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
  // setOwn, so that a kept `__proto__` member stays a plain own key.
  const patch: StoredObject = {};
  for (const key of Object.keys(from)) if (!Object.hasOwn(to, key)) setOwn(patch, key, null);
  for (const key of Object.keys(to)) {
    const next = to[key];
    if (Object.hasOwn(from, key) && diffJson(from[key], next).length === 0) continue;
    if (next === null) throw new JsonValueError(formatPath([...at, key]), 'null', 'a non-null value', NULL_HINT);
    const inner = Object.hasOwn(from, key) ? mergePatchOf(from[key], next, [...at, key]) : (assertNoNullMembers(next, [...at, key]), next);
    setOwn(patch, key, inner as StoredValue);
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
