import { JsonArray } from './json-array.js';
import { JsonObjectMembers } from './json-object-members.js';
import { reportAnswer, reportMissing } from './last-call.js';
import { createArrayNode, createObjectNode, type ChilkatObjectNode } from './model.js';

export type { JsonObjectOptions } from './json-object-core.js';

// JsonObject is a chain of layers, one file each: core (state, Load, Emit) → paths (DelimiterChar, PathPrefix,
// I/J/K) → reads → updates → members → this class, which adds the calls that hand out a view of part of the document.
/**
 * Chilkat's JsonObject: path updates, readers and byte-exact Emit, with Chilkat's names and return
 * conventions (a boolean or null, never a throw, `LastMethodSuccess`, `LastErrorText`).
 *
 * @example
 * const json = new JsonObject();
 * json.UpdateString('user.name', 'Ann'); //=> true
 * json.UpdateInt('user.tags[0].id', 7); //=> true
 * json.Emit(); //=> '{"user":{"name":"Ann","tags":[{"id":7}]}}'
 */
export class JsonObject extends JsonObjectMembers {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'JsonObject';
  }

  /** @internal Wraps an existing object node (ObjectOf, JsonArray.ObjectAt). */
  static fromNode(node: ChilkatObjectNode, allowInvalid: boolean): JsonObject {
    const json = new JsonObject({ invalidJson: allowInvalid ? 'allow' : 'refuse' });
    json.state.node = node;
    json.state.touched = true;
    return json;
  }

  /** @internal The node a JsonObject stands for (the porter locates parts of a document by it). */
  static nodeOf(json: JsonObject): ChilkatObjectNode {
    return json.state.node;
  }

  /**
   * The object at a path as a JsonObject sharing this document (changes show in both); null otherwise.
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a.b', 1);
   * json.ObjectOf('a')?.Emit(); //=> '{"b":1}'
   */
  ObjectOf(path: string): JsonObject | null {
    const node = this.readPath(path);
    if (node?.kind !== 'object') return reportMissing(this, 'ObjectOf', `no object at path ${JSON.stringify(path)}`);
    return reportAnswer(this, JsonObject.fromNode(node, this.state.allowInvalid));
  }

  /**
   * The array at a path as a JsonArray sharing this document; null otherwise.
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a[0]', 1);
   * json.ArrayOf('a')?.Size; //=> 1
   */
  ArrayOf(path: string): JsonArray | null {
    const node = this.readPath(path);
    if (node?.kind !== 'array') return reportMissing(this, 'ArrayOf', `no array at path ${JSON.stringify(path)}`);
    return reportAnswer(this, JsonArray.fromNode(node, this.state.allowInvalid, this));
  }

  /**
   * Appends an empty object member and returns it.
   *
   * @example
   * new JsonObject().AppendObject('o')?.Size; //=> 0
   */
  AppendObject(name: string): JsonObject | null {
    const node = createObjectNode();
    if (!this.add('AppendObject', -1, name, node)) return null;
    return JsonObject.fromNode(node, this.state.allowInvalid);
  }

  /**
   * Appends an empty array member and returns it.
   *
   * @example
   * new JsonObject().AppendArray('a')?.Size; //=> 0
   */
  AppendArray(name: string): JsonArray | null {
    const node = createArrayNode();
    if (!this.add('AppendArray', -1, name, node)) return null;
    return JsonArray.fromNode(node, this.state.allowInvalid, this);
  }
}
