import { JsonValueError, UnsafeKeyError } from '../errors/index.js';
import { formatPath, type PathSegment } from '../path/index.js';
import type { ProtoKeys, StoredArray, StoredObject, StoredValue } from './json-types.js';
import { setOwn } from './own.js';
import { MAX_DEPTH } from './limits.js';
import { adoptRawNumber, RawNumber } from './raw-number.js';

/** @internal What a copy found out about the value. */
export interface CopyContext {
  readonly protoKeys: ProtoKeys;
  /** Set to true when the value holds a raw number. */
  raw: boolean;
}

/**
 * @internal Checks that `value` is JSON and returns a deep, frozen copy.
 * `at` is where the value goes in the payload, for messages.
 */
export function copyJsonValue(value: unknown, at: readonly PathSegment[], context: CopyContext): StoredValue {
  // Scalars are the common case: no copy of the path needed.
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  // JSON has no -0 (JSON.stringify writes 0), so the stored value is 0 too.
  if (typeof value === 'number' && Number.isFinite(value)) return value + 0;
  return copyDeep(value, [...at], context, []);
}

function copyDeep(value: unknown, at: PathSegment[], context: CopyContext, ancestors: object[]): StoredValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value + 0;
      throw new JsonValueError(formatPath(at), String(value), 'a finite number');
    case 'undefined':
      throw new JsonValueError(formatPath(at), 'undefined', 'a JSON value', 'use null, or remove() the member');
    case 'bigint':
      throw new JsonValueError(formatPath(at), 'a bigint', 'a JSON value', 'pass rawNumber(String(value)) to keep every digit');
    case 'function':
      throw new JsonValueError(formatPath(at), 'a function', 'a JSON value');
    case 'symbol':
      throw new JsonValueError(formatPath(at), 'a symbol', 'a JSON value');
    case 'object':
      break;
  }
  if (value === null) return null;
  if (value instanceof RawNumber) {
    // A forged instance (Object.create(RawNumber.prototype, ...)) could carry any text into emit(): adopt reads it once.
    const adopted = adoptRawNumber(value);
    if (adopted === undefined) throw new JsonValueError(formatPath(at), 'a RawNumber whose text is not JSON number text', 'a raw number made by rawNumber()');
    context.raw = true;
    return adopted;
  }
  const object = value;
  // Every walk of a stored value recurses; the limit keeps each of them far from the stack's end.
  if (at.length >= MAX_DEPTH) throw depthError(at);
  if (ancestors.includes(object)) throw new JsonValueError(formatPath(at), 'a cycle', 'a JSON value (a tree)');
  const proto = Object.getPrototypeOf(object) as unknown;
  if (Array.isArray(object)) {
    if (proto !== Array.prototype) throw new JsonValueError(formatPath(at), `an instance of ${className(object)}`, 'a plain array');
    ancestors.push(object);
    const copy: StoredArray = new Array<StoredValue>(object.length);
    for (let i = 0; i < object.length; i++) {
      at.push(i);
      if (!(i in object)) throw new JsonValueError(formatPath(at), 'a hole in a sparse array', 'a JSON value');
      copy[i] = copyDeep(object[i], at, context, ancestors);
      at.pop();
    }
    ancestors.pop();
    Object.freeze(copy);
    return copy;
  }
  if (proto !== Object.prototype && proto !== null) {
    if (object instanceof Date) throw new JsonValueError(formatPath(at), 'a Date', 'a JSON value', 'pass date.toISOString() instead');
    throw new JsonValueError(formatPath(at), `an instance of ${className(object)}`, 'a plain object');
  }
  ancestors.push(object);
  const copy: StoredObject = {};
  for (const key of Object.keys(object)) {
    if (key === '__proto__' && context.protoKeys === 'error') throw UnsafeKeyError.inValue(formatPath([...at, key]), key);
    at.push(key);
    setOwn(copy, key, copyDeep((object as Record<string, unknown>)[key], at, context, ancestors));
    at.pop();
  }
  ancestors.pop();
  return Object.freeze(copy);
}

function depthError(at: readonly PathSegment[]): JsonValueError {
  return new JsonValueError(
    formatPath(at.slice(0, MAX_DEPTH)),
    `a container nested deeper than ${MAX_DEPTH} levels`,
    `at most ${MAX_DEPTH} levels of nesting, path segments included`,
  );
}

// A class's own Symbol.toStringTag first: our classes set one, as their names are minified in the ESM build.
function className(object: object): string {
  const tag = (object as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  const name = typeof tag === 'string' ? tag : (object.constructor as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name !== '' ? name : 'a class';
}
