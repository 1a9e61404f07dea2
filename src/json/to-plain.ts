import type { StoredObject, StoredValue } from './json-types.js';
import { setOwn } from './own.js';
import { RawNumber } from './raw-number.js';

/**
 * @internal Frozen plain JSON: raw numbers read as numbers. Shares the nodes that hold none, so
 * without raw numbers it returns its argument.
 */
export function toPlain(value: StoredValue): StoredValue {
  if (value instanceof RawNumber) return value.toJSON();
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(toPlain);
    return items.every((item, i) => item === value[i]) ? value : (Object.freeze(items), items);
  }
  let changed = false;
  const out: StoredObject = {};
  for (const key of Object.keys(value)) {
    const item = toPlain(value[key] as StoredValue);
    if (item !== value[key]) changed = true;
    setOwn(out, key, item);
  }
  return changed ? Object.freeze(out) : value;
}
