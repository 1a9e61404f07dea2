/**
 * Applies a JSON Merge Patch (RFC 7386) to a JSON value and returns the
 * result, leaving both inputs unchanged: objects merge key by key, `null`
 * deletes a key, anything else (arrays included) replaces what was there.
 *
 * @example
 * ```ts
 * applyMergePatch({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }, { b: { c: null }, e: [3] });
 * //=> { a: 1, b: { d: 3 }, e: [3] }
 * ```
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = {};
  if (isObject(target)) for (const [key, value] of Object.entries(target)) define(result, key, value);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else define(result, key, applyMergePatch(Object.hasOwn(result, key) ? result[key] : undefined, value));
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// defineProperty keeps a "__proto__" key from a parsed body an own key instead of a prototype change.
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
