import { describeValue, isObjectNode, setOwn, type StoredObject, type StoredValue } from '../../../src/json/index.js';
import type { Operation } from '../../../src/builder/ops.js';
import type { PathSegment } from '../../../src/path/index.js';

/**
 * One recorded builder call, in one shape for every kind (read monomorphically by the replay): `value` is the
 * stored value of a set, update()'s function or value, merge()'s object, or produce()'s recipe.
 */
export interface Op {
  readonly kind: 'set' | 'ensure' | 'remove' | 'update' | 'merge' | 'produce';
  /** 0-based place in the chain. */
  readonly index: number;
  readonly operation: Operation;
  /** Whether the op brings raw numbers in. */
  readonly raw: boolean;
  /** The path, for the calls that take one. */
  readonly segments: readonly PathSegment[] | undefined;
  readonly value: unknown;
}

/** Who made a value: an op of the chain, or the base given to payload(). */
export type Maker = Op | 'base';

/** A member or element of a node: its value and the op that made it. */
export interface Slot {
  readonly v: Child;
  readonly m: Maker;
}

// Empty objects share this until their first member (payloads are full of them: object('addons.aws')); never added to.
const NO_MEMBERS = new Map<string, Slot>();

/** An object being built by one replay: its members by key, in the order of the calls that made them. */
export class Obj {
  s = NO_MEMBERS;
}

/** Sets member `key` of an object node (an existing member keeps its place, a new one goes last). */
export function putMember(node: Obj, key: string, v: Child, m: Maker): void {
  if (node.s === NO_MEMBERS) node.s = new Map();
  node.s.set(key, { v, m });
}

/** An array being built by one replay. */
export class Arr {
  constructor(readonly s: Slot[] = []) {}
}

/** A value in a replay's tree: a node it made, or a stored (frozen, copied-in) JSON value, never changed. */
export type Child = StoredValue | Obj | Arr;

/** Whether a child is an object (a node or a stored plain object). */
export const isObj = (child: Child | undefined): boolean => child instanceof Obj || isObjectNode(child);

/** Whether a child is an array (a node or a stored array). */
export const isArr = (child: Child | undefined): boolean => child instanceof Arr || Array.isArray(child);

/** "a string", "an object", ... for messages. */
export const describe = (child: Child): string => (child instanceof Obj ? 'an object' : child instanceof Arr ? 'an array' : describeValue(child));

/** A container child as a node the replay may change: a node as it is, a stored container converted one level deep (its members made by `maker`). */
export function own(child: Child, maker: Maker): Obj | Arr {
  if (child instanceof Obj || child instanceof Arr) return child;
  if (Array.isArray(child)) return new Arr(child.map((v: StoredValue) => ({ v, m: maker })));
  const node = new Obj();
  for (const key of Object.keys(child as StoredObject)) putMember(node, key, (child as StoredObject)[key] as StoredValue, maker);
  return node;
}

/** A deep copy of another tree's nodes (stored values are shared: never changed). */
export function clone(child: Child): Child {
  if (child instanceof Arr) return new Arr(child.s.map(({ v, m }) => ({ v: clone(v), m })));
  if (!(child instanceof Obj)) return child;
  const node = new Obj();
  for (const [key, { v, m }] of child.s) putMember(node, key, clone(v), m);
  return node;
}

/** The frozen stored value of a child (raw numbers kept): new objects for nodes, stored values as they are. */
export function freeze(child: Child): StoredValue {
  if (child instanceof Arr) return Object.freeze(child.s.map(({ v }) => freeze(v))) as StoredValue;
  if (!(child instanceof Obj)) return child;
  const out: StoredObject = {};
  for (const [key, { v }] of child.s) setOwn(out, key, freeze(v));
  return Object.freeze(out);
}
