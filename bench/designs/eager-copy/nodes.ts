import { isObjectNode, setOwn, type StoredArray, type StoredObject, type StoredValue } from '../../../src/json/index.js';
import type { PathSegment } from '../../../src/path/index.js';

/** A builder call, as an error names it when it made the value in the way. */
export interface Call {
  readonly operation: string;
  readonly index: number;
  readonly segments?: readonly PathSegment[];
}

/** Who made a value: a call of the chain, or the base the chain started from. */
export type Maker = Call | 'base';

/** A value in the tree: one of its (immutable) nodes, or a stored (frozen, copied-in) JSON value. */
export type Child = StoredValue | Obj | Arr;

// Up to this many keys, a scan finds a key faster than a map is made and read.
const SCAN = 8;

/**
 * The keys of objects that grew from one another, in call order. Append-only and shared: an object sees the
 * first `size` keys, so a version that adds a key at the end of the shared list pushes it there (earlier
 * versions, with a smaller size, do not see it). A version that is not at the end (a branch) copies the keys
 * it sees first. Past a few keys, a map from key to position finds them (shared and append-only the same way).
 */
export class Shape {
  index: Map<string, number> | undefined = undefined;
  /** The keys as the start of a member's text (`"a":`), filled on first emit, shared like the keys. */
  readonly quoted: (string | undefined)[] = [];

  constructor(readonly keys: string[] = []) {
    if (keys.length > SCAN) this.index = new Map(keys.map((key, i) => [key, i]));
  }
}

/**
 * An immutable object node. `slots` holds value and maker per member (`[v0, m0, v1, m1, ...]`); like the shape,
 * it may be longer than this node's members (2 × size) when a later version appended to it in place.
 */
export class Obj {
  /** emit()'s and build()'s results for this node, made on first need (the node never changes). */
  text: string | undefined = undefined;
  plain: StoredObject | undefined = undefined;

  constructor(
    readonly shape: Shape,
    readonly slots: unknown[],
    readonly size: number,
  ) {}
}

/** An immutable array node: value and maker per element, shared and append-only past `size` like an object's. */
export class Arr {
  text: string | undefined = undefined;
  plain: StoredArray | undefined = undefined;

  constructor(
    readonly slots: unknown[],
    readonly size: number,
  ) {}
}

export const EMPTY_OBJ = (): Obj => new Obj(new Shape(), [], 0);
export const EMPTY_ARR = (): Arr => new Arr([], 0);

/** The position of member `key`, or -1. */
export function find(node: Obj, key: string): number {
  const { keys, index } = node.shape;
  if (index === undefined) {
    for (let i = 0; i < node.size; i++) if (keys[i] === key) return i;
    return -1;
  }
  const at = index.get(key);
  return at !== undefined && at < node.size ? at : -1;
}

// The node's slots as an array this version may change: shared only when they end where this node ends.
const own = (slots: unknown[], size: number): unknown[] => (slots.length === size * 2 ? slots : slots.slice(0, size * 2));

/** A copy of `node` with member `key` set: an existing member keeps its place, a new one goes last. */
export function withMember(node: Obj, key: string, value: Child, maker: Maker): Obj {
  const at = find(node, key);
  if (at >= 0) {
    const slots = node.slots.slice(0, node.size * 2);
    slots[at * 2] = value;
    slots[at * 2 + 1] = maker;
    return new Obj(node.shape, slots, node.size);
  }
  let { shape } = node;
  const { size } = node;
  if (shape.keys.length !== size) shape = new Shape(shape.keys.slice(0, size));
  shape.keys.push(key);
  if (shape.index !== undefined) shape.index.set(key, size);
  else if (size === SCAN) shape.index = new Map(shape.keys.map((name, i) => [name, i]));
  const slots = own(node.slots, size);
  slots.push(value, maker);
  return new Obj(shape, slots, size + 1);
}

/** A copy of `node` with the value at position `at` replaced, its maker kept (a path copy of a container). */
export function withSlot<Node extends Obj | Arr>(node: Node, at: number, value: Child): Node {
  const slots = node.slots.slice(0, node.size * 2);
  slots[at * 2] = value;
  return (node instanceof Obj ? new Obj(node.shape, slots, node.size) : new Arr(slots, node.size)) as Node;
}

/** A copy of `node` without member `key` (which it has): a new shape, as positions after it move. */
export function withoutMember(node: Obj, key: string): Obj {
  const keys: string[] = [];
  const slots: unknown[] = [];
  for (let i = 0; i < node.size; i++) {
    const name = node.shape.keys[i] as string;
    if (name === key) continue;
    keys.push(name);
    slots.push(node.slots[i * 2], node.slots[i * 2 + 1]);
  }
  return new Obj(new Shape(keys), slots, keys.length);
}

/** A copy of `node` with element `at` set, or appended when `at` is its length. */
export function withItem(node: Arr, at: number, value: Child, maker: Maker): Arr {
  if (at < node.size) {
    const slots = node.slots.slice(0, node.size * 2);
    slots[at * 2] = value;
    slots[at * 2 + 1] = maker;
    return new Arr(slots, node.size);
  }
  const slots = own(node.slots, node.size);
  slots.push(value, maker);
  return new Arr(slots, node.size + 1);
}

/** A copy of `node` without element `at`. */
export function withoutItem(node: Arr, at: number): Arr {
  const slots = node.slots.slice(0, node.size * 2);
  slots.splice(at * 2, 2);
  return new Arr(slots, node.size - 1);
}

/** A node for a stored container met on a path (one level deep), every member made by `maker`, the container's maker. */
export function nodeOf(value: StoredObject | StoredArray, maker: Maker): Obj | Arr {
  const slots: unknown[] = [];
  if (Array.isArray(value)) {
    for (const item of value) slots.push(item, maker);
    return new Arr(slots, value.length);
  }
  const keys = Object.keys(value);
  for (const key of keys) slots.push(value[key], maker);
  return new Obj(new Shape(keys), slots, keys.length);
}

/** Whether a child is an object (a node or a stored plain object), or an array. */
export const isObj = (child: Child | undefined): boolean => child instanceof Obj || isObjectNode(child);
export const isArr = (child: Child | undefined): boolean => child instanceof Arr || Array.isArray(child);

/** The frozen plain value of a child (raw numbers kept), cached on each node: nodes never change, so branches share them. */
export function frozen(child: Child | undefined): StoredValue {
  if (child instanceof Obj) {
    if (child.plain === undefined) {
      const out: StoredObject = {};
      for (let i = 0; i < child.size; i++) setOwn(out, child.shape.keys[i] as string, frozen(child.slots[i * 2] as Child));
      child.plain = Object.freeze(out);
    }
    return child.plain;
  }
  if (child instanceof Arr) {
    if (child.plain === undefined) {
      const out = new Array<StoredValue>(child.size);
      for (let i = 0; i < child.size; i++) out[i] = frozen(child.slots[i * 2] as Child);
      child.plain = Object.freeze(out) as StoredArray;
    }
    return child.plain;
  }
  return child as StoredValue;
}
