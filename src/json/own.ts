import type { StoredObject, StoredValue } from './json-types.js';

// Own-property access only: nothing read or written here can reach a prototype.

/** @internal The own member `key` of `object`, or `undefined`. */
export function getOwn(object: StoredObject, key: string): StoredValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** @internal Sets an own data member; `__proto__` becomes a plain own key instead of changing the prototype. */
export function setOwn(object: StoredObject, key: string, value: StoredValue): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

/** @internal Whether a value is an object container (not an array, not a raw number). */
export function isObjectNode(value: unknown): value is StoredObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** @internal Shallow copy that keeps an own `__proto__` key as data (spread defines properties). */
export function copyNode<Node extends StoredObject | StoredValue[]>(node: Node): Node {
  return (Array.isArray(node) ? node.slice() : { ...node }) as Node;
}

/** @internal "a string", "an array", ... for messages. */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (type === 'object') return isObjectNode(value) ? 'an object' : 'a raw number';
  // A bigint, a function or a symbol never reaches a message through stored values: named by its type alone.
  return type === 'undefined' ? 'nothing' : type === 'string' || type === 'number' || type === 'boolean' ? `a ${type}` : type;
}
