import { JsonObjectReads } from './json-object-reads.js';
import { reportFailure } from './last-call.js';
import { StringBuilder } from './string-builder.js';
import { makeBoolValue, makeIntValue, makeNumberValue, makeStringValue, makeUIntValue } from './values.js';

/**
 * The updates layer of JsonObject: Update* and Set*Of, which write at a path and create what is missing.
 *
 * @example
 * new JsonObject().UpdateString('a.b', 'x'); //=> true
 */
export class JsonObjectUpdates extends JsonObjectReads {
  /**
   * Sets a string at a path, creating what is missing on the way.
   *
   * @returns false when the path fails (type clash, malformed path) or the key would make invalid JSON.
   * @example
   * new JsonObject().UpdateString('a.b[0]', 'x'); //=> true
   */
  UpdateString(path: string, value: string): boolean {
    return this.updatePath('UpdateString', path, makeStringValue(value, this.state.allowInvalid));
  }

  /**
   * Sets a 32-bit integer at a path (-2147483648 prints as Chilkat's `-8`).
   *
   * @example
   * new JsonObject().UpdateInt('n', 5); //=> true
   */
  UpdateInt(path: string, value: number): boolean {
    return this.updatePath('UpdateInt', path, makeIntValue(value));
  }

  /**
   * Sets an unsigned 32-bit integer at a path.
   *
   * @example
   * new JsonObject().UpdateUInt('n', 4294967295); //=> true
   */
  UpdateUInt(path: string, value: number): boolean {
    return this.updatePath('UpdateUInt', path, makeUIntValue(value));
  }

  /**
   * Sets `true` or `false` at a path.
   *
   * @example
   * new JsonObject().UpdateBool('on', true); //=> true
   */
  UpdateBool(path: string, value: boolean): boolean {
    return this.updatePath('UpdateBool', path, makeBoolValue(value));
  }

  /**
   * Sets a number given as text, kept exactly (`1.50` stays `1.50`); the first `,` becomes `.`.
   *
   * @returns false when the text is not a JSON number (unless `invalidJson: 'allow'`).
   * @example
   * new JsonObject().UpdateNumber('price', '1.50'); //=> true
   */
  UpdateNumber(path: string, numericStr: string | number): boolean {
    return this.updatePath('UpdateNumber', path, makeNumberValue(numericStr, this.state.allowInvalid));
  }

  /**
   * Sets `null` at a path.
   *
   * @example
   * new JsonObject().UpdateNull('x'); //=> true
   */
  UpdateNull(path: string): boolean {
    return this.updatePath('UpdateNull', path, { node: { kind: 'null' } });
  }

  /**
   * Ensures an object at a path; an existing object is kept with its content.
   *
   * At a final array index it leaves Chilkat's placeholder object, which prints `{}` but cannot be entered.
   *
   * @example
   * new JsonObject().UpdateNewObject('meta'); //=> true
   */
  UpdateNewObject(path: string): boolean {
    return this.updatePath('UpdateNewObject', path, { type: 'object' });
  }

  /**
   * Puts a new empty array at a path (an existing array is emptied).
   *
   * @example
   * new JsonObject().UpdateNewArray('tags'); //=> true
   */
  UpdateNewArray(path: string): boolean {
    return this.updatePath('UpdateNewArray', path, { type: 'array' });
  }

  /**
   * Sets a string taken from a StringBuilder.
   *
   * @example
   * const sb = new StringBuilder(); sb.Append('x');
   * new JsonObject().UpdateSb('a', sb); //=> true
   */
  UpdateSb(path: string, sb: StringBuilder): boolean {
    if (!(sb instanceof StringBuilder)) return reportFailure(this, 'UpdateSb', 'the second argument must be a StringBuilder');
    return this.updatePath('UpdateSb', path, makeStringValue(sb.GetAsString(), this.state.allowInvalid));
  }

  /**
   * Same as UpdateString (in Chilkat 9.5.0.96 Set*Of also creates missing paths).
   *
   * @example
   * new JsonObject().SetStringOf('a', 'x'); //=> true
   */
  SetStringOf(path: string, value: string): boolean {
    return this.updatePath('SetStringOf', path, makeStringValue(value, this.state.allowInvalid));
  }

  /**
   * Same as UpdateInt.
   *
   * @example
   * new JsonObject().SetIntOf('a', 1); //=> true
   */
  SetIntOf(path: string, value: number): boolean {
    return this.updatePath('SetIntOf', path, makeIntValue(value));
  }

  /**
   * Same as UpdateBool.
   *
   * @example
   * new JsonObject().SetBoolOf('a', false); //=> true
   */
  SetBoolOf(path: string, value: boolean): boolean {
    return this.updatePath('SetBoolOf', path, makeBoolValue(value));
  }

  /**
   * Same as UpdateNumber.
   *
   * @example
   * new JsonObject().SetNumberOf('a', '2.0'); //=> true
   */
  SetNumberOf(path: string, value: string | number): boolean {
    return this.updatePath('SetNumberOf', path, makeNumberValue(value, this.state.allowInvalid));
  }

  /**
   * Same as UpdateNull.
   *
   * @example
   * new JsonObject().SetNullOf('a'); //=> true
   */
  SetNullOf(path: string): boolean {
    return this.updatePath('SetNullOf', path, { node: { kind: 'null' } });
  }
}
