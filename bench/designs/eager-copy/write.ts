import { MAX_NULL_GAP } from '../../../src/builder/apply.js';
import type { ResolvedOptions } from '../../../src/builder/options.js';
import { PathConflictError, type MadeBy } from '../../../src/errors/index.js';
import { describeValue, type StoredArray, type StoredObject, type StoredValue } from '../../../src/json/index.js';
import { APPEND, formatPath, type PathSegment } from '../../../src/path/index.js';
import {
  Arr,
  EMPTY_ARR,
  EMPTY_OBJ,
  find,
  isArr,
  isObj,
  nodeOf,
  Obj,
  withItem,
  withMember,
  withoutItem,
  withoutMember,
  withSlot,
  type Call,
  type Child,
  type Maker,
} from './nodes.js';

/** A call that takes a path, as the engine sees it. */
export interface PathCall extends Call {
  readonly segments: readonly PathSegment[];
}

/** One path write: what to put at the end of the path (or `ensure` a container there, or remove what is there). */
export interface Write {
  readonly call: PathCall;
  readonly options: ResolvedOptions;
  readonly ensure: 'object' | 'array' | 'remove' | undefined;
  readonly value: Child;
  /** update() with a function: the value from what is there, computed once the walk has checked the path. */
  readonly compute: ((current: Child | undefined) => Child) | undefined;
}

type Kind = 'object' | 'array';
const kindFor = (segment: PathSegment | undefined): Kind => (typeof segment === 'string' ? 'object' : 'array');
const isKind = (child: Child | undefined, kind: Kind): boolean => (kind === 'object' ? isObj(child) : isArr(child));
const article = (kind: Kind): string => (kind === 'object' ? 'an object' : 'an array');
const describe = (child: Child): string => (child instanceof Obj ? 'an object' : child instanceof Arr ? 'an array' : describeValue(child));

/**
 * The new root after the write, or `undefined` when the payload stays as it is (`conflicts: 'skip'`, or
 * object()/array() over a container of that kind). Copies the nodes on the path, shares the rest; throws
 * on a conflict or gap the options refuse, before anything is made.
 */
export function writeAt(root: Obj, write: Write): Obj | undefined {
  // The root is an object, so a first segment that is an index conflicts there, whatever the options.
  if (typeof write.call.segments[0] !== 'string') throw conflict(write.call, 0, 'an object', 'an array', undefined);
  return step(root, 0, undefined, write) as Obj | undefined;
}

// One level of the walk: the new `parent` with the rest of the path written below it, or `undefined` for no change.
function step(parent: Obj | Arr, i: number, maker: Maker | undefined, write: Write): Obj | Arr | undefined {
  const { call, options, ensure } = write;
  const { segments } = call;
  const segment = segments[i] as PathSegment;
  let at = -1;
  if (parent instanceof Obj) {
    at = find(parent, segment as string);
  } else if (segment !== APPEND) {
    if ((segment as number) > parent.size) checkGap(call, i, segment as number, parent.size, options, maker);
    if ((segment as number) < parent.size) at = segment as number;
  }
  const child = at < 0 ? undefined : (parent.values[at] as Child);
  const childMaker = at < 0 ? undefined : (parent.makers[at] as Maker);
  if (i === segments.length - 1) {
    if (ensure === 'remove') return parent instanceof Obj ? withoutMember(parent, segment as string) : withoutItem(parent, at);
    if (ensure !== undefined && child !== undefined) {
      // object()/array(): keep a container of the right kind, else make one (or refuse).
      if (isKind(child, ensure)) return undefined;
      if (options.conflicts === 'error') throw conflict(call, segments.length, describe(child), article(ensure), childMaker);
      if (options.conflicts === 'skip') return undefined;
    }
    const next = write.compute !== undefined ? write.compute(child) : ensure === undefined ? write.value : ensure === 'object' ? EMPTY_OBJ() : EMPTY_ARR();
    return put(parent, segment, next, call, options);
  }
  const need = kindFor(segments[i + 1]);
  if (child !== undefined && isKind(child, need)) {
    const node = child instanceof Obj || child instanceof Arr ? child : nodeOf(child as StoredObject | StoredArray, childMaker ?? call);
    const changed = step(node, i + 1, childMaker, write);
    return changed === undefined ? undefined : withSlot(parent, at, changed);
  }
  if (child !== undefined) {
    if (options.conflicts === 'error') throw conflict(call, i + 1, describe(child), article(need), childMaker);
    if (options.conflicts === 'skip') return undefined;
  }
  // Nothing there, or 'replace': a fresh container, made by this call, with the rest of the path in it (nothing below can be in the way).
  const filled = step(need === 'object' ? EMPTY_OBJ() : EMPTY_ARR(), i + 1, call, write) as Obj | Arr;
  return put(parent, segment, filled, call, options);
}

function put(parent: Obj | Arr, segment: PathSegment, value: Child, maker: Maker, options: ResolvedOptions): Obj | Arr {
  if (parent instanceof Obj) return withMember(parent, segment as string, value, maker);
  if (segment !== APPEND && (segment as number) < parent.size) return withItem(parent, segment as number, value, maker);
  let node = parent;
  // checkGap has already bounded the padding.
  if (segment !== APPEND && options.gaps === 'null') while (node.size < (segment as number)) node = withItem(node, node.size, null, maker);
  return withItem(node, node.size, value, maker);
}

/** remove(): the new root, or `undefined` when nothing is there (or a conflict on the way is skipped or replaced). */
export function removeAt(root: Obj, call: PathCall, options: ResolvedOptions): Obj | undefined {
  const { segments } = call;
  let node: Child | undefined = root;
  let maker: Maker | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as PathSegment;
    const need = kindFor(segment);
    if (node === undefined) return undefined;
    if (!isKind(node, need)) {
      if (options.conflicts === 'error') throw conflict(call, i, describe(node), article(need), maker);
      return undefined;
    }
    if (node instanceof Obj) {
      const at = find(node, segment as string);
      maker = at < 0 ? maker : (node.makers[at]);
      node = at < 0 ? undefined : (node.values[at]);
    } else if (node instanceof Arr) {
      node = (segment as number) < node.size ? (node.values[segment as number]) : undefined;
    } else {
      const stored = node as StoredObject & StoredArray;
      node = Object.hasOwn(stored, segment) ? (stored[segment as keyof typeof stored] as StoredValue) : undefined;
    }
  }
  // Everything on the way is there and of the right kind: the write only copies the path, then deletes.
  return node === undefined ? undefined : writeAt(root, { call, options, ensure: 'remove', value: null, compute: undefined });
}

/** Deep merge into `target`: objects merge member by member, anything else (arrays included) replaces; new members are made by `call`. */
export function mergeInto(target: Obj, patch: Obj | StoredObject, call: Call): Obj {
  const visit = (key: string, incoming: Child): void => {
    const at = find(target, key);
    const current = at < 0 ? undefined : (target.values[at] as Child);
    if (isObj(incoming) && isObj(current)) {
      const node = current instanceof Obj ? current : (nodeOf(current as StoredObject, target.makers[at] as Maker) as Obj);
      target = withSlot(target, at, mergeInto(node, incoming as Obj | StoredObject, call));
    } else {
      target = withMember(target, key, incoming, call);
    }
  };
  if (patch instanceof Obj) {
    for (let i = 0; i < patch.size; i++) visit(patch.shape.keys[i] as string, patch.values[i] as Child);
  } else {
    for (const key of Object.keys(patch)) visit(key, patch[key] as StoredValue);
  }
  return target;
}

function checkGap(call: PathCall, depth: number, index: number, length: number, options: ResolvedOptions, maker: Maker | undefined): void {
  const found = `index ${index} past the end (length ${length})`;
  if (options.gaps === 'error') {
    throw conflict(call, depth, found, length === 0 ? 'index 0' : `an index from 0 to ${length}`, maker, "pass { gaps: 'append' } or { gaps: 'null' } to allow it");
  }
  if (options.gaps === 'null' && index - length > MAX_NULL_GAP) {
    throw conflict(call, depth, found, `an index at most ${length + MAX_NULL_GAP}`, maker, `gaps: 'null' adds at most ${MAX_NULL_GAP} nulls per update`);
  }
}

// The root cannot be replaced, so no option helps a conflict there.
function conflict(call: PathCall, depth: number, found: string, expected: string, maker: Maker | undefined, hint = depth === 0 ? undefined : "pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it"): PathConflictError {
  return new PathConflictError({
    operation: call.operation,
    path: formatPath(call.segments),
    prefix: formatPath(call.segments.slice(0, depth)),
    found,
    expected,
    update: call.index,
    ...(hint === undefined ? {} : { hint }),
    ...madeBy(maker, call),
  });
}

// The earlier call that made the value an error is about (absent for the root, and for what the failing call made itself).
function madeBy(maker: Maker | undefined, call: Call): { madeBy?: MadeBy } {
  if (maker === undefined || maker === call) return {};
  if (maker === 'base') return { madeBy: { operation: 'payload', path: undefined, update: undefined } };
  return { madeBy: { operation: maker.operation, path: maker.segments === undefined ? undefined : formatPath(maker.segments), update: maker.index } };
}
