import { describeValue, RawNumber, setOwn, type StoredArray, type StoredObject, type StoredValue } from '../json/index.js';
import { memberText } from '../path/index.js';
import type { Maker } from './ops.js';
import type { Prefix } from './prefix-tree.js';

/**
 * @internal Identifies one replay. A node whose `owner` is the replay's token was made by it and may be
 * changed in place; any other node is shared (with earlier states, other branches) and is copied first.
 */
export type Token = object;

/** @internal One member of an object node: its key, its value, and the op that made it. Never changed: a new value is a new member, so copies of a node may share them. */
export class Member {
  #quoted: string | undefined = undefined;
  declare readonly key: string;
  declare readonly value: Child;
  declare readonly maker: Maker;

  constructor(key: string, value: Child, maker: Maker) {
    this.key = key;
    this.value = value;
    this.maker = maker;
  }

  /** How the member's text starts (the key as JSON text and a colon, `"a":`), made on first need and kept for every copy of the node. */
  get quoted(): string {
    return (this.#quoted ??= memberText(this.key));
  }
}

/**
 * @internal An object of the payload being built: a `Map` from key to member, which keeps the order of the
 * calls that made the members for every key, where an object would move integer-like keys first.
 */
// Empty objects share one map until their first member: payloads are full of them (object('addons.aws')).
const NO_MEMBERS = new Map<string, Member>();

// Fields are declared (no class field of their own in the emitted code) and all set by the constructor: the same shape, fewer bytes.
export class ObjectNode {
  declare owner: Token;
  declare members: Map<string, Member>;
  /** build()'s frozen object for this node, once made (only for nodes no replay will change again). */
  declare plain: StoredObject | undefined;

  constructor(owner: Token, members = NO_MEMBERS) {
    this.owner = owner;
    this.members = members;
    this.plain = undefined;
  }
}

/** @internal An array of the payload being built, with the op that made each element. */
export class ArrayNode {
  declare owner: Token;
  declare readonly items: Child[];
  declare readonly makers: Maker[];
  declare plain: StoredArray | undefined;

  constructor(owner: Token, items: Child[] = [], makers: Maker[] = []) {
    this.owner = owner;
    this.items = items;
    this.makers = makers;
    this.plain = undefined;
  }
}

/**
 * @internal An object of a fresh chain's plain replay (fast-replay.ts): its members' places (which hold their
 * keys and text starts) and values, in one array (one allocation less), in the order of the calls that made them. Members are only added or
 * overwritten, never removed; no owner and no makers, since such a tree is never shared and never fails.
 */
const NO_PLAIN_MEMBERS: (Prefix | Child)[] = [];

export class Branch {
  /** Each member's place, then its value; empty objects (payloads are full of them) share one empty array, never added to. */
  members: (Prefix | Child)[] = NO_PLAIN_MEMBERS;
}

/** @internal An array of a fresh chain's plain replay. */
export class Twig {
  readonly items: Child[] = [];
}

/** @internal A value in the tree: a node being built, or a stored (frozen, copied-in) JSON value. */
export type Child = StoredValue | ObjectNode | ArrayNode | Branch | Twig;

/** @internal Whether a child is an object: a node, or a stored plain object (stored containers are pathpatch's own copies). */
export function isObjectChild(child: Child | undefined): boolean {
  return child instanceof ObjectNode || (typeof child === 'object' && child !== null && !Array.isArray(child) && !(child instanceof RawNumber) && !(child instanceof ArrayNode));
}

/** @internal Whether a child is an array: a node or a stored array. */
export function isArrayChild(child: Child | undefined): boolean {
  return child instanceof ArrayNode || Array.isArray(child);
}

/** @internal "a string", "an object", ... for messages: the tree's own nodes here, plain values by the JSON model's wording. */
export function describeChild(child: Child): string {
  if (child instanceof ObjectNode) return 'an object';
  if (child instanceof ArrayNode) return 'an array';
  return describeValue(child);
}

/** @internal The member `key` of an object child, or `undefined`. */
export function memberOf(object: ObjectNode | StoredObject, key: string): Child | undefined {
  if (object instanceof ObjectNode) return object.members.get(key)?.value;
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** @internal The op that made member `key`, when the object is a node. */
export function memberMaker(object: ObjectNode | StoredObject, key: string): Maker | undefined {
  return object instanceof ObjectNode ? object.members.get(key)?.maker : undefined;
}

/** @internal The op that made element `index`, when the array is a node. */
export function itemMaker(array: ArrayNode | StoredArray, index: number): Maker | undefined {
  return array instanceof ArrayNode ? array.makers[index] : undefined;
}

/** @internal Element `index` of an array child, or `undefined` past the end. */
export function itemOf(array: ArrayNode | StoredArray, index: number): Child | undefined {
  const items = array instanceof ArrayNode ? array.items : array;
  return index < items.length ? items[index] : undefined;
}

/** @internal The length of an array child. */
export function lengthOf(array: ArrayNode | StoredArray): number {
  return array instanceof ArrayNode ? array.items.length : array.length;
}

/** @internal Sets member `key`: an existing member keeps its place, a new one goes last. */
export function putMember(node: ObjectNode, key: string, value: Child, maker: Maker): void {
  if (node.members === NO_MEMBERS) node.members = new Map();
  node.members.set(key, new Member(key, value, maker));
}

/** @internal Replaces the value of an existing member, keeping who made it (a copy of the same value). */
export function replaceMember(node: ObjectNode, key: string, value: Child): void {
  const member = node.members.get(key);
  if (member !== undefined) putMember(node, key, value, member.maker);
}

/** @internal A node owned by `token` for a stored object, one level deep (its members stay stored values), or for another builder's node (see {@link adoptNode}). */
export function objectFromStored(value: StoredObject | ObjectNode, maker: Maker, token: Token): ObjectNode {
  const node = new ObjectNode(token);
  if (value instanceof ObjectNode) for (const [key, member] of value.members) putMember(node, key, adoptNode(member.value, maker, token), maker);
  else for (const key of Object.keys(value)) putMember(node, key, value[key] as StoredValue, maker);
  return node;
}

/**
 * @internal Another builder's state (a base or a merged builder) as nodes owned by `token`, every member and
 * element made by `maker`: its own makers name calls of its chain, which mean nothing in this one.
 */
export function adoptNode(child: Child, maker: Maker, token: Token): Child {
  return child instanceof ObjectNode
    ? objectFromStored(child, maker, token)
    : child instanceof ArrayNode
      ? arrayFromStored(child.items.map((item) => adoptNode(item, maker, token)) as StoredArray, maker, token)
      : child;
}

/** @internal A node owned by `token` for a stored array, one level deep. */
export function arrayFromStored(value: StoredArray, maker: Maker, token: Token): ArrayNode {
  return new ArrayNode(token, value.slice(), new Array<Maker>(value.length).fill(maker));
}

/** @internal A copy of a shared object node for `token` to change (members are never changed, so they are shared). */
export function copyObjectNode(node: ObjectNode, token: Token): ObjectNode {
  return new ObjectNode(token, new Map(node.members));
}

/** @internal A copy of a shared array node for `token` to change. */
export function copyArrayNode(node: ArrayNode, token: Token): ArrayNode {
  return new ArrayNode(token, node.items.slice(), node.makers.slice());
}

/**
 * @internal The frozen stored value of a child: what build() returns, raw numbers kept. `cache` keeps the
 * result on the node; only for nodes no replay will change again (never in the middle of one).
 */
export function materialize(child: Child | undefined, cache: boolean): StoredValue {
  // Scalars first: most children are, and they skip the four class checks below.
  if (typeof child !== 'object' || child === null) return child as StoredValue;
  if (child instanceof ObjectNode) {
    if (child.plain !== undefined) return child.plain;
    const out: StoredObject = {};
    for (const [key, member] of child.members) setOwn(out, key, materialize(member.value, cache));
    Object.freeze(out);
    if (cache) child.plain = out;
    return out;
  }
  if (child instanceof ArrayNode) {
    if (child.plain !== undefined) return child.plain;
    const { items } = child;
    const out: StoredArray = new Array<StoredValue>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = materialize(items[i], cache);
    Object.freeze(out);
    if (cache) child.plain = out;
    return out;
  }
  if (child instanceof Branch) {
    const { members } = child;
    const out: StoredObject = {};
    for (let i = 0; i < members.length; i += 2) setOwn(out, (members[i] as Prefix).segment as string, materialize(members[i + 1] as Child, cache));
    return Object.freeze(out);
  }
  if (child instanceof Twig) {
    // A plain replay's tree is built for one result: its arrays become the frozen ones.
    const { items } = child;
    for (let i = 0; i < items.length; i++) items[i] = materialize(items[i], cache);
    return Object.freeze(items) as StoredArray;
  }
  return child;
}


/** @internal Gives nodes no replay will change again their frozen values, made before from the same content (by build() of a plain replay). */
export function adoptPlain(child: Child | undefined, stored: StoredValue | undefined): void {
  if (child instanceof ObjectNode) {
    child.plain = stored as StoredObject;
    for (const [key, member] of child.members) adoptPlain(member.value, (stored as StoredObject)[key]);
  } else if (child instanceof ArrayNode) {
    child.plain = stored as StoredArray;
    for (let i = 0; i < child.items.length; i++) adoptPlain(child.items[i], (stored as StoredArray)[i]);
  }
}
