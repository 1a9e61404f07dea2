import { emitChilkatRoot } from './emit-chilkat.js';
import { reportFailure, reportSuccess } from './last-call.js';
import { loadChilkatText } from './load-chilkat.js';
import { createObjectNode, replaceMembers, type ChilkatObjectNode } from './model.js';
import { StringBuilder } from './string-builder.js';
import { convertToPlainJson } from './to-plain-json.js';
import { payload, type PayloadOptions } from '../builder/index.js';
import type { Payload } from '../types/payload.js';

/**
 * Options of the pathpatch JsonObject (not a Chilkat API).
 *
 * @example
 * const legacy = new JsonObject({ invalidJson: 'allow' });
 * legacy.UpdateNumber('n', '01'); //=> true
 */
export interface JsonObjectOptions {
  /**
   * `'refuse'` (default): calls whose result Chilkat would print as invalid JSON (unescaped quote in
   * a key, UpdateNumber text that is not a JSON number, lone surrogates) return false and change
   * nothing. `'allow'`: store them as Chilkat 9.5.0.96 does, for byte-exact legacy output.
   * @default 'refuse'
   */
  readonly invalidJson?: 'refuse' | 'allow';
}

/** What the layers of JsonObject share: the document, and the two facts that change how Chilkat answers. */
export interface JsonObjectState {
  /** The object this JsonObject stands for (part of a larger document after ObjectOf). */
  node: ChilkatObjectNode;
  /** `invalidJson: 'allow'`. */
  readonly allowInvalid: boolean;
  /** Whether Chilkat's document exists yet: a few calls answer otherwise before its first use. */
  touched: boolean;
}

/**
 * The first layer of JsonObject (json-object.ts): its state, its settings, Load and Emit. The paths, reads,
 * updates and members layers build on it in that order; only JsonObject is exported from the package.
 *
 * @example
 * new JsonObject() instanceof JsonObjectCore; //=> true
 */
export class JsonObjectCore {
  readonly #state: JsonObjectState;

  /** Compact output (default) or pretty output with two-space indents. */
  EmitCompact = true;
  /** Pretty output uses CRLF line ends (Chilkat's default, on every platform) or LF. */
  EmitCrLf = true;
  /** Load lower-cases member names (names from paths keep their case). */
  LowerCaseNames = false;
  /** Whether the last method call succeeded. */
  LastMethodSuccess = true;
  /** Why the last call failed; empty after a success. Never holds secrets. */
  LastErrorText = '';

  /**
   * Makes an empty JSON object.
   *
   * @example
   * new JsonObject({ invalidJson: 'allow' }).UpdateNumber('n', '01'); //=> true
   */
  constructor(options: JsonObjectOptions = {}) {
    this.#state = { node: createObjectNode(), allowInvalid: options.invalidJson === 'allow', touched: false };
  }

  /** The state the layers share; a getter, so that it is neither an own property nor printed with the object. */
  protected get state(): JsonObjectState {
    return this.#state;
  }

  /**
   * Replaces the content with parsed JSON text, keeping key and number texts verbatim.
   *
   * Like Chilkat 9.5.0.96 it returns true even for text it cannot read, leaving an empty object;
   * LastErrorText then says what was wrong.
   *
   * @example
   * const json = new JsonObject();
   * json.Load('{"a":1.50}'); //=> true
   * json.Emit(); //=> '{"a":1.50}'
   */
  Load(json: string): boolean {
    const root = this.#state.node;
    let result: ReturnType<typeof loadChilkatText>;
    try {
      result = loadChilkatText(String(json), this.LowerCaseNames);
    } catch (error) {
      // Never a throw: text nested deeper than the reader's stack can follow is treated as unreadable.
      if (!(error instanceof RangeError)) throw error;
      result = { ok: false, reason: 'the text is nested too deeply to read' };
    }
    root.everHadMembers = this.#state.touched;
    this.#state.touched = true;
    replaceMembers(root, []);
    if (!result.ok) {
      this.LastMethodSuccess = true;
      this.LastErrorText = `Load: ${result.reason}; the object is left empty (Chilkat 9.5.0.96 returns true here too)`;
      return true;
    }
    replaceMembers(root, result.members);
    if (root.members.length > 0) root.everHadMembers = true;
    return reportSuccess(this);
  }

  /**
   * Load from a StringBuilder's text.
   *
   * @example
   * const sb = new StringBuilder(); sb.Append('{}');
   * new JsonObject().LoadSb(sb); //=> true
   */
  LoadSb(sb: StringBuilder): boolean {
    if (!(sb instanceof StringBuilder)) return reportFailure(this, 'LoadSb', 'the argument must be a StringBuilder');
    return this.Load(sb.GetAsString());
  }

  /**
   * The document as JSON text, byte for byte as Chilkat prints it (EmitCompact, EmitCrLf).
   *
   * @example
   * new JsonObject().Emit(); //=> '{}'
   */
  Emit(): string {
    this.#state.touched = true;
    try {
      const text = emitChilkatRoot(this.#state.node, { compact: this.EmitCompact, crlf: this.EmitCrLf });
      reportSuccess(this);
      return text;
    } catch (error) {
      // Never a throw: a document nested deeper than the writer's stack can follow gives '' and a reason.
      if (!(error instanceof RangeError)) throw error;
      reportFailure(this, 'Emit', 'the document is nested too deeply to write');
      return '';
    }
  }

  /**
   * Appends Emit's text to a StringBuilder.
   *
   * @example
   * const sb = new StringBuilder(); sb.Append('x');
   * new JsonObject().EmitSb(sb); //=> true
   * sb.GetAsString(); //=> 'x{}'
   */
  EmitSb(sb: StringBuilder): boolean {
    if (!(sb instanceof StringBuilder)) return reportFailure(this, 'EmitSb', 'the argument must be a StringBuilder');
    sb.Append(this.Emit());
    return reportSuccess(this);
  }

  /**
   * Converts the document to a strict pathpatch builder (`payload()`); numbers keep their text as raw numbers.
   *
   * @param options - the builder's options (`gaps`, `conflicts`, `protoKeys`...), strict by default.
   * @throws {JsonValueError} when the document is not plain JSON: duplicate keys (from Load), key,
   *   string or number text that is not valid JSON (from Load or `invalidJson: 'allow'`), or a
   *   placeholder object; the message names the path.
   * @example
   * const json = new JsonObject();
   * json.UpdateNumber('price', '1.50');
   * json.UpdateString('tags[0]', 'a');
   * json.toBuilder().set('tags[1]', 'b').emit(); //=> '{"price":1.50,"tags":["a","b"]}'
   */
  toBuilder(options?: PayloadOptions): Payload {
    return payload(convertToPlainJson(this.#state.node), options);
  }
}
