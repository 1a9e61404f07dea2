import { JsonArrayCore, type ChilkatEmitSettings } from './json-array-core.js';
import { JsonObject } from './json-object.js';
import { reportAnswer, reportFailure, reportMissing, reportSuccess } from './last-call.js';
import { createArrayNode, createObjectNode, type ChilkatArrayNode, type ChilkatNode } from './model.js';
import { makeBoolValue, makeIntValue, makeNumberValue, makeStringValue, type ChilkatValueResult } from './values.js';

// JsonArray is two layers, like JsonObject's chain: core (state, reads, Load, Emit) → this class, which adds
// the changes (Add*At, DeleteAt, Clear) and the calls that hand out a view of an element (ObjectAt, ArrayAt).
/**
 * Chilkat's JsonArray, as far as ArrayOf and ported response-reading code need it.
 *
 * @example
 * const json = new JsonObject();
 * json.UpdateString('tags[0]', 'a');
 * json.ArrayOf('tags')?.StringAt(0); //=> 'a'
 */
export class JsonArray extends JsonArrayCore {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'JsonArray';
  }

  /** @internal Wraps an existing array node (ArrayOf, ArrayAt); `parent` is the object or array it was taken from. */
  static fromNode(node: ChilkatArrayNode, allowInvalid: boolean, parent: ChilkatEmitSettings): JsonArray {
    const array = new JsonArray();
    array.state.node = node;
    array.state.allowInvalid = allowInvalid;
    // Observed: an array taken from an object prints with that object's Emit settings (an object does not).
    array.EmitCompact = parent.EmitCompact;
    array.EmitCrLf = parent.EmitCrLf;
    return array;
  }

  /** @internal The node a JsonArray stands for (the porter locates parts of a document by it). */
  static nodeOf(array: JsonArray): ChilkatArrayNode {
    return array.state.node;
  }

  /**
   * The object at an index, sharing the document; null otherwise.
   *
   * @example
   * new JsonArray().ObjectAt(0); //=> null
   */
  ObjectAt(index: number): JsonObject | null {
    const node = this.at(index);
    if (node?.kind !== 'object') return reportMissing(this, 'ObjectAt', `no object at index ${String(index)}`);
    return reportAnswer(this, JsonObject.fromNode(node, this.state.allowInvalid));
  }

  /**
   * The array at an index, sharing the document; null otherwise.
   *
   * @example
   * new JsonArray().ArrayAt(0); //=> null
   */
  ArrayAt(index: number): JsonArray | null {
    const node = this.at(index);
    if (node?.kind !== 'array') return reportMissing(this, 'ArrayAt', `no array at index ${String(index)}`);
    return reportAnswer(this, JsonArray.fromNode(node, this.state.allowInvalid, this));
  }

  #insert(method: string, index: number, value: ChilkatValueResult | ChilkatNode): boolean {
    if ('refused' in value) return reportFailure(this, method, value.refused);
    const node = 'node' in value ? value.node : value;
    const items = this.state.node.items;
    if (!Number.isInteger(index) || index < 0 || index >= items.length) items.push(node);
    else items.splice(index, 0, node);
    return reportSuccess(this);
  }

  /**
   * Inserts a string at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddStringAt(-1, 'x'); //=> true
   */
  AddStringAt(index: number, value: string): boolean {
    return this.#insert('AddStringAt', index, makeStringValue(value, this.state.allowInvalid));
  }

  /**
   * Inserts an integer at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddIntAt(-1, 1); //=> true
   */
  AddIntAt(index: number, value: number): boolean {
    return this.#insert('AddIntAt', index, makeIntValue(value));
  }

  /**
   * Inserts a boolean at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddBoolAt(-1, true); //=> true
   */
  AddBoolAt(index: number, value: boolean): boolean {
    return this.#insert('AddBoolAt', index, makeBoolValue(value));
  }

  /**
   * Inserts null at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddNullAt(-1); //=> true
   */
  AddNullAt(index: number): boolean {
    return this.#insert('AddNullAt', index, { kind: 'null' });
  }

  /**
   * Inserts a number given as text at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddNumberAt(-1, '1.50'); //=> true
   */
  AddNumberAt(index: number, numericStr: string): boolean {
    return this.#insert('AddNumberAt', index, makeNumberValue(numericStr, this.state.allowInvalid));
  }

  /**
   * Inserts an empty object at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddObjectAt(-1); //=> true
   */
  AddObjectAt(index: number): boolean {
    return this.#insert('AddObjectAt', index, createObjectNode());
  }

  /**
   * Inserts an empty array at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddArrayAt(-1); //=> true
   */
  AddArrayAt(index: number): boolean {
    return this.#insert('AddArrayAt', index, createArrayNode());
  }

  /**
   * Removes the element at an index.
   *
   * @example
   * new JsonArray().DeleteAt(0); //=> false
   */
  DeleteAt(index: number): boolean {
    if (this.at(index) === undefined) return reportFailure(this, 'DeleteAt', `no element at index ${String(index)}`);
    this.state.node.items.splice(index, 1);
    return reportSuccess(this);
  }

  /**
   * Removes every element.
   *
   * @example
   * new JsonArray().Clear();
   */
  Clear(): void {
    this.state.node.items.length = 0;
    reportSuccess(this);
  }
}
