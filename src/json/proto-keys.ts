import { UnsafeKeyError } from '../errors/index.js';
import { formatPath, type PathSegment } from '../path/index.js';
import type { StoredValue } from './json-types.js';

/**
 * @internal Throws an {@link UnsafeKeyError} for the first own `__proto__` key in a stored value. Used
 * where a value made under `protoKeys: 'keep'` (another builder) enters a builder that refuses the key.
 */
export function assertNoProtoKeys(value: StoredValue, at: PathSegment[] = []): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertNoProtoKeys(item, [...at, i]));
    return;
  }
  for (const key of Object.keys(value)) {
    if (key === '__proto__') throw UnsafeKeyError.inValue(formatPath([...at, key]), key);
    assertNoProtoKeys((value as Record<string, StoredValue>)[key] as StoredValue, [...at, key]);
  }
}
