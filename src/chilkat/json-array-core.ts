import { emitChilkatNode } from './emit-chilkat.js';
import { reportAnswer, reportFailure, reportMissing, reportSuccess } from './last-call.js';
import { loadChilkatText } from './load-chilkat.js';
import { createArrayNode, entryAt, type ChilkatArrayNode, type ChilkatNode } from './model.js';
import { chilkatTypeCode, readChilkatBool, readChilkatInt, readChilkatText } from './node-read.js';
import { StringBuilder } from './string-builder.js';

/** The Emit settings an array taken from an object or array inherits. */
export interface ChilkatEmitSettings {
  readonly EmitCompact: boolean;
  readonly EmitCrLf: boolean;
}

/** What the two layers of JsonArray share: the array, and whether invalid JSON may be stored (from the document it came from). */
export interface JsonArrayState {
  node: ChilkatArrayNode;
  allowInvalid: boolean;
}

/**
 * The first layer of JsonArray (json-array.ts): its state and settings, the element reads (StringAt, IntAt,
 * …, TypeAt), Load and Emit. JsonArray adds the changes and the views; only JsonArray is exported from the package.
 *
 * @example
 * new JsonArray() instanceof JsonArrayCore; //=> true
 */
export class JsonArrayCore {
  readonly #state: JsonArrayState = { node: createArrayNode(), allowInvalid: false };

  /** Compact output (default) or pretty output. */
  EmitCompact = true;
  /** Pretty output uses CRLF line ends (default) or LF. */
  EmitCrLf = true;
  /** Whether the last method call succeeded. */
  LastMethodSuccess = true;
  /** Why the last call failed; empty after a success. */
  LastErrorText = '';

  /** The state the layers share; a getter, so that it is neither an own property nor printed with the array. */
  protected get state(): JsonArrayState {
    return this.#state;
  }

  /** The number of elements. */
  get Size(): number {
    return this.#state.node.items.length;
  }

  /** The element at a whole, non-negative index; undefined otherwise. */
  protected at(index: number): ChilkatNode | undefined {
    return entryAt(this.#state.node.items, index);
  }

  /**
   * The text of an element (as JsonObject.StringOf); null when out of range or an object.
   *
   * @example
   * new JsonArray().StringAt(0); //=> null
   */
  StringAt(index: number): string | null {
    const node = this.at(index);
    const text = node === undefined ? undefined : readChilkatText(node);
    if (text === undefined) return reportMissing(this, 'StringAt', `nothing readable at index ${String(index)}`);
    return reportAnswer(this, text);
  }

  /**
   * The integer of an element (as IntOf).
   *
   * @example
   * new JsonArray().IntAt(0); //=> 0
   */
  IntAt(index: number): number {
    reportSuccess(this);
    return readChilkatInt(this.at(index));
  }

  /**
   * The boolean of an element (as BoolOf).
   *
   * @example
   * new JsonArray().BoolAt(0); //=> false
   */
  BoolAt(index: number): boolean {
    reportSuccess(this);
    return readChilkatBool(this.at(index));
  }

  /**
   * Tells whether an element is null.
   *
   * @example
   * new JsonArray().IsNullAt(0); //=> false
   */
  IsNullAt(index: number): boolean {
    reportSuccess(this);
    return this.at(index)?.kind === 'null';
  }

  /**
   * The type code of an element: 1 string, 2 number, 3 object, 4 array, 5 bool, 6 null, -1 missing.
   *
   * @example
   * new JsonArray().TypeAt(0); //=> -1
   */
  TypeAt(index: number): number {
    reportSuccess(this);
    return chilkatTypeCode(this.at(index));
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
    if (value?.kind !== 'array') return reportFailure(this, 'Load', 'the text is not a JSON array');
    this.#state.node.items.length = 0;
    this.#state.node.items.push(...value.items);
    return reportSuccess(this);
  }

  /**
   * The array as JSON text.
   *
   * @example
   * new JsonArray().Emit(); //=> '[]'
   */
  Emit(): string {
    reportSuccess(this);
    const text = emitChilkatNode(this.#state.node, { compact: this.EmitCompact, crlf: this.EmitCrLf });
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
    if (!(sb instanceof StringBuilder)) return reportFailure(this, 'EmitSb', 'the argument must be a StringBuilder');
    sb.Append(this.Emit());
    return reportSuccess(this);
  }
}
