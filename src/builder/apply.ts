import { produce as immerProduce } from 'immer';
import { JsonValueError, PathConflictError } from '../errors/index.js';
import {
  copyJsonValue,
  copyNode,
  describeValue,
  freezeNew,
  getOwn,
  isObjectNode,
  RawNumber,
  setOwn,
  toPlain,
  type StoredArray,
  type StoredObject,
  type StoredValue,
} from '../json/index.js';
import { APPEND, formatPath, type PathSegment } from '../path/index.js';
import type { Op } from './ops.js';
import type { ResolvedOptions } from './options.js';

/**
 * @internal The state being built: the root object, copied on write.
 * Frozen nodes belong to earlier builds (or to recorded values) and are
 * copied before any change; unfrozen nodes were made by this build.
 */
export interface Draft {
  root: StoredObject;
  raw: boolean;
}

type Kind = 'object' | 'array';

const kindFor = (segment: PathSegment | undefined): Kind => (typeof segment === 'string' ? 'object' : 'array');
// Stored containers are plain objects and arrays made by pathpatch (values are copied in), so a cheap test
// suffices here: an object that is neither an array nor a raw number.
const isStoredObject = (value: StoredValue | undefined): value is StoredObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RawNumber);
const isKind = (value: StoredValue | undefined, kind: Kind): boolean => (kind === 'object' ? isStoredObject(value) : Array.isArray(value));
const article = (kind: Kind): string => (kind === 'object' ? 'an object' : 'an array');

/** @internal Applies one recorded op to the draft. Throws (changing nothing) on a conflict under `conflicts: 'error'`. */
export function applyOp(draft: Draft, op: Op, options: ResolvedOptions): void {
  switch (op.kind) {
    case 'set':
      // Only 'skip' can leave a set out, which needs the read-only walk first; otherwise one walk checks and writes.
      if (options.conflicts !== 'skip') setInOneWalk(draft, op.segments, op.value, op, options);
      else if (plan(draft.root, op.segments, op, options, undefined) === 'write') write(draft, op.segments, op.value, options);
      return;
    case 'ensure': {
      const kind = op.operation;
      if (options.conflicts !== 'skip') setInOneWalk(draft, op.segments, null, op, options, kind);
      else if (plan(draft.root, op.segments, op, options, kind) === 'write') write(draft, op.segments, kind === 'object' ? {} : [], options);
      return;
    }
    case 'update': {
      if (plan(draft.root, op.segments, op, options, undefined) !== 'write') return;
      const current = read(draft.root, op.segments);
      // The callback sees frozen data, so it cannot change the draft behind the builder's back.
      if (current !== undefined) freezeNew(current);
      // Raw numbers read as numbers here, as in build() and get(): the callback's type says number.
      const next = op.fn(current === undefined ? current : toPlain(current));
      const context = { protoKeys: options.protoKeys, raw: false };
      const value = copyJsonValue(next, op.segments, context);
      draft.raw ||= context.raw;
      write(draft, op.segments, value, options);
      return;
    }
    case 'remove':
      remove(draft, op, options);
      return;
    case 'merge':
      draft.root = own(draft.root);
      mergeInto(draft.root, op.value);
      return;
    case 'produce': {
      const next: unknown = immerProduce(draft.root, op.recipe as (draft: StoredObject) => void);
      const context = { protoKeys: options.protoKeys, raw: false };
      const value = copyJsonValue(next, [], context);
      if (!isObjectNode(value)) throw new JsonValueError('', `${describeValue(value)} from produce()`, 'an object at the root');
      draft.root = value;
      draft.raw ||= context.raw;
      return;
    }
  }
}

/** @internal The value at `segments`, or `undefined` when any step is missing or of the wrong kind. */
export function read(root: StoredValue, segments: readonly PathSegment[]): StoredValue | undefined {
  let node: StoredValue | undefined = root;
  for (const segment of segments) {
    if (typeof segment === 'string') {
      if (!isObjectNode(node)) return undefined;
      node = getOwn(node, segment);
    } else {
      if (!Array.isArray(node) || segment === APPEND) return undefined;
      node = segment < node.length ? node[segment] : undefined;
    }
  }
  return node;
}

/**
 * Walks what exists without changing anything, so that an update either
 * applies whole or not at all. Returns `'skip'` where the options say to leave
 * the update out, `'keep'` when an ensured container already exists.
 */
function plan(root: StoredObject, segments: readonly PathSegment[], op: Op, options: ResolvedOptions, ensure: Kind | undefined): 'write' | 'skip' | 'keep' {
  let node: StoredValue | undefined = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as PathSegment;
    const need = kindFor(segment);
    if (node !== undefined && !isKind(node, need)) {
      if (i === 0 || options.conflicts === 'error') throw conflict(op, segments, i, describeValue(node), article(need));
      if (options.conflicts === 'skip') return 'skip';
      node = undefined; // 'replace': a fresh container takes its place
    }
    if (node === undefined) {
      if (typeof segment === 'number' && segment > 0 && options.gaps === 'error') throw gap(op, segments, i, segment, 0);
      continue;
    }
    if (need === 'object') {
      node = getOwn(node as StoredObject, segment as string);
    } else {
      const array = node as StoredArray;
      const index = segment === APPEND ? array.length : (segment as number);
      if (index > array.length && options.gaps === 'error') throw gap(op, segments, i, index, array.length);
      node = index < array.length ? array[index] : undefined;
    }
  }
  if (ensure !== undefined && node !== undefined) {
    if (isKind(node, ensure)) return 'keep';
    if (options.conflicts === 'error') throw conflict(op, segments, segments.length, describeValue(node), article(ensure));
    if (options.conflicts === 'skip') return 'skip';
  }
  return 'write';
}

/** Writes `value` at `segments`, creating or replacing containers on the way; `plan` has already approved it. */
function write(draft: Draft, segments: readonly PathSegment[], value: StoredValue, options: ResolvedOptions): void {
  draft.root = own(draft.root);
  let parent: StoredObject | StoredArray = draft.root;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) {
    const segment = segments[i] as PathSegment;
    const need = kindFor(segments[i + 1]);
    let child = childOf(parent, segment);
    if (child !== undefined && isKind(child, need)) {
      if (Object.isFrozen(child)) {
        child = copyNode(child as StoredObject | StoredArray);
        put(parent, segment, child, options);
      }
    } else {
      child = need === 'object' ? {} : [];
      put(parent, segment, child, options);
    }
    parent = child as StoredObject | StoredArray;
  }
  put(parent, segments[last] as PathSegment, value, options);
}

/**
 * `plan` then `write` for a set under `conflicts: 'error'` or `'replace'`, in
 * one walk: the same checks in the same order, so the same errors. A throw
 * midway leaves changes only in nodes this replay made (unfrozen), and the
 * replay's caller (`#compute`) then drops the whole draft, so the update is
 * still all or nothing.
 */
function setInOneWalk(draft: Draft, segments: readonly PathSegment[], value: StoredValue, op: Op, options: ResolvedOptions, ensure?: Kind): void {
  // The root is an object, so a first segment that is an index conflicts there (as in plan at depth 0).
  if (typeof segments[0] !== 'string') throw conflict(op, segments, 0, describeValue(draft.root), article('array'));
  draft.root = own(draft.root);
  let parent: StoredObject | StoredArray = draft.root;
  const last = segments.length - 1;
  for (let i = 0; ; i++) {
    const segment = segments[i] as PathSegment;
    if (typeof segment === 'number' && segment > (parent as StoredArray).length && options.gaps === 'error') {
      throw gap(op, segments, i, segment, (parent as StoredArray).length);
    }
    if (i === last) break;
    const need = kindFor(segments[i + 1]);
    let child = childOf(parent, segment);
    if (child !== undefined && !isKind(child, need)) {
      if (options.conflicts === 'error') throw conflict(op, segments, i + 1, describeValue(child), article(need));
      child = undefined; // 'replace': a fresh container takes its place
    }
    if (child === undefined) {
      child = need === 'object' ? {} : [];
      put(parent, segment, child, options);
    } else if (Object.isFrozen(child)) {
      child = copyNode(child as StoredObject | StoredArray);
      put(parent, segment, child, options);
    }
    parent = child as StoredObject | StoredArray;
  }
  const segment = segments[last] as PathSegment;
  if (ensure !== undefined) {
    // object()/array(): keep a container of the right kind, else make one (or refuse, as plan() does).
    const existing = childOf(parent, segment);
    if (existing !== undefined) {
      if (isKind(existing, ensure)) return;
      if (options.conflicts === 'error') throw conflict(op, segments, segments.length, describeValue(existing), article(ensure));
    }
    put(parent, segment, ensure === 'object' ? {} : [], options);
    return;
  }
  put(parent, segment, value, options);
}

function childOf(parent: StoredObject | StoredArray, segment: PathSegment): StoredValue | undefined {
  if (typeof segment === 'string') return getOwn(parent as StoredObject, segment);
  const array = parent as StoredArray;
  return segment !== APPEND && segment < array.length ? array[segment] : undefined;
}

function put(parent: StoredObject | StoredArray, segment: PathSegment, value: StoredValue, options: ResolvedOptions): void {
  if (typeof segment === 'string') {
    setOwn(parent as StoredObject, segment, value);
    return;
  }
  const array = parent as StoredArray;
  if (segment !== APPEND && segment < array.length) {
    array[segment] = value;
    return;
  }
  if (segment !== APPEND && options.gaps === 'null') while (array.length < segment) array.push(null);
  array.push(value);
}

function remove(draft: Draft, op: Op & { kind: 'remove' }, options: ResolvedOptions): void {
  const { segments } = op;
  let node: StoredValue | undefined = draft.root;
  for (let i = 0; i < segments.length; i++) {
    const need = kindFor(segments[i]);
    if (node === undefined) return;
    if (!isKind(node, need)) {
      if (options.conflicts === 'error') throw conflict(op, segments, i, describeValue(node), article(need));
      return;
    }
    node = childOf(node as StoredObject | StoredArray, segments[i] as PathSegment);
  }
  if (node === undefined) return;
  draft.root = own(draft.root);
  let parent: StoredObject | StoredArray = draft.root;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) {
    const segment = segments[i] as PathSegment;
    let child = childOf(parent, segment) as StoredObject | StoredArray;
    if (Object.isFrozen(child)) {
      child = copyNode(child);
      put(parent, segment, child, options);
    }
    parent = child;
  }
  const segment = segments[last] as PathSegment;
  if (typeof segment === 'string') delete (parent as StoredObject)[segment];
  else (parent as StoredArray).splice(segment as number, 1);
}

// Deep merge: objects merge member by member, anything else (arrays included) replaces.
function mergeInto(target: StoredObject, patch: StoredObject): void {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key] as StoredValue;
    const current = getOwn(target, key);
    if (isObjectNode(incoming) && isObjectNode(current)) {
      const next = own(current);
      if (next !== current) setOwn(target, key, next);
      mergeInto(next, incoming);
    } else {
      setOwn(target, key, incoming);
    }
  }
}

function own<Node extends StoredObject | StoredArray>(node: Node): Node {
  return Object.isFrozen(node) ? copyNode(node) : node;
}

function conflict(op: Op, segments: readonly PathSegment[], depth: number, found: string, expected: string): PathConflictError {
  return new PathConflictError({
    operation: op.operation,
    path: formatPath(segments),
    prefix: formatPath(segments.slice(0, depth)),
    found,
    expected,
    update: op.index,
    // The root cannot be replaced, so no option helps there.
    ...(depth === 0 ? {} : { hint: "pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it" }),
  });
}

function gap(op: Op, segments: readonly PathSegment[], depth: number, index: number, length: number): PathConflictError {
  return new PathConflictError({
    operation: op.operation,
    path: formatPath(segments),
    prefix: formatPath(segments.slice(0, depth)),
    found: `index ${index} past the end (length ${length})`,
    expected: length === 0 ? 'index 0' : `an index from 0 to ${length}`,
    update: op.index,
    hint: "pass { gaps: 'append' } or { gaps: 'null' } to allow it",
  });
}
