import { JsonValueError, PathConflictError, PathpatchError, type MadeBy } from '../errors/index.js';
import { copyJsonValue, describeValue, isObjectNode, toPlain, type StoredArray, type StoredObject, type StoredValue } from '../json/index.js';
import { APPEND, formatPath, type PathSegment } from '../path/index.js';
import type { Maker, Op } from './ops.js';
import { copyContext, type ResolvedOptions } from './options.js';
import { currentProducer, PRODUCE_NEEDS_IMMER } from './produce-plugin.js';
import {
  adoptNode,
  ArrayNode,
  arrayFromStored,
  copyArrayNode,
  copyObjectNode,
  describeChild,
  isArrayChild,
  isObjectChild,
  itemMaker,
  itemOf,
  materialize,
  memberMaker,
  memberOf,
  ObjectNode,
  objectFromStored,
  putMember,
  replaceMember,
  type Child,
  type Token,
} from './tree.js';

/**
 * @internal The state being built by one replay: nodes owned by `token` were made by it and change in
 * place; any other node is shared and copied before a change. A throw midway leaves changes only in
 * owned nodes, and the replay's caller then drops the whole draft, so an update is all or nothing.
 */
export interface Draft {
  root: ObjectNode;
  readonly token: Token;
  raw: boolean;
}

/** @internal The most nulls one update may add under `gaps: 'null'`: one index past the end must not allocate gigabytes. */
export const MAX_NULL_GAP = 100_000;

type Kind = 'object' | 'array';
type PathOp = Extract<Op, { readonly segments: readonly PathSegment[] }>;

const kindFor = (segment: PathSegment | undefined): Kind => (typeof segment === 'string' ? 'object' : 'array');
const isKind = (child: Child | undefined, kind: Kind): boolean => (kind === 'object' ? isObjectChild(child) : isArrayChild(child));
const article = (kind: Kind): string => (kind === 'object' ? 'an object' : 'an array');

/** @internal Applies one recorded op to the draft. Throws (changing nothing that survives) on a conflict under `conflicts: 'error'`. */
export function applyOp(draft: Draft, op: Op, options: ResolvedOptions): void {
  switch (op.kind) {
    case 'set':
      setAt(draft, op, op.value, options, undefined);
      return;
    case 'ensure':
      setAt(draft, op, null, options, op.operation);
      return;
    case 'update':
      // Computed where the walk reaches the value, so that a conflict or gap throws, or skips, before the callback runs.
      setAt(draft, op, null, options, undefined, (current) => {
        // The callback sees frozen plain JSON (raw numbers as numbers), so it cannot change the draft behind the builder's back.
        const next = op.value(current === undefined ? undefined : toPlain(materialize(current, false)));
        const context = copyContext(options);
        const value = copyJsonValue(next, op.segments, context);
        draft.raw ||= context.raw;
        return value;
      });
      return;
    case 'remove':
      remove(draft, op, options);
      return;
    case 'merge':
      draft.root = ownObject(draft.root, draft.token);
      mergeInto(draft, draft.root, op.value, op);
      return;
    case 'produce': {
      const producer = currentProducer();
      if (producer === undefined) throw new PathpatchError(PRODUCE_NEEDS_IMMER);
      // The recipe sees plain numbers, as build() and get() read them.
      const next: unknown = producer(toPlain(materialize(draft.root, false)), op.recipe);
      const context = copyContext(options);
      const value = copyJsonValue(next, [], context);
      if (!isObjectNode(value)) throw new JsonValueError('', `${describeValue(value)} from produce()`, 'an object at the root');
      draft.root = objectFromStored(value, op, draft.token);
      draft.raw ||= context.raw;
      return;
    }
  }
}

/** @internal The child at `segments`, or `undefined` when any step is missing or of the wrong kind. */
export function read(root: Child, segments: readonly PathSegment[]): Child | undefined {
  let node: Child | undefined = root;
  for (const segment of segments) {
    if (typeof segment === 'string') {
      if (!isObjectChild(node)) return undefined;
      node = memberOf(node as ObjectNode | StoredObject, segment);
    } else {
      if (!isArrayChild(node) || segment === APPEND) return undefined;
      node = itemOf(node as ArrayNode | StoredArray, segment);
    }
  }
  return node;
}

/**
 * Writes `value` at the op's path in one walk, creating containers on the way and checking what it
 * meets. `ensure` makes sure a container of that kind is there instead (object()/array()); `'remove'`
 * deletes what is there (remove(), once it has checked that the whole path exists); `compute` makes the
 * value from what is there (update() with a function). Answers `false`
 * when `conflicts: 'skip'` leaves the op out: a conflict comes before anything is made on the path (below
 * a made container nothing can be in the way), and taking nodes over changes no content, so the
 * payload is as it was.
 */
function setAt(draft: Draft, op: PathOp, value: Child, options: ResolvedOptions, ensure: Kind | 'remove' | undefined, compute?: (current: Child | undefined) => Child): boolean {
  const { segments } = op;
  const { token } = draft;
  // The root is an object, so a first segment that is an index conflicts there, whatever the options.
  if (typeof segments[0] !== 'string') throw conflict(options, op, 0, 'an object', article('array'), undefined);
  let parent: ObjectNode | ArrayNode = (draft.root = ownObject(draft.root, token));
  let maker: Maker | undefined;
  const last = segments.length - 1;
  for (let i = 0; ; i++) {
    const segment = segments[i] as PathSegment;
    // One lookup per step: the child and who made it.
    let child: Child | undefined;
    let childMaker: Maker | undefined;
    if (parent instanceof ObjectNode) {
      const member = parent.members.get(segment as string);
      if (member !== undefined) {
        child = member.value;
        childMaker = member.maker;
      }
    } else if (segment !== APPEND) {
      const length = parent.items.length;
      if ((segment as number) > length) checkGap(op, i, segment as number, length, options, maker);
      if ((segment as number) < length) {
        child = parent.items[segment as number];
        childMaker = parent.makers[segment as number];
      }
    }
    if (i === last) {
      if (ensure === 'remove') {
        if (parent instanceof ObjectNode) {
          parent.members.delete(segment as string);
        } else {
          parent.items.splice(segment as number, 1);
          parent.makers.splice(segment as number, 1);
        }
        return true;
      }
      if (ensure !== undefined && child !== undefined) {
        // object()/array(): keep a container of the right kind, else make one (or refuse).
        if (isKind(child, ensure)) return true;
        if (options.conflicts === 'error') throw conflict(options, op, segments.length, describeChild(child), article(ensure), childMaker);
        if (options.conflicts === 'skip') return false;
      }
      const next = compute !== undefined ? compute(child) : ensure === undefined ? value : ensure === 'object' ? new ObjectNode(token) : new ArrayNode(token);
      put(parent, segment, next, op, options);
      return true;
    }
    const need = kindFor(segments[i + 1]);
    let next: ObjectNode | ArrayNode;
    if ((need === 'object' ? child instanceof ObjectNode : child instanceof ArrayNode) && (child as ObjectNode | ArrayNode).owner === token) {
      next = child as ObjectNode | ArrayNode; // the common case: a node this replay made
    } else if (child !== undefined && isKind(child, need)) {
      next = ownContainer(child, token, childMaker ?? op);
      replaceAt(parent, segment, next);
    } else {
      if (child !== undefined) {
        if (options.conflicts === 'error') throw conflict(options, op, i + 1, describeChild(child), article(need), childMaker);
        if (options.conflicts === 'skip') return false;
      }
      // Nothing there, or 'replace': a fresh container takes its place.
      next = need === 'object' ? new ObjectNode(token) : new ArrayNode(token);
      put(parent, segment, next, op, options);
      childMaker = op;
    }
    maker = childMaker;
    parent = next;
  }
}

function replaceAt(parent: ObjectNode | ArrayNode, segment: PathSegment, value: ObjectNode | ArrayNode): void {
  if (parent instanceof ObjectNode) replaceMember(parent, segment as string, value);
  else parent.items[segment as number] = value;
}

function put(parent: ObjectNode | ArrayNode, segment: PathSegment, value: Child, maker: Maker, options: ResolvedOptions): void {
  if (parent instanceof ObjectNode) {
    putMember(parent, segment as string, value, maker);
    return;
  }
  const { items, makers } = parent;
  if (segment !== APPEND && (segment as number) < items.length) {
    items[segment as number] = value;
    makers[segment as number] = maker;
    return;
  }
  // checkGap has already bounded the padding.
  if (segment !== APPEND && options.gaps === 'null') {
    while (items.length < (segment as number)) {
      items.push(null);
      makers.push(maker);
    }
  }
  items.push(value);
  makers.push(maker);
}

function remove(draft: Draft, op: PathOp, options: ResolvedOptions): void {
  const { segments } = op;
  let node: Child | undefined = draft.root;
  let maker: Maker | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as PathSegment;
    const need = kindFor(segment);
    if (node === undefined) return;
    if (!isKind(node, need)) {
      if (options.conflicts === 'error') throw conflict(options, op, i, describeChild(node), article(need), maker);
      return;
    }
    if (need === 'object') {
      maker = memberMaker(node as ObjectNode | StoredObject, segment as string) ?? maker;
      node = memberOf(node as ObjectNode | StoredObject, segment as string);
    } else {
      maker = itemMaker(node as ArrayNode | StoredArray, segment as number) ?? maker;
      node = itemOf(node as ArrayNode | StoredArray, segment as number);
    }
  }
  // Everything on the way is there and of the right kind: setAt's walk only takes it over, then deletes.
  if (node !== undefined) setAt(draft, op, null, options, 'remove');
}

// Deep merge: objects merge member by member, anything else (arrays included) replaces.
function mergeInto(draft: Draft, target: ObjectNode, patch: StoredObject | ObjectNode, op: Op): void {
  const visit = (key: string, incoming: Child): void => {
    const current = memberOf(target, key);
    if (isObjectChild(incoming) && isObjectChild(current)) {
      const next = ownContainer(current as Child, draft.token, memberMaker(target, key) ?? op) as ObjectNode;
      if (next !== current) replaceMember(target, key, next);
      mergeInto(draft, next, incoming as StoredObject | ObjectNode, op);
    } else {
      putMember(target, key, adoptNode(incoming, op, draft.token), op);
    }
  };
  if (patch instanceof ObjectNode) {
    for (const [key, member] of patch.members) visit(key, member.value);
  } else {
    for (const key of Object.keys(patch)) visit(key, patch[key] as StoredValue);
  }
}

function ownObject(node: ObjectNode, token: Token): ObjectNode {
  return node.owner === token ? node : copyObjectNode(node, token);
}

// An object or array child as a node `token` may change: owned as is, shared copied, stored converted.
function ownContainer(child: Child, token: Token, maker: Maker): ObjectNode | ArrayNode {
  if (child instanceof ObjectNode) return ownObject(child, token);
  if (child instanceof ArrayNode) return child.owner === token ? child : copyArrayNode(child, token);
  return Array.isArray(child) ? arrayFromStored(child, maker, token) : objectFromStored(child as StoredObject, maker, token);
}

function checkGap(op: PathOp, depth: number, index: number, length: number, options: ResolvedOptions, maker: Maker | undefined): void {
  const found = `index ${index} past the end (length ${length})`;
  if (options.gaps === 'error') {
    throw conflict(options, op, depth, found, length === 0 ? 'index 0' : `an index from 0 to ${length}`, maker, "pass { gaps: 'append' } or { gaps: 'null' } to allow it");
  }
  if (options.gaps === 'null' && index - length > MAX_NULL_GAP) {
    throw conflict(options, op, depth, found, `an index at most ${length + MAX_NULL_GAP}`, maker, `gaps: 'null' adds at most ${MAX_NULL_GAP} nulls per update`);
  }
}

// The root cannot be replaced, so no option helps a conflict there.
function conflict({ delimiter }: ResolvedOptions, op: PathOp, depth: number, found: string, expected: string, maker: Maker | undefined, hint = depth === 0 ? undefined : "pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it"): PathConflictError {
  return new PathConflictError({
    operation: op.operation,
    path: formatPath(op.segments, delimiter),
    prefix: formatPath(op.segments.slice(0, depth), delimiter),
    found,
    expected,
    update: op.index,
    hint,
    madeBy: madeBy(maker, op, delimiter),
  });
}

// The earlier call that made the value an error is about (absent for the root, and for what the failing call made itself).
function madeBy(maker: Maker | undefined, op: Op, delimiter: string): MadeBy | undefined {
  if (maker === undefined || maker === op) return undefined;
  if (maker === 'base') return { operation: 'payload', path: undefined, update: undefined };
  return { operation: maker.operation, path: 'segments' in maker ? formatPath(maker.segments, delimiter) : undefined, update: maker.index };
}
