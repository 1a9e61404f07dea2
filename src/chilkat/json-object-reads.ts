import { emitChilkatNode } from './emit-chilkat.js';
import { JsonObjectPaths } from './json-object-paths.js';
import { reportAnswer, reportFailure, reportMissing, reportSuccess } from './last-call.js';
import { entryAt } from './model.js';
import { chilkatTypeCode, readChilkatBool, readChilkatInt, readChilkatText } from './node-read.js';
import { StringBuilder } from './string-builder.js';

/**
 * The reads layer of JsonObject: values by path (StringOf, IntOf, …, HasMember) and members by index
 * (NameAt, StringAt, …, TypeAt). Reads never change the document.
 *
 * @example
 * const json = new JsonObject(); json.UpdateInt('a', 1);
 * json.IntOf('a'); //=> 1
 */
export class JsonObjectReads extends JsonObjectPaths {
  /** The number of members of this object. */
  get Size(): number {
    return this.state.node.members.length;
  }

  /**
   * Reads the text at a path (strings unescaped, numbers as written, arrays as JSON); null if missing or an object.
   *
   * @example
   * const json = new JsonObject(); json.UpdateString('a', 'x"y');
   * json.StringOf('a'); //=> 'x"y'
   */
  StringOf(path: string): string | null {
    const node = this.readPath(path);
    const text = node === undefined ? undefined : readChilkatText(node);
    if (text === undefined) return reportMissing(this, 'StringOf', node === undefined ? `nothing at path ${JSON.stringify(path)}` : `an object is at path ${JSON.stringify(path)}`);
    return reportAnswer(this, text);
  }

  /**
   * Appends the text at a path to a StringBuilder.
   *
   * @returns false (and the builder unchanged) when nothing readable is there.
   * @example
   * const sb = new StringBuilder(); new JsonObject().StringOfSb('a', sb); //=> false
   */
  StringOfSb(path: string, sb: StringBuilder): boolean {
    const node = this.readPath(path);
    const text = node === undefined ? undefined : readChilkatText(node);
    if (text === undefined || !(sb instanceof StringBuilder)) {
      return reportFailure(this, 'StringOfSb', `nothing readable at path ${JSON.stringify(path)}`);
    }
    sb.Append(text);
    return reportSuccess(this);
  }

  /**
   * Reads an integer at a path the way C's atoi would (0 when missing or not numeric).
   *
   * @example
   * const json = new JsonObject(); json.UpdateString('n', '12abc');
   * json.IntOf('n'); //=> 12
   */
  IntOf(path: string): number {
    return reportAnswer(this, readChilkatInt(this.readPath(path)));
  }

  /**
   * Reads an unsigned integer at a path (0 for negative text).
   *
   * @example
   * new JsonObject().UIntOf('missing'); //=> 0
   */
  UIntOf(path: string): number {
    const node = this.readPath(path);
    const text = node === undefined ? undefined : readChilkatText(node);
    // A negative text reads as 0; larger values wrap modulo 2^32 (observed).
    return reportAnswer(this, text === undefined || /^[ \t]*-/.test(text) ? 0 : readChilkatInt(node) >>> 0);
  }

  /**
   * Reads a boolean at a path: true for `true` or the string "true" (any case), else false.
   *
   * @example
   * new JsonObject().BoolOf('missing'); //=> false
   */
  BoolOf(path: string): boolean {
    return reportAnswer(this, readChilkatBool(this.readPath(path)));
  }

  /**
   * Tells whether the value at a path is null.
   *
   * @example
   * new JsonObject().IsNullOf('missing'); //=> false
   */
  IsNullOf(path: string): boolean {
    return reportAnswer(this, this.readPath(path)?.kind === 'null');
  }

  /**
   * The type code at a path: 1 string, 2 number, 3 object, 4 array, 5 bool, 6 null, -1 missing.
   *
   * @example
   * new JsonObject().JsonTypeOf('missing'); //=> -1
   */
  JsonTypeOf(path: string): number {
    return reportAnswer(this, chilkatTypeCode(this.readPath(path)));
  }

  /**
   * The size of the array at a path, or -1.
   *
   * @example
   * new JsonObject().SizeOfArray('missing'); //=> -1
   */
  SizeOfArray(path: string): number {
    const node = this.readPath(path);
    return reportAnswer(this, node?.kind === 'array' ? node.items.length : -1);
  }

  /**
   * Tells whether something (null included) is at a path.
   *
   * @example
   * new JsonObject().HasMember('a'); //=> false
   */
  HasMember(path: string): boolean {
    return this.readPath(path) === undefined ? reportFailure(this, 'HasMember', `nothing at path ${JSON.stringify(path)}`) : reportSuccess(this);
  }

  /**
   * The name of the member at an index, unescaped; null when out of range.
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a', 1);
   * json.NameAt(0); //=> 'a'
   */
  NameAt(index: number): string | null {
    const member = entryAt(this.state.node.members, index);
    if (member === undefined) return reportMissing(this, 'NameAt', `no member at index ${String(index)}`);
    return reportAnswer(this, readChilkatText({ kind: 'string', text: member.key }) ?? '');
  }

  /**
   * The text of the member at an index (as StringOf, but an object gives its JSON); null when out of range.
   *
   * @example
   * new JsonObject().StringAt(0); //=> null
   */
  StringAt(index: number): string | null {
    const member = entryAt(this.state.node.members, index);
    // Unlike StringOf, StringAt gives an object's JSON text (observed).
    const text = member === undefined ? undefined : member.value.kind === 'object' ? emitChilkatNode(member.value, { compact: true, crlf: false }) : readChilkatText(member.value);
    if (text === undefined) return reportMissing(this, 'StringAt', `nothing at index ${String(index)}`);
    return reportAnswer(this, text);
  }

  /**
   * The integer of the member at an index (as IntOf).
   *
   * @example
   * new JsonObject().IntAt(0); //=> 0
   */
  IntAt(index: number): number {
    reportSuccess(this);
    return readChilkatInt(entryAt(this.state.node.members, index)?.value);
  }

  /**
   * The boolean of the member at an index (as BoolOf).
   *
   * @example
   * new JsonObject().BoolAt(0); //=> false
   */
  BoolAt(index: number): boolean {
    reportSuccess(this);
    return readChilkatBool(entryAt(this.state.node.members, index)?.value);
  }

  /**
   * The type code of the member at an index (as JsonTypeOf).
   *
   * @example
   * new JsonObject().TypeAt(0); //=> -1
   */
  TypeAt(index: number): number {
    reportSuccess(this);
    // Before the object was ever used Chilkat answers 0, not -1 (observed).
    if (!this.state.touched) return 0;
    return chilkatTypeCode(entryAt(this.state.node.members, index)?.value);
  }
}
