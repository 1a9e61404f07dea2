import { JsonValueError } from '../errors/index.js';
import { isObjectNode, setOwn, type StoredObject, type StoredValue } from '../json/index.js';
import { formatPath } from '../path/index.js';
import { diffJson } from './json-patch.js';

const NULL_HINT = 'a JSON Merge Patch (RFC 7386) reads null as "delete this member"; use toJsonPatch() to set a member to null';

/**
 * @internal The RFC 7386 merge patch that turns `from` into `to`. Where `from` holds no object, `to` is the
 * patch as it is, walked only to check it.
 * @throws {JsonValueError} where `to` holds a member set to null, which a merge patch cannot say.
 */
export function mergePatchOf(from: unknown, to: unknown, delimiter?: string, at: (string | number)[] = []): unknown {
  if (!isObjectNode(to)) return to;
  const old = isObjectNode(from) ? from : undefined;
  // setOwn, so that a kept `__proto__` member stays a plain own key.
  const patch: StoredObject = {};
  if (old !== undefined) for (const key of Object.keys(old)) if (!Object.hasOwn(to, key)) setOwn(patch, key, null);
  for (const key of Object.keys(to)) {
    const next = to[key];
    const had = old !== undefined && Object.hasOwn(old, key);
    if (had && diffJson(old[key], next).length === 0) continue;
    if (next === null) throw new JsonValueError(formatPath([...at, key], delimiter), 'null', 'a non-null value', NULL_HINT);
    const inner = mergePatchOf(had ? old[key] : undefined, next, delimiter, [...at, key]);
    if (old !== undefined) setOwn(patch, key, inner as StoredValue);
  }
  return old === undefined ? to : patch;
}
