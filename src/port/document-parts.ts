/**
 * The parts of one document a script holds in variables of their own (`jsonObj_1 =
 * jarr.ObjectAt(0)`, `jarr = json.ArrayOf("items")`), for the evaluator: which part a handle names
 * now, and where in the document it sits, so a call on it becomes a builder step with the whole path.
 *
 * @example
 * const parts = new DocumentParts(new JsonObject());
 * parts.target('json'); //=> the root JsonObject
 */
import { JsonArray } from '../chilkat/json-array.js';
import { JsonObject } from '../chilkat/json-object.js';
import type { ChilkatNode } from '../chilkat/model.js';
import type { IrNode } from './ir.js';
import { storedText } from './stored-text.js';

type Segments = (string | number)[];

/**
 * The path from `root` to `target` (decoded keys, indexes), found by identity; `undefined` when the
 * target is no longer in the document (replaced or deleted since it was taken).
 *
 * @example
 * const leaf = { kind: 'null' } as const;
 * locateNode({ kind: 'array', items: [leaf] }, leaf); //=> [0]
 */
export function locateNode(root: ChilkatNode, target: ChilkatNode): Segments | undefined {
  if (root === target) return [];
  const children: [string | number, ChilkatNode][] = root.kind === 'object' ? root.members.map((member) => [storedText(member.key), member.value]) : root.kind === 'array' ? root.items.map((item, index) => [index, item]) : [];
  for (const [step, child] of children) {
    const below = locateNode(child, target);
    if (below !== undefined) return [step, ...below];
  }
  return undefined;
}

/**
 * What `from.method(arg)` returns in Chilkat for a `json-ref` node: the part, sharing the document, or null.
 *
 * @example
 * takePart(new JsonObject(), { kind: 'json-ref', line: 1, handle: 'a', from: 'json', method: 'ObjectOf', arg: 'x' }); //=> null
 */
export function takePart(from: JsonObject | JsonArray | undefined, node: Extract<IrNode, { kind: 'json-ref' }>): JsonObject | JsonArray | null {
  if (from instanceof JsonObject && typeof node.arg === 'string' && (node.method === 'ObjectOf' || node.method === 'ArrayOf')) return from[node.method](node.arg);
  if (from instanceof JsonArray && typeof node.arg === 'number' && (node.method === 'ObjectAt' || node.method === 'ArrayAt')) return from[node.method](node.arg);
  return null;
}

function nodeOf(part: JsonObject | JsonArray): ChilkatNode {
  return part instanceof JsonObject ? JsonObject.nodeOf(part) : JsonArray.nodeOf(part);
}

/**
 * The parts of a root JsonObject that handles name.
 *
 * @example
 * new DocumentParts(new JsonObject()).where('json'); //=> []
 */
export class DocumentParts {
  readonly #root: JsonObject;
  /** Handles that name a part; `null` when the call that gave it returned null. */
  readonly #parts = new Map<string, JsonObject | JsonArray | null>();

  constructor(root: JsonObject) {
    this.#root = root;
  }

  /**
   * Points a handle at the part a `json-ref` node takes; returns why Chilkat returned null, or `undefined`.
   *
   * @example
   * new DocumentParts(new JsonObject()).refer({ kind: 'json-ref', line: 1, handle: 'a', from: 'json', method: 'ObjectOf', arg: 'x' }); //=> 'ObjectOf("x") returned null: ...'
   */
  refer(node: Extract<IrNode, { kind: 'json-ref' }>): string | undefined {
    const from = this.target(node.from);
    const found = takePart(from, node);
    this.#parts.set(node.handle, found);
    if (found !== null) return undefined;
    return `${node.method}(${JSON.stringify(node.arg)}) returned null: ${from?.LastErrorText ?? `${node.from} holds nothing`}`;
  }

  /**
   * What a handle names: a part, the root (any handle not given a part), or `undefined` (a call returned null).
   *
   * @example
   * new DocumentParts(new JsonObject()).target('json')?.Emit(); //=> '{}'
   */
  target(handle: string | undefined): JsonObject | JsonArray | undefined {
    if (handle === undefined || !this.#parts.has(handle)) return this.#root;
    return this.#parts.get(handle) ?? undefined;
  }

  /**
   * Where the object a handle names sits in the document; `undefined` when it is not part of it (any more).
   *
   * @example
   * new DocumentParts(new JsonObject()).where('json'); //=> []
   */
  where(handle: string | undefined): Segments | undefined {
    const part = this.target(handle);
    return part === undefined ? undefined : locateNode(JsonObject.nodeOf(this.#root), nodeOf(part));
  }
}
