import { JsonValueError, PathConflictError, PathpatchError } from '../../../src/errors/index.js';
import { copyJsonValue, describeValue, isObjectNode, toPlain, type StoredObject, type StoredValue } from '../../../src/json/index.js';
import { APPEND, formatPath, type PathSegment } from '../../../src/path/index.js';
import { MAX_NULL_GAP } from '../../../src/builder/apply.js';
import type { ResolvedOptions } from '../../../src/builder/options.js';
import { currentProducer, PRODUCE_NEEDS_IMMER } from '../../../src/builder/produce-plugin.js';
import { Arr, clone, describe, freeze, isArr, isObj, Obj, own, putMember, type Child, type Slot, type Maker, type Op } from './nodes.js';
import { copyContext } from '../../../src/builder/options.js';

/** What a replay builds: the root, and whether the tree may hold raw numbers. Changed in place, dropped whole when an op throws. */
export interface State {
  root: Obj;
  raw: boolean;
}

type Kind = 'object' | 'array';

const kindFor = (segment: PathSegment | undefined): Kind => (typeof segment === 'string' ? 'object' : 'array');
const isKind = (child: Child | undefined, kind: Kind): boolean => (kind === 'object' ? isObj(child) : isArr(child));
const article = (kind: Kind): string => (kind === 'object' ? 'an object' : 'an array');

/** Applies one op to the state in place. Throws on a conflict or gap the options refuse. */
export function applyOp(state: State, op: Op, options: ResolvedOptions): void {
  state.raw ||= op.raw;
  switch (op.kind) {
    case 'set':
    case 'ensure':
      setAt(state, op, options, op.kind === 'ensure' ? (op.operation as Kind) : undefined);
      return;
    case 'update':
      // Computed where the walk reaches the value, after its checks; the function sees frozen plain JSON.
      setAt(state, op, options, undefined, (current) => {
        const next = (op.value as (current: unknown) => unknown)(current === undefined ? undefined : toPlain(freeze(current)));
        return copyIn(state, next, op.segments as readonly PathSegment[], options);
      });
      return;
    case 'remove':
      remove(state, op, options);
      return;
    case 'merge':
      mergeInto(state.root, op.value as StoredObject | Obj, op);
      return;
    case 'produce': {
      const producer = currentProducer();
      if (producer === undefined) throw new PathpatchError(PRODUCE_NEEDS_IMMER);
      const value = copyIn(state, producer(toPlain(freeze(state.root)), op.value as (draft: never) => unknown), [], options);
      if (!isObjectNode(value)) throw new JsonValueError('', `${describeValue(value)} from produce()`, 'an object at the root');
      state.root = own(value, op) as Obj;
    }
  }
}

function copyIn(state: State, value: unknown, at: readonly PathSegment[], options: ResolvedOptions): StoredValue {
  const context = copyContext(options);
  const stored = copyJsonValue(value, at, context);
  state.raw ||= context.raw;
  return stored;
}

/**
 * Writes at the op's path in one walk, making containers on the way and checking what it meets: `ensure` keeps or
 * makes a container of that kind (object()/array()), `'remove'` deletes (remove(), once the path is known to
 * exist), `compute` makes the value from what is there (update() with a function), else the op's value is set.
 */
function setAt(state: State, op: Op, options: ResolvedOptions, ensure: Kind | 'remove' | undefined, compute?: (current: Child | undefined) => Child): void {
  const segments = op.segments as readonly PathSegment[];
  // The root is an object: an index there conflicts whatever the options.
  if (typeof segments[0] !== 'string') throw conflict(op, 0, 'an object', 'an array', undefined);
  let parent: Obj | Arr = state.root;
  // The parent's own parent and place: who made the parent is looked up there, only for a message.
  let holder: Obj | Arr = parent;
  let place: PathSegment = '';
  const last = segments.length - 1;
  for (let i = 0; ; i++) {
    const segment = segments[i] as PathSegment;
    let child: Child | undefined;
    if (parent instanceof Obj) {
      child = parent.s.get(segment as string)?.v;
    } else if (segment !== APPEND) {
      const length = parent.s.length;
      if ((segment as number) > length) checkGap(op, i, segment as number, length, options, makerOf(holder, place));
      child = parent.s[segment as number]?.v;
    }
    if (i === last) {
      if (ensure === 'remove') {
        if (parent instanceof Obj) parent.s.delete(segment as string);
        else parent.s.splice(segment as number, 1);
        return;
      }
      if (ensure !== undefined && child !== undefined) {
        if (isKind(child, ensure)) return;
        if (options.conflicts === 'error') throw conflict(op, segments.length, describe(child), article(ensure), makerOf(parent, segment));
        if (options.conflicts === 'skip') return;
      }
      put(parent, segment, compute !== undefined ? compute(child) : ensure === undefined ? (op.value as Child) : ensure === 'object' ? new Obj() : new Arr(), op, options);
      return;
    }
    const need = kindFor(segments[i + 1]);
    let next: Obj | Arr;
    if (need === 'object' ? child instanceof Obj : child instanceof Arr) {
      next = child as Obj | Arr; // the common case: a node this replay made
    } else if (child !== undefined && isKind(child, need)) {
      // A stored container becomes a node: it takes the member's place, its maker kept.
      const m = makerOf(parent, segment) ?? op;
      next = own(child, m);
      if (parent instanceof Obj) parent.s.set(segment as string, { v: next, m });
      else parent.s[segment as number] = { v: next, m };
    } else {
      if (child !== undefined) {
        if (options.conflicts === 'error') throw conflict(op, i + 1, describe(child), article(need), makerOf(parent, segment));
        if (options.conflicts === 'skip') return;
      }
      next = need === 'object' ? new Obj() : new Arr();
      put(parent, segment, next, op, options);
    }
    holder = parent;
    place = segment === APPEND ? (parent as Arr).s.length - 1 : segment;
    parent = next;
  }
}

const makerOf = (node: Obj | Arr, segment: PathSegment): Maker | undefined => (node instanceof Obj ? node.s.get(segment as string) : node.s[segment as number])?.m;

function put(parent: Obj | Arr, segment: PathSegment, v: Child, m: Maker, options: ResolvedOptions): void {
  if (parent instanceof Obj) {
    putMember(parent, segment as string, v, m);
    return;
  }
  const { s } = parent;
  if (segment !== APPEND && (segment as number) < s.length) {
    s[segment as number] = { v, m };
    return;
  }
  // checkGap has bounded the padding.
  if (segment !== APPEND && options.gaps === 'null') while (s.length < (segment as number)) s.push({ v: null, m });
  s.push({ v, m });
}

// remove() of a missing path does nothing; a value of the wrong kind on the way is a conflict (under 'error').
function remove(state: State, op: Op, options: ResolvedOptions): void {
  const segments = op.segments as readonly PathSegment[];
  let node: Child | undefined = state.root;
  let maker: Maker | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as PathSegment;
    const need = kindFor(segment);
    if (node === undefined) return;
    if (!isKind(node, need)) {
      if (options.conflicts === 'error') throw conflict(op, i, describe(node), article(need), maker);
      return;
    }
    if (node instanceof Obj) {
      const member = node.s.get(segment as string);
      maker = member?.m ?? maker;
      node = member?.v;
    } else if (need === 'object') {
      node = Object.hasOwn(node as StoredObject, segment) ? (node as StoredObject)[segment as string] : undefined;
    } else if (node instanceof Arr) {
      const slot = node.s[segment as number];
      maker = slot?.m ?? maker;
      node = slot?.v;
    } else {
      node = (node as Child[])[segment as number];
    }
  }
  if (node !== undefined) setAt(state, op, options, 'remove');
}

// Deep merge: objects merge member by member, anything else (arrays included) replaces.
function mergeInto(target: Obj, patch: StoredObject | Obj, op: Op): void {
  const visit = (key: string, incoming: Child): void => {
    const current = target.s.get(key);
    if (isObj(incoming) && isObj(current?.v)) {
      const { v, m } = current as Slot;
      const next = own(v, m) as Obj;
      target.s.set(key, { v: next, m });
      mergeInto(next, incoming as StoredObject | Obj, op);
    } else {
      putMember(target, key, clone(incoming), op);
    }
  };
  if (patch instanceof Obj) for (const [key, { v }] of patch.s) visit(key, v);
  else for (const key of Object.keys(patch)) visit(key, patch[key] as StoredValue);
}

function checkGap(op: Op, depth: number, index: number, length: number, options: ResolvedOptions, maker: Maker | undefined): void {
  const found = `index ${index} past the end (length ${length})`;
  if (options.gaps === 'error') {
    throw conflict(op, depth, found, length === 0 ? 'index 0' : `an index from 0 to ${length}`, maker, "pass { gaps: 'append' } or { gaps: 'null' } to allow it");
  }
  if (options.gaps === 'null' && index - length > MAX_NULL_GAP) {
    throw conflict(op, depth, found, `an index at most ${length + MAX_NULL_GAP}`, maker, `gaps: 'null' adds at most ${MAX_NULL_GAP} nulls per update`);
  }
}

// The root cannot be replaced, so no option helps a conflict there. Names the earlier call that made the value found.
function conflict(op: Op, depth: number, found: string, expected: string, maker: Maker | undefined, hint = depth === 0 ? undefined : "pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it"): PathConflictError {
  const segments = op.segments as readonly PathSegment[];
  return new PathConflictError({
    operation: op.operation,
    path: formatPath(segments),
    prefix: formatPath(segments.slice(0, depth)),
    found,
    expected,
    update: op.index,
    ...(hint === undefined ? {} : { hint }),
    ...(maker === undefined || maker === op
      ? {}
      : maker === 'base'
        ? { madeBy: { operation: 'payload', path: undefined, update: undefined } }
        : { madeBy: { operation: maker.operation, path: maker.segments && formatPath(maker.segments), update: maker.index } }),
  });
}
