import { JsonValueError, UnsafeKeyError } from '../errors/index.js';
import { formatPath, type PathSegment } from '../path/index.js';
import type { ProtoKeys, StoredArray, StoredObject, StoredValue } from './json-types.js';
import { isObjectNode, setOwn } from './own.js';
import { MAX_DEPTH } from './limits.js';
import { adoptRawNumber, RAW } from './raw-number.js';

/** @internal What a copy found out about the value. */
export interface CopyContext {
  readonly protoKeys: ProtoKeys;
  /** The key separator of the builder, which paths in messages are written with. */
  readonly delimiter: string;
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
  const type = typeof value;
  if (type === 'string' || type === 'boolean' || value === null) return value as StoredValue;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value + 0;
    throw invalid(context, at, String(value), 'a finite number');
  }
  if (type !== 'object') {
    // undefined, a bigint, a function or a symbol.
    throw invalid(
      context,
      at,
      type === 'undefined' ? type : `a ${type}`,
      undefined,
      type === 'undefined' ? 'use null, or remove() the member' : type === 'bigint' ? 'pass rawNumber(String(value)) to keep every digit' : undefined,
    );
  }
  const object = value as object;
  if ((object as { [RAW]?: unknown })[RAW] === true) {
    // One from another copy of pathpatch, or a forged one (Object.create(RawNumber.prototype, ...)) that could carry any text into emit(): adopt reads it once.
    const adopted = adoptRawNumber(object);
    if (adopted === undefined) throw invalid(context, at, 'a RawNumber whose text is not JSON number text', 'a raw number made by rawNumber()');
    context.raw = true;
    return adopted;
  }
  // Every walk of a stored value recurses; the limit keeps each of them far from the stack's end.
  if (at.length >= MAX_DEPTH) {
    throw invalid(context, at.slice(0, MAX_DEPTH), `a container nested deeper than ${MAX_DEPTH} levels`, `at most ${MAX_DEPTH} levels of nesting, path segments included`);
  }
  if (ancestors.includes(object)) throw invalid(context, at, 'a cycle', 'a JSON value (a tree)');
  const array = Array.isArray(object);
  if (array ? Object.getPrototypeOf(object) !== Array.prototype : !isObjectNode(object)) {
    if (object instanceof Date) throw invalid(context, at, 'a Date', undefined, 'pass date.toISOString() instead');
    throw invalid(context, at, `an instance of ${className(object)}`, array ? 'a plain array' : 'a plain object');
  }
  ancestors.push(object);
  let copy: StoredArray | StoredObject;
  if (array) {
    copy = new Array<StoredValue>(object.length);
    for (let i = 0; i < object.length; i++) {
      at.push(i);
      if (!(i in object)) throw invalid(context, at, 'a hole in a sparse array');
      copy[i] = copyDeep(object[i], at, context, ancestors);
      at.pop();
    }
  } else {
    copy = {};
    for (const key of Object.keys(object)) {
      at.push(key);
      if (key === '__proto__' && context.protoKeys === 'error') throw UnsafeKeyError.inValue(formatPath(at, context.delimiter), key);
      setOwn(copy, key, copyDeep((object as Record<string, unknown>)[key], at, context, ancestors));
      at.pop();
    }
  }
  ancestors.pop();
  return Object.freeze(copy) as StoredValue;
}

// Where the value is not JSON: `at` names its place in the payload, written with the builder's delimiter.
function invalid({ delimiter }: CopyContext, at: readonly PathSegment[], found: string, expected?: string, hint?: string): JsonValueError {
  return new JsonValueError(formatPath(at, delimiter), found, expected, hint);
}

// A class's own Symbol.toStringTag first: our classes set one, as their names are minified in the ESM build.
function className(object: object): string {
  const tag = (object as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  const name = typeof tag === 'string' ? tag : (object.constructor as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name !== '' ? name : 'a class';
}
