import { isObjectNode, RawNumber } from '../json/index.js';

/** @internal Structural JSON equality; object member order does not matter, array order does. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // build() reads raw numbers as numbers; compare a caller's raw numbers the same way.
  if (a instanceof RawNumber) return jsonEqual(a.toJSON(), b);
  if (b instanceof RawNumber) return jsonEqual(a, b.toJSON());
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isObjectNode(a) || !isObjectNode(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !jsonEqual(a[key], b[key])) return false;
  }
  return true;
}
