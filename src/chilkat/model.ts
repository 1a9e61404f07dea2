/**
 * The Chilkat-compatible document model: more than a plain JSON value, because
 * byte-exact output needs raw key text, raw scalar text, duplicate keys,
 * placeholder objects and the "ever had members" flag (docs/chilkat-semantics.md §1).
 */

/** One `"key": value` pair; `key` is the raw text printed between the quotes. */
export interface ChilkatMember {
  key: string;
  value: ChilkatNode;
}

/**
 * An object: ordered members, duplicates allowed, lookups take the first match.
 * Change `members` only through this module's functions: they keep the key index in step.
 */
export interface ChilkatObjectNode {
  readonly kind: 'object';
  readonly members: readonly ChilkatMember[];
  /** True once a member was ever present: an emptied object pretty-prints as `{` NL `}`. */
  everHadMembers: boolean;
}

/** An array; Chilkat never leaves holes in one. */
export interface ChilkatArrayNode {
  readonly kind: 'array';
  items: ChilkatNode[];
}

/** A string; `text` is the escaped text Emit prints between the quotes. */
export interface ChilkatStringNode {
  readonly kind: 'string';
  text: string;
}

/** A number; `text` is printed as is (it may be anything UpdateNumber was given). */
export interface ChilkatNumberNode {
  readonly kind: 'number';
  text: string;
}

/** `true`, `false` or `null`. */
export interface ChilkatLiteralNode {
  readonly kind: 'true' | 'false' | 'null';
}

/** What UpdateNewObject leaves at an array index: prints `{}`, has type object, cannot be entered. */
export interface ChilkatPlaceholderNode {
  readonly kind: 'placeholder';
}

/** Any node of the Chilkat document model. */
export type ChilkatNode =
  | ChilkatObjectNode
  | ChilkatArrayNode
  | ChilkatStringNode
  | ChilkatNumberNode
  | ChilkatLiteralNode
  | ChilkatPlaceholderNode;

/**
 * Makes an empty object node that never had members.
 *
 * @example
 * createObjectNode(); //=> { kind: 'object', members: [], everHadMembers: false }
 */
export function createObjectNode(): ChilkatObjectNode {
  return { kind: 'object', members: [], everHadMembers: false };
}

/**
 * Makes an empty array node.
 *
 * @example
 * createArrayNode(); //=> { kind: 'array', items: [] }
 */
export function createArrayNode(): ChilkatArrayNode {
  return { kind: 'array', items: [] };
}

// Key -> index of its first member, per object, built on the first lookup (so nodes made as literals,
// as Load makes them, are indexed too). Appends extend it; any other change drops it for a rebuild.
const keyIndexes = new WeakMap<ChilkatObjectNode, Map<string, number>>();

function keyIndexOf(object: ChilkatObjectNode): Map<string, number> {
  let index = keyIndexes.get(object);
  if (index === undefined) {
    index = new Map();
    object.members.forEach((member, position) => {
      if (!index?.has(member.key)) index?.set(member.key, position);
    });
    keyIndexes.set(object, index);
  }
  return index;
}

// The one place that changes an object's member list.
function mutableMembers(object: ChilkatObjectNode): ChilkatMember[] {
  return object.members as ChilkatMember[];
}

/**
 * Finds the index of the first member whose raw key text equals `key`, in constant time.
 *
 * @example
 * findMemberIndex({ kind: 'object', members: [{ key: 'a', value: { kind: 'null' } }], everHadMembers: true }, 'a'); //=> 0
 */
export function findMemberIndex(object: ChilkatObjectNode, key: string): number {
  return keyIndexOf(object).get(key) ?? -1;
}

/**
 * Appends a member at the end (new members always go last) and marks the object as having had members.
 *
 * @example
 * addMember(createObjectNode(), 'a', { kind: 'null' });
 */
export function addMember(object: ChilkatObjectNode, key: string, value: ChilkatNode): void {
  const index = keyIndexes.get(object);
  // A duplicate key keeps pointing at its first member.
  if (index !== undefined && !index.has(key)) index.set(key, object.members.length);
  mutableMembers(object).push({ key, value });
  object.everHadMembers = true;
}

/**
 * Inserts a member at `index` (-1 or past the end appends), as AddStringAt and friends do.
 *
 * @example
 * insertMember(createObjectNode(), -1, 'a', { kind: 'null' });
 */
export function insertMember(object: ChilkatObjectNode, index: number, key: string, value: ChilkatNode): void {
  if (index < 0 || index >= object.members.length) {
    addMember(object, key, value);
    return;
  }
  mutableMembers(object).splice(index, 0, { key, value });
  keyIndexes.delete(object);
  object.everHadMembers = true;
}

/**
 * Removes the member at `index`; an index out of range changes nothing.
 *
 * @example
 * removeMemberAt(createObjectNode(), 0); //=> false
 */
export function removeMemberAt(object: ChilkatObjectNode, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= object.members.length) return false;
  mutableMembers(object).splice(index, 1);
  keyIndexes.delete(object);
  return true;
}

/**
 * Replaces all members (none for Clear, the loaded ones for Load); `everHadMembers` is left to the caller.
 *
 * @example
 * replaceMembers(createObjectNode(), [{ key: 'a', value: { kind: 'null' } }]);
 */
export function replaceMembers(object: ChilkatObjectNode, members: readonly ChilkatMember[]): void {
  const list = mutableMembers(object);
  list.length = 0;
  for (const member of members) list.push(member);
  keyIndexes.delete(object);
}

/**
 * Deep-copies a node, so that a loaded or converted tree shares nothing.
 *
 * @example
 * cloneNode({ kind: 'number', text: '1.50' }); //=> { kind: 'number', text: '1.50' }
 */
export function cloneNode(node: ChilkatNode): ChilkatNode {
  switch (node.kind) {
    case 'object':
      return {
        kind: 'object',
        members: node.members.map((member) => ({ key: member.key, value: cloneNode(member.value) })),
        everHadMembers: node.everHadMembers,
      };
    case 'array':
      return { kind: 'array', items: node.items.map(cloneNode) };
    case 'string':
      return { kind: 'string', text: node.text };
    case 'number':
      return { kind: 'number', text: node.text };
    default:
      return node;
  }
}
