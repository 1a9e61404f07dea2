/**
 * A script's Chilkat objects, executed call by call on `pathpatch/chilkat`: what `run` sends, and
 * what the reader asks while reading (the `Size` of an array the script indexes with
 * `ObjectAt(jarr.Size - 1)`). A handle names the object its variable holds now: a variable created
 * again or assigned another object's part (`ObjectAt`, `ArrayOf`) follows the new one.
 *
 * @example
 * const live = new LiveObjects();
 * live.apply({ kind: 'new', line: 1, handle: 'json', class: 'JsonObject' });
 * live.apply({ kind: 'update', line: 2, handle: 'json', method: 'UpdateNull', path: 'a' }); //=> undefined
 * live.json('json')?.Emit(); //=> '{"a":null}'
 */
import { JsonArray } from '../chilkat/json-array.js';
import { JsonObject } from '../chilkat/json-object.js';
import { StringBuilder } from '../chilkat/string-builder.js';
import { applyOption, applyUpdate } from './chilkat-evaluator.js';
import { takePart } from './document-parts.js';
import type { IrNode } from './ir.js';

/** The JSON node kinds this class executes. */
type JsonNode = Extract<IrNode, { kind: 'new' | 'update' | 'json-option' | 'sb-append' | 'emit-sb' | 'json-ref' | 'array-add' }>;

/**
 * Live Chilkat objects by handle.
 *
 * @example
 * new LiveObjects().size('jarr'); //=> undefined
 */
export class LiveObjects {
  readonly #objects = new Map<string, JsonObject | JsonArray>();
  /** Handles that hold an object of their own (created, not a part of another). */
  readonly #roots = new Set<string>();
  readonly #builders = new Map<string, StringBuilder>();

  /**
   * Whether this class executes a node (the JSON and StringBuilder calls).
   *
   * @example
   * LiveObjects.executes({ kind: 'print', line: 1, handle: 'json' }); //=> false
   */
  static executes(node: IrNode): node is JsonNode {
    return ['new', 'update', 'json-option', 'sb-append', 'emit-sb', 'json-ref', 'array-add'].includes(node.kind);
  }

  /**
   * Runs one node; returns why it failed, as Chilkat would have said, or `undefined`.
   *
   * @example
   * new LiveObjects().apply({ kind: 'update', line: 1, handle: 'j', method: 'UpdateNull', path: 'a' }); //=> undefined
   */
  apply(node: JsonNode): string | undefined {
    switch (node.kind) {
      case 'new':
        if (node.class === 'JsonObject' || node.class === 'JsonArray') {
          this.#objects.set(node.handle, node.class === 'JsonObject' ? new JsonObject() : new JsonArray());
          this.#roots.add(node.handle);
        }
        if (node.class === 'StringBuilder') this.#builders.set(node.handle, new StringBuilder());
        return undefined;
      case 'update': {
        const target = this.jsonObject(node.handle);
        if (applyUpdate(target, node.method, node.path, node.value, node.sb === undefined ? undefined : this.sb(node.sb))) return undefined;
        return `${node.method}(${JSON.stringify(node.path)}) returned false: ${target.LastErrorText.split('\n')[0] ?? ''}`;
      }
      case 'json-option':
        applyOption(this.jsonObject(node.handle), node.name, node.value);
        return undefined;
      case 'sb-append':
        this.sb(node.handle).Append(node.text);
        return undefined;
      case 'emit-sb':
        this.json(node.handle)?.EmitSb(this.sb(node.sb));
        return undefined;
      case 'array-add': {
        const array = this.#objects.get(node.handle);
        if (array instanceof JsonArray && array[node.method](node.index)) return undefined;
        return `${node.method}(${String(node.index)}) on ${node.handle}, which is not a JsonArray here`;
      }
      case 'json-ref':
        return this.#refer(node);
    }
  }

  #refer(node: Extract<IrNode, { kind: 'json-ref' }>): string | undefined {
    const from = this.#objects.get(node.from);
    const found = takePart(from, node);
    // Chilkat returns null: the variable holds nothing usable, and calls on it do nothing.
    this.#objects.delete(node.handle);
    this.#roots.delete(node.handle);
    if (found === null) return `${node.from}.${node.method}(${JSON.stringify(node.arg)}) returned null: ${from?.LastErrorText ?? `${node.from} is not a JSON object here`}`;
    this.#objects.set(node.handle, found);
    return undefined;
  }

  /**
   * The JsonObject or JsonArray a handle holds now.
   *
   * @example
   * new LiveObjects().json('json'); //=> undefined
   */
  json(handle: string): JsonObject | JsonArray | undefined {
    return this.#objects.get(handle);
  }

  /**
   * The JsonObject a handle holds, made on first use (a script may update an object it got elsewhere).
   *
   * @example
   * new LiveObjects().jsonObject('json').Emit(); //=> '{}'
   */
  jsonObject(handle: string): JsonObject {
    const known = this.#objects.get(handle);
    if (known instanceof JsonObject) return known;
    const made = new JsonObject();
    this.#objects.set(handle, made);
    this.#roots.add(handle);
    return made;
  }

  /**
   * The StringBuilder a handle holds, made on first use.
   *
   * @example
   * new LiveObjects().sb('sb').GetAsString(); //=> ''
   */
  sb(handle: string): StringBuilder {
    let builder = this.#builders.get(handle);
    if (builder === undefined) {
      builder = new StringBuilder();
      this.#builders.set(handle, builder);
    }
    return builder;
  }

  /**
   * The number of elements of the JsonArray a handle holds, or `undefined`.
   *
   * @example
   * new LiveObjects().size('jarr'); //=> undefined
   */
  size(handle: string): number | undefined {
    const array = this.#objects.get(handle);
    return array instanceof JsonArray ? array.Size : undefined;
  }

  /**
   * The text of every JsonObject and JsonArray the script created (not the parts it took of them), by handle.
   *
   * @example
   * new LiveObjects().bodies().size; //=> 0
   */
  bodies(): Map<string, string> {
    return new Map([...this.#roots].flatMap((handle) => {
      const object = this.#objects.get(handle);
      return object === undefined ? [] : [[handle, object.Emit()] as const];
    }));
  }
}
