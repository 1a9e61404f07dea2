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
 * An immutable object node: its members' values and makers, in key order. Like the shape's keys, both arrays are
 * shared append-only: they may be longer than `size` when a later version appended to them in place. A path copy
 * (a value replaced, its maker kept) copies the values and shares the makers.
 */
export class Obj {
  /** emit()'s and build()'s results for this node, made on first need (the node never changes). */
  text: string | undefined = undefined;
  plain: StoredObject | undefined = undefined;

  constructor(
    readonly shape: Shape,
    readonly values: Child[],
    readonly makers: Maker[],
    readonly size: number,
  ) {}
}

/** An immutable array node: values and makers per element, shared and append-only past `size` like an object's. */
export class Arr {
  text: string | undefined = undefined;
  plain: StoredArray | undefined = undefined;

  constructor(
    readonly values: Child[],
    readonly makers: Maker[],
    readonly size: number,
  ) {}
}

export const EMPTY_OBJ = (): Obj => new Obj(new Shape(), [], [], 0);
export const EMPTY_ARR = (): Arr => new Arr([], [], 0);

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

// An array of a node as one this version may change: the shared one when it ends where the node ends, else a copy.
const tip = <Item>(items: Item[], size: number): Item[] => (items.length === size ? items : items.slice(0, size));

/** A copy of `node` with member `key` set: an existing member keeps its place, a new one goes last. */
export function withMember(node: Obj, key: string, value: Child, maker: Maker): Obj {
  const { size } = node;
  const at = find(node, key);
  if (at >= 0) {
    const values = node.values.slice(0, size);
    const makers = node.makers.slice(0, size);
    values[at] = value;
    makers[at] = maker;
    return new Obj(node.shape, values, makers, size);
  }
  let { shape } = node;
  if (shape.keys.length !== size) shape = new Shape(shape.keys.slice(0, size));
  shape.keys.push(key);
  if (shape.index !== undefined) shape.index.set(key, size);
  else if (size === SCAN) shape.index = new Map(shape.keys.map((name, i) => [name, i]));
  const values = tip(node.values, size);
  const makers = tip(node.makers, size);
  values.push(value);
  makers.push(maker);
  return new Obj(shape, values, makers, size + 1);
}

/** A copy of `node` with the value at position `at` replaced, its maker kept (a path copy of a container). */
export function withSlot<Node extends Obj | Arr>(node: Node, at: number, value: Child): Node {
  const values = node.values.slice(0, node.size);
  values[at] = value;
  return (node instanceof Obj ? new Obj(node.shape, values, node.makers, node.size) : new Arr(values, node.makers, node.size)) as Node;
}

/** A copy of `node` without member `key` (which it has): a new shape, as positions after it move. */
export function withoutMember(node: Obj, key: string): Obj {
  const keys: string[] = [];
  const values: Child[] = [];
  const makers: Maker[] = [];
  for (let i = 0; i < node.size; i++) {
    const name = node.shape.keys[i] as string;
    if (name === key) continue;
    keys.push(name);
    values.push(node.values[i] as Child);
    makers.push(node.makers[i] as Maker);
  }
  return new Obj(new Shape(keys), values, makers, keys.length);
}

/** A copy of `node` with element `at` set, or appended when `at` is its length. */
export function withItem(node: Arr, at: number, value: Child, maker: Maker): Arr {
  const { size } = node;
  const values = at < size ? node.values.slice(0, size) : tip(node.values, size);
  const makers = at < size ? node.makers.slice(0, size) : tip(node.makers, size);
  values[at] = value;
  makers[at] = maker;
  return new Arr(values, makers, at < size ? size : size + 1);
}

/** A copy of `node` without element `at`. */
export function withoutItem(node: Arr, at: number): Arr {
  const values = node.values.slice(0, node.size);
  const makers = node.makers.slice(0, node.size);
  values.splice(at, 1);
  makers.splice(at, 1);
  return new Arr(values, makers, node.size - 1);
}

/** A node for a stored container met on a path (one level deep), every member made by `maker`, the container's maker. */
export function nodeOf(value: StoredObject | StoredArray, maker: Maker): Obj | Arr {
  if (Array.isArray(value)) return new Arr(value.slice(), new Array<Maker>(value.length).fill(maker), value.length);
  const keys = Object.keys(value);
  return new Obj(new Shape(keys), keys.map((key) => value[key] as StoredValue), new Array<Maker>(keys.length).fill(maker), keys.length);
}

/** Whether a child is an object (a node or a stored plain object), or an array. */
export const isObj = (child: Child | undefined): boolean => child instanceof Obj || isObjectNode(child);
export const isArr = (child: Child | undefined): boolean => child instanceof Arr || Array.isArray(child);

/** The frozen plain value of a child (raw numbers kept), cached on each node: nodes never change, so branches share them. */
export function frozen(child: Child | undefined): StoredValue {
  if (child instanceof Obj) {
    if (child.plain === undefined) {
      const out: StoredObject = {};
      for (let i = 0; i < child.size; i++) setOwn(out, child.shape.keys[i] as string, frozen(child.values[i]));
      child.plain = Object.freeze(out);
    }
    return child.plain;
  }
  if (child instanceof Arr) {
    if (child.plain === undefined) {
      const out = new Array<StoredValue>(child.size);
      for (let i = 0; i < child.size; i++) out[i] = frozen(child.values[i]);
      child.plain = Object.freeze(out) as StoredArray;
    }
    return child.plain;
  }
  return child as StoredValue;
}
