/**
 * The interface of a body builder style writes, inferred from the updates the
 * translation makes: each path's keys become members, indexes arrays, keys
 * the script computes an index signature, and the values' kinds the member
 * types (a path set with several kinds gets their union). Every member is
 * optional: the script's conditions and loops decide which ones a run sets.
 *
 * @example
 * const body = new BodyType();
 * body.record(['lines', 0, 'sku'], 'string');
 * body.source('RequestBody'); //=> 'export interface RequestBody {\n  lines?: Array<{\n    sku?: string;\n  }>;\n}'
 */
import { tsPropertyName } from '../codegen/ts-text.js';

/**
 * A segment of a recorded path: a key, an index (`0` stands for any), or `null` for a key the script computes.
 *
 * @example
 * const segments: readonly PathPart[] = ['client_metadata', null];
 */
export type PathPart = string | number | null;

interface TypeNode {
  readonly leaves: Set<string>;
  members?: Map<string, TypeNode>;
  /** The type of members under computed keys. */
  anyKey?: TypeNode;
  item?: TypeNode;
  /** An array recorded without elements (`UpdateNewArray`). */
  array?: boolean;
}

const INDENT = '  ';

function node(): TypeNode {
  return { leaves: new Set<string>() };
}

/**
 * Collects the shape of one body.
 *
 * @example
 * new BodyType().source('RequestBody'); //=> 'export type RequestBody = Record<string, unknown>;'
 */
export class BodyType {
  readonly #root: TypeNode = { leaves: new Set<string>(), members: new Map<string, TypeNode>() };

  /** Records a value of the TypeScript type `leaf` (`'string'`, or `'object'`/`'array'` for an empty container) at `path`. */
  record(path: readonly PathPart[], leaf: string): void {
    let at = this.#root;
    for (const segment of path) at = this.#child(at, segment);
    if (leaf === 'object') at.members ??= new Map<string, TypeNode>();
    else if (leaf === 'array') at.array = true;
    else at.leaves.add(leaf);
  }

  /** Records a member the script names without giving it a value (a `Delete`): `unknown` unless something sets it. */
  mention(path: readonly PathPart[]): void {
    let at = this.#root;
    for (const segment of path) at = this.#child(at, segment);
  }

  /** Records a JSON value (a loaded template) at the root. */
  recordJson(value: unknown, path: readonly PathPart[] = []): void {
    if (Array.isArray(value)) {
      this.record(path, 'array');
      for (const item of value) this.recordJson(item, [...path, 0]);
    } else if (value !== null && typeof value === 'object') {
      this.record(path, 'object');
      for (const [key, member] of Object.entries(value)) this.recordJson(member, [...path, key]);
    } else {
      this.record(path, value === null ? 'null' : typeof value);
    }
  }

  /** The interface's source text. */
  source(name: string): string {
    const members = this.#root.members;
    if (members === undefined || (members.size === 0 && this.#root.anyKey === undefined)) return `export type ${name} = Record<string, unknown>;`;
    return `export interface ${name} ${objectSource(this.#root, '')}`;
  }

  #child(parent: TypeNode, segment: PathPart): TypeNode {
    if (typeof segment === 'number') {
      parent.item ??= node();
      return parent.item;
    }
    if (segment === null) {
      parent.anyKey ??= node();
      return parent.anyKey;
    }
    parent.members ??= new Map<string, TypeNode>();
    const existing = parent.members.get(segment);
    if (existing !== undefined) return existing;
    const created = node();
    parent.members.set(segment, created);
    return created;
  }
}

function objectSource(object: TypeNode, indent: string): string {
  const inner = indent + INDENT;
  const members = [...(object.members ?? [])];
  if (object.anyKey !== undefined) {
    // An index signature covers the named members too: its type is the union of them all.
    const types = [typeSource(object.anyKey, inner), ...members.map(([, member]) => typeSource(member, inner))];
    return `{\n${inner}[key: string]: ${[...new Set(types)].join(' | ')};\n${indent}}`;
  }
  if (members.length === 0) return 'Record<string, unknown>';
  return `{\n${members.map(([key, member]) => `${inner}${tsPropertyName(key)}?: ${typeSource(member, inner)};`).join('\n')}\n${indent}}`;
}

function typeSource(type: TypeNode, indent: string): string {
  const parts = new Set<string>(type.leaves);
  if (type.members !== undefined || type.anyKey !== undefined) parts.add(objectSource(type, indent));
  if (type.item !== undefined) parts.add(`Array<${typeSource(type.item, indent)}>`);
  else if (type.array === true) parts.add('unknown[]');
  return parts.size === 0 ? 'unknown' : [...parts].join(' | ');
}
