import type { StoredValue } from './json-types.js';

/**
 * @internal Deep-freezes what is not frozen yet. Frozen nodes are shared with
 * earlier builds and already deep-frozen, so the walk stops at them.
 */
export function freezeNew(value: StoredValue): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) freezeNew(item);
  } else {
    // RawNumber instances freeze themselves, so here `value` is a plain object.
    const object = value as Record<string, StoredValue>;
    for (const key of Object.keys(object)) freezeNew(object[key] as StoredValue);
  }
}
