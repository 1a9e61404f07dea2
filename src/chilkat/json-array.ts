import { emitChilkatNode } from './emit-chilkat.js';
import { JsonObject } from './json-object.js';
import { loadChilkatText } from './load-chilkat.js';
import { createArrayNode, createObjectNode, type ChilkatArrayNode, type ChilkatNode } from './model.js';
import { chilkatTypeCode, readChilkatBool, readChilkatInt, readChilkatText } from './node-read.js';
import { StringBuilder } from './string-builder.js';
import {
  makeBoolValue,
  makeIntValue,
  makeNumberValue,
  makeStringValue,
  type ChilkatValueResult,
} from './values.js';

/**
 * Chilkat's JsonArray, as far as ArrayOf and ported response-reading code need it.
 *
 * @example
 * const json = new JsonObject();
 * json.UpdateString('tags[0]', 'a');
 * json.ArrayOf('tags')?.StringAt(0); //=> 'a'
 */
export class JsonArray {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'JsonArray';
  }

  #node: ChilkatArrayNode = createArrayNode();
  #allowInvalid = false;

  /** Compact output (default) or pretty output. */
  EmitCompact = true;
  /** Pretty output uses CRLF line ends (default) or LF. */
  EmitCrLf = true;
  /** Whether the last method call succeeded. */
  LastMethodSuccess = true;
  /** Why the last call failed; empty after a success. */
  LastErrorText = '';

  /** @internal Wraps an existing array node (ArrayOf, ArrayAt). */
  static fromNode(
    node: ChilkatArrayNode,
    allowInvalid: boolean,
    emit: { readonly compact: boolean; readonly crlf: boolean } = { compact: true, crlf: true },
  ): JsonArray {
    const array = new JsonArray();
    array.#node = node;
    array.#allowInvalid = allowInvalid;
    // Observed: an array taken from an object prints with that object's Emit settings (an object does not).
    array.EmitCompact = emit.compact;
    array.EmitCrLf = emit.crlf;
    return array;
  }

  /** @internal The node a JsonArray stands for (the porter locates parts of a document by it). */
  static nodeOf(array: JsonArray): ChilkatArrayNode {
    return array.#node;
  }

  /** The number of elements. */
  get Size(): number {
    return this.#node.items.length;
  }

  #succeed(): true {
    this.LastMethodSuccess = true;
    this.LastErrorText = '';
    return true;
  }

  #fail(method: string, reason: string): false {
    this.LastMethodSuccess = false;
    this.LastErrorText = `${method}: ${reason}`;
    return false;
  }

  #at(index: number): ChilkatNode | undefined {
    return Number.isInteger(index) && index >= 0 ? this.#node.items[index] : undefined;
  }

  /**
   * The text of an element (as JsonObject.StringOf); null when out of range or an object.
   *
   * @example
   * new JsonArray().StringAt(0); //=> null
   */
  StringAt(index: number): string | null {
    const node = this.#at(index);
    const text = node === undefined ? undefined : readChilkatText(node);
    if (text === undefined) {
      this.#fail('StringAt', `nothing readable at index ${String(index)}`);
      return null;
    }
    this.#succeed();
    return text;
  }

  /**
   * The integer of an element (as IntOf).
   *
   * @example
   * new JsonArray().IntAt(0); //=> 0
   */
  IntAt(index: number): number {
    this.#succeed();
    return readChilkatInt(this.#at(index));
  }

  /**
   * The boolean of an element (as BoolOf).
   *
   * @example
   * new JsonArray().BoolAt(0); //=> false
   */
  BoolAt(index: number): boolean {
    this.#succeed();
    return readChilkatBool(this.#at(index));
  }

  /**
   * Tells whether an element is null.
   *
   * @example
   * new JsonArray().IsNullAt(0); //=> false
   */
  IsNullAt(index: number): boolean {
    this.#succeed();
    return this.#at(index)?.kind === 'null';
  }

  /**
   * The type code of an element: 1 string, 2 number, 3 object, 4 array, 5 bool, 6 null, -1 missing.
   *
   * @example
   * new JsonArray().TypeAt(0); //=> -1
   */
  TypeAt(index: number): number {
    this.#succeed();
    return chilkatTypeCode(this.#at(index));
  }

  /**
   * The object at an index, sharing the document; null otherwise.
   *
   * @example
   * new JsonArray().ObjectAt(0); //=> null
   */
  ObjectAt(index: number): JsonObject | null {
    const node = this.#at(index);
    if (node?.kind !== 'object') {
      this.#fail('ObjectAt', `no object at index ${String(index)}`);
      return null;
    }
    this.#succeed();
    return JsonObject.fromNode(node, this.#allowInvalid);
  }

  /**
   * The array at an index, sharing the document; null otherwise.
   *
   * @example
   * new JsonArray().ArrayAt(0); //=> null
   */
  ArrayAt(index: number): JsonArray | null {
    const node = this.#at(index);
    if (node?.kind !== 'array') {
      this.#fail('ArrayAt', `no array at index ${String(index)}`);
      return null;
    }
    this.#succeed();
    return JsonArray.fromNode(node, this.#allowInvalid, { compact: this.EmitCompact, crlf: this.EmitCrLf });
  }

  #insert(method: string, index: number, value: ChilkatValueResult | ChilkatNode): boolean {
    if ('refused' in value) return this.#fail(method, value.refused);
    const node = 'node' in value ? value.node : value;
    const items = this.#node.items;
    if (!Number.isInteger(index) || index < 0 || index >= items.length) items.push(node);
    else items.splice(index, 0, node);
    return this.#succeed();
  }

  /**
   * Inserts a string at an index (-1 appends).
   *
   * @example
   * new JsonArray().AddStringAt(-1, 'x'); //=> true
   */
  AddStringAt(index: number, value: string): boolean {
    return this.#insert('AddStringAt', index, makeStringValue(value, this.#allowInvalid));
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
    return this.#insert('AddNumberAt', index, makeNumberValue(numericStr, this.#allowInvalid));
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
    if (this.#at(index) === undefined) return this.#fail('DeleteAt', `no element at index ${String(index)}`);
    this.#node.items.splice(index, 1);
    return this.#succeed();
  }

  /**
   * Removes every element.
   *
   * @example
   * new JsonArray().Clear();
   */
  Clear(): void {
    this.#node.items.length = 0;
    this.#succeed();
  }

  /**
   * Replaces the content with a parsed JSON array text.
   *
   * @example
   * new JsonArray().Load('[1,"a"]'); //=> true
   */
  Load(json: string): boolean {
    const result = loadChilkatText(`{"":${String(json)}}`, false);
    const value = result.ok ? result.members[0]?.value : undefined;
    if (value?.kind !== 'array') return this.#fail('Load', 'the text is not a JSON array');
    this.#node.items.length = 0;
    this.#node.items.push(...value.items);
    return this.#succeed();
  }

  /**
   * The array as JSON text.
   *
   * @example
   * new JsonArray().Emit(); //=> '[]'
   */
  Emit(): string {
    this.#succeed();
    const text = emitChilkatNode(this.#node, { compact: this.EmitCompact, crlf: this.EmitCrLf });
    // Like an object root, pretty output ends with a line break.
    return this.EmitCompact ? text : text + (this.EmitCrLf ? '\r\n' : '\n');
  }

  /**
   * Appends the array's text to a StringBuilder, as `Emit()` writes it.
   *
   * @example
   * const sb = new StringBuilder();
   * new JsonArray().EmitSb(sb); //=> true
   * sb.GetAsString(); //=> '[]'
   */
  EmitSb(sb: StringBuilder): boolean {
    if (!(sb instanceof StringBuilder)) return this.#fail('EmitSb', 'the argument must be a StringBuilder');
    sb.Append(this.Emit());
    return this.#succeed();
  }
}
