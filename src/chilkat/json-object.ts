import { chilkatDelimiterOf, chilkatDelimiterText, trimChilkatBlanks } from './delimiter.js';
import { emitChilkatNode, emitChilkatRoot } from './emit-chilkat.js';
import { JsonArray } from './json-array.js';
import { loadChilkatText } from './load-chilkat.js';
import { createArrayNode, createObjectNode, findMemberIndex, insertMember, removeMemberAt, replaceMembers, type ChilkatNode, type ChilkatObjectNode } from './model.js';
import { chilkatTypeCode, readChilkatBool, readChilkatInt, readChilkatText } from './node-read.js';
import { parseChilkatPath, type ChilkatPathPlan } from './parse-chilkat-path.js';
import { readChilkatPath, writeChilkatPath, type ChilkatWrite } from './path-engine.js';
import { StringBuilder } from './string-builder.js';
import { explainInvalidKeyText } from './text.js';
import { convertToPlainJson } from './to-plain-json.js';
import { payload, type PayloadOptions } from '../builder/index.js';
import type { Payload } from '../types/payload.js';
import {
  checkMemberName,
  INVALID_JSON_PHRASE,
  makeBoolValue,
  makeIntValue,
  makeNumberValue,
  makeRawNumberValue,
  makeStringValue,
  makeUIntValue,
  type ChilkatValueResult,
} from './values.js';

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

function toInt32(value: unknown): number {
  // Properties cannot report failure, so they take what C# `unchecked((int)x)` would.
  return Number(value) | 0;
}

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
export class JsonObject {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'JsonObject';
  }

  #node: ChilkatObjectNode;
  readonly #allowInvalid: boolean;
  #touched: boolean;
  #delimiter = '.';
  #pathPrefix = '';
  #i = 0;
  #j = 0;
  #k = 0;

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
    this.#node = createObjectNode();
    this.#allowInvalid = options.invalidJson === 'allow';
    this.#touched = false;
  }

  /** @internal Wraps an existing object node (ObjectOf, JsonArray.ObjectAt). */
  static fromNode(node: ChilkatObjectNode, allowInvalid: boolean): JsonObject {
    const json = new JsonObject({ invalidJson: allowInvalid ? 'allow' : 'refuse' });
    json.#node = node;
    json.#touched = true;
    return json;
  }

  /** @internal The node a JsonObject stands for (the porter locates parts of a document by it). */
  static nodeOf(json: JsonObject): ChilkatObjectNode {
    return json.#node;
  }

  get #root(): ChilkatObjectNode {
    return this.#node;
  }

  /**
   * The path delimiter (default `.`). Set: blanks trimmed, first character kept, empty ignored; a
   * non-ASCII character acts by the first byte of its UTF-8 form and reads back as U+FFFD (§9.1).
   */
  get DelimiterChar(): string {
    return chilkatDelimiterText(this.#delimiter);
  }
  set DelimiterChar(value: string) {
    this.#delimiter = chilkatDelimiterOf(String(value)) ?? this.#delimiter;
  }

  /** Text put in front of every path (getters included); trimmed of blanks when set. */
  get PathPrefix(): string {
    return this.#pathPrefix;
  }
  set PathPrefix(value: string) {
    this.#pathPrefix = trimChilkatBlanks(String(value));
  }

  /** The value of `[i]` in paths. */
  get I(): number {
    return this.#i;
  }
  set I(value: number) {
    this.#i = toInt32(value);
  }

  /** The value of `[j]` in paths. */
  get J(): number {
    return this.#j;
  }
  set J(value: number) {
    this.#j = toInt32(value);
  }

  /** The value of `[k]` in paths. */
  get K(): number {
    return this.#k;
  }
  set K(value: number) {
    this.#k = toInt32(value);
  }

  /** The number of members of this object. */
  get Size(): number {
    return this.#root.members.length;
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

  #plan(path: unknown): ChilkatPathPlan | undefined {
    if (typeof path !== 'string') return undefined;
    return parseChilkatPath(this.#pathPrefix + path, this.#delimiter);
  }

  #update(method: string, path: unknown, write: ChilkatWrite | ChilkatValueResult): boolean {
    this.#touched = true;
    const plan = this.#plan(path);
    if (plan === undefined) return this.#fail(method, 'the path must be a string');
    const where = `path ${JSON.stringify(path)}`;
    if ('refused' in write) return this.#fail(method, `${where}: ${write.refused}`);
    if (!this.#allowInvalid) {
      const steps = plan.final === undefined ? plan.through.map((item) => item.step) : [...plan.through.map((item) => item.step), plan.final];
      for (const step of steps) {
        if (step.type !== 'member') continue;
        if (step.split !== undefined) {
          const { char, at } = step.split;
          const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
          return this.#fail(method, `${where}: the delimiter cuts ${code} at ${at} after its first UTF-8 byte; Chilkat writes the other bytes into the next key, where they are not UTF-8, so it ${INVALID_JSON_PHRASE}`);
        }
        const problem = explainInvalidKeyText(step.key);
        if (problem !== undefined) {
          return this.#fail(method, `${where}: the key ${JSON.stringify(step.key)} has ${problem}; Chilkat prints keys from paths unescaped, so it ${INVALID_JSON_PHRASE}`);
        }
      }
    }
    const finalWrite: ChilkatWrite = 'node' in write ? { type: 'scalar', make: () => write.node } : write;
    const result = writeChilkatPath(this.#root, plan, finalWrite, { I: this.#i, J: this.#j, K: this.#k });
    return result.ok ? this.#succeed() : this.#fail(method, `${where}: ${result.reason}`);
  }

  #read(path: unknown): ChilkatNode | undefined {
    const plan = this.#plan(path);
    return plan === undefined ? undefined : readChilkatPath(this.#root, plan, { I: this.#i, J: this.#j, K: this.#k });
  }

  /**
   * Sets a string at a path, creating what is missing on the way.
   *
   * @returns false when the path fails (type clash, malformed path) or the key would make invalid JSON.
   * @example
   * new JsonObject().UpdateString('a.b[0]', 'x'); //=> true
   */
  UpdateString(path: string, value: string): boolean {
    return this.#update('UpdateString', path, makeStringValue(value, this.#allowInvalid));
  }

  /**
   * Sets a 32-bit integer at a path (-2147483648 prints as Chilkat's `-8`).
   *
   * @example
   * new JsonObject().UpdateInt('n', 5); //=> true
   */
  UpdateInt(path: string, value: number): boolean {
    return this.#update('UpdateInt', path, makeIntValue(value));
  }

  /**
   * Sets an unsigned 32-bit integer at a path.
   *
   * @example
   * new JsonObject().UpdateUInt('n', 4294967295); //=> true
   */
  UpdateUInt(path: string, value: number): boolean {
    return this.#update('UpdateUInt', path, makeUIntValue(value));
  }

  /**
   * Sets `true` or `false` at a path.
   *
   * @example
   * new JsonObject().UpdateBool('on', true); //=> true
   */
  UpdateBool(path: string, value: boolean): boolean {
    return this.#update('UpdateBool', path, makeBoolValue(value));
  }

  /**
   * Sets a number given as text, kept exactly (`1.50` stays `1.50`); the first `,` becomes `.`.
   *
   * @returns false when the text is not a JSON number (unless `invalidJson: 'allow'`).
   * @example
   * new JsonObject().UpdateNumber('price', '1.50'); //=> true
   */
  UpdateNumber(path: string, numericStr: string | number): boolean {
    return this.#update('UpdateNumber', path, makeNumberValue(numericStr, this.#allowInvalid));
  }

  /**
   * Sets `null` at a path.
   *
   * @example
   * new JsonObject().UpdateNull('x'); //=> true
   */
  UpdateNull(path: string): boolean {
    return this.#update('UpdateNull', path, { node: { kind: 'null' } });
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
    return this.#update('UpdateNewObject', path, { type: 'object' });
  }

  /**
   * Puts a new empty array at a path (an existing array is emptied).
   *
   * @example
   * new JsonObject().UpdateNewArray('tags'); //=> true
   */
  UpdateNewArray(path: string): boolean {
    return this.#update('UpdateNewArray', path, { type: 'array' });
  }

  /**
   * Sets a string taken from a StringBuilder.
   *
   * @example
   * const sb = new StringBuilder(); sb.Append('x');
   * new JsonObject().UpdateSb('a', sb); //=> true
   */
  UpdateSb(path: string, sb: StringBuilder): boolean {
    if (!(sb instanceof StringBuilder)) return this.#fail('UpdateSb', 'the second argument must be a StringBuilder');
    return this.#update('UpdateSb', path, makeStringValue(sb.GetAsString(), this.#allowInvalid));
  }

  /**
   * Same as UpdateString (in Chilkat 9.5.0.96 Set*Of also creates missing paths).
   *
   * @example
   * new JsonObject().SetStringOf('a', 'x'); //=> true
   */
  SetStringOf(path: string, value: string): boolean {
    return this.#update('SetStringOf', path, makeStringValue(value, this.#allowInvalid));
  }

  /**
   * Same as UpdateInt.
   *
   * @example
   * new JsonObject().SetIntOf('a', 1); //=> true
   */
  SetIntOf(path: string, value: number): boolean {
    return this.#update('SetIntOf', path, makeIntValue(value));
  }

  /**
   * Same as UpdateBool.
   *
   * @example
   * new JsonObject().SetBoolOf('a', false); //=> true
   */
  SetBoolOf(path: string, value: boolean): boolean {
    return this.#update('SetBoolOf', path, makeBoolValue(value));
  }

  /**
   * Same as UpdateNumber.
   *
   * @example
   * new JsonObject().SetNumberOf('a', '2.0'); //=> true
   */
  SetNumberOf(path: string, value: string | number): boolean {
    return this.#update('SetNumberOf', path, makeNumberValue(value, this.#allowInvalid));
  }

  /**
   * Same as UpdateNull.
   *
   * @example
   * new JsonObject().SetNullOf('a'); //=> true
   */
  SetNullOf(path: string): boolean {
    return this.#update('SetNullOf', path, { node: { kind: 'null' } });
  }

  /**
   * Reads the text at a path (strings unescaped, numbers as written, arrays as JSON); null if missing or an object.
   *
   * @example
   * const json = new JsonObject(); json.UpdateString('a', 'x"y');
   * json.StringOf('a'); //=> 'x"y'
   */
  StringOf(path: string): string | null {
    const node = this.#read(path);
    const text = node === undefined ? undefined : readChilkatText(node);
    if (text === undefined) {
      this.#fail('StringOf', node === undefined ? `nothing at path ${JSON.stringify(path)}` : `an object is at path ${JSON.stringify(path)}`);
      return null;
    }
    this.#succeed();
    return text;
  }

  /**
   * Appends the text at a path to a StringBuilder.
   *
   * @returns false (and the builder unchanged) when nothing readable is there.
   * @example
   * const sb = new StringBuilder(); new JsonObject().StringOfSb('a', sb); //=> false
   */
  StringOfSb(path: string, sb: StringBuilder): boolean {
    const node = this.#read(path);
    const text = node === undefined ? undefined : readChilkatText(node);
    if (text === undefined || !(sb instanceof StringBuilder)) {
      return this.#fail('StringOfSb', `nothing readable at path ${JSON.stringify(path)}`);
    }
    sb.Append(text);
    return this.#succeed();
  }

  /**
   * Reads an integer at a path the way C's atoi would (0 when missing or not numeric).
   *
   * @example
   * const json = new JsonObject(); json.UpdateString('n', '12abc');
   * json.IntOf('n'); //=> 12
   */
  IntOf(path: string): number {
    const value = readChilkatInt(this.#read(path));
    this.#succeed();
    return value;
  }

  /**
   * Reads an unsigned integer at a path (0 for negative text).
   *
   * @example
   * new JsonObject().UIntOf('missing'); //=> 0
   */
  UIntOf(path: string): number {
    const node = this.#read(path);
    const text = node === undefined ? undefined : readChilkatText(node);
    // A negative text reads as 0; larger values wrap modulo 2^32 (observed).
    const value = text === undefined || /^[ \t]*-/.test(text) ? 0 : readChilkatInt(node) >>> 0;
    this.#succeed();
    return value;
  }

  /**
   * Reads a boolean at a path: true for `true` or the string "true" (any case), else false.
   *
   * @example
   * new JsonObject().BoolOf('missing'); //=> false
   */
  BoolOf(path: string): boolean {
    const value = readChilkatBool(this.#read(path));
    this.#succeed();
    return value;
  }

  /**
   * Tells whether the value at a path is null.
   *
   * @example
   * new JsonObject().IsNullOf('missing'); //=> false
   */
  IsNullOf(path: string): boolean {
    const value = this.#read(path)?.kind === 'null';
    this.#succeed();
    return value;
  }

  /**
   * The type code at a path: 1 string, 2 number, 3 object, 4 array, 5 bool, 6 null, -1 missing.
   *
   * @example
   * new JsonObject().JsonTypeOf('missing'); //=> -1
   */
  JsonTypeOf(path: string): number {
    const code = chilkatTypeCode(this.#read(path));
    this.#succeed();
    return code;
  }

  /**
   * The size of the array at a path, or -1.
   *
   * @example
   * new JsonObject().SizeOfArray('missing'); //=> -1
   */
  SizeOfArray(path: string): number {
    const node = this.#read(path);
    this.#succeed();
    return node?.kind === 'array' ? node.items.length : -1;
  }

  /**
   * Tells whether something (null included) is at a path.
   *
   * @example
   * new JsonObject().HasMember('a'); //=> false
   */
  HasMember(path: string): boolean {
    return this.#read(path) === undefined ? this.#fail('HasMember', `nothing at path ${JSON.stringify(path)}`) : this.#succeed();
  }

  /**
   * The object at a path as a JsonObject sharing this document (changes show in both); null otherwise.
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a.b', 1);
   * json.ObjectOf('a')?.Emit(); //=> '{"b":1}'
   */
  ObjectOf(path: string): JsonObject | null {
    const node = this.#read(path);
    if (node?.kind !== 'object') {
      this.#fail('ObjectOf', `no object at path ${JSON.stringify(path)}`);
      return null;
    }
    this.#succeed();
    return JsonObject.fromNode(node, this.#allowInvalid);
  }

  /**
   * The array at a path as a JsonArray sharing this document; null otherwise.
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a[0]', 1);
   * json.ArrayOf('a')?.Size; //=> 1
   */
  ArrayOf(path: string): JsonArray | null {
    const node = this.#read(path);
    if (node?.kind !== 'array') {
      this.#fail('ArrayOf', `no array at path ${JSON.stringify(path)}`);
      return null;
    }
    this.#succeed();
    return JsonArray.fromNode(node, this.#allowInvalid, { compact: this.EmitCompact, crlf: this.EmitCrLf });
  }

  /**
   * The name of the member at an index, unescaped; null when out of range.
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a', 1);
   * json.NameAt(0); //=> 'a'
   */
  NameAt(index: number): string | null {
    const member = Number.isInteger(index) && index >= 0 ? this.#root.members[index] : undefined;
    if (member === undefined) {
      this.#fail('NameAt', `no member at index ${String(index)}`);
      return null;
    }
    this.#succeed();
    return readChilkatText({ kind: 'string', text: member.key }) ?? '';
  }

  /**
   * The text of the member at an index (as StringOf, but an object gives its JSON); null when out of range.
   *
   * @example
   * new JsonObject().StringAt(0); //=> null
   */
  StringAt(index: number): string | null {
    const member = Number.isInteger(index) && index >= 0 ? this.#root.members[index] : undefined;
    // Unlike StringOf, StringAt gives an object's JSON text (observed).
    const text = member === undefined ? undefined : member.value.kind === 'object' ? emitChilkatNode(member.value, { compact: true, crlf: false }) : readChilkatText(member.value);
    if (text === undefined) {
      this.#fail('StringAt', `nothing at index ${String(index)}`);
      return null;
    }
    this.#succeed();
    return text;
  }

  /**
   * The integer of the member at an index (as IntOf).
   *
   * @example
   * new JsonObject().IntAt(0); //=> 0
   */
  IntAt(index: number): number {
    this.#succeed();
    return readChilkatInt(Number.isInteger(index) && index >= 0 ? this.#root.members[index]?.value : undefined);
  }

  /**
   * The boolean of the member at an index (as BoolOf).
   *
   * @example
   * new JsonObject().BoolAt(0); //=> false
   */
  BoolAt(index: number): boolean {
    this.#succeed();
    return readChilkatBool(Number.isInteger(index) && index >= 0 ? this.#root.members[index]?.value : undefined);
  }

  /**
   * The type code of the member at an index (as JsonTypeOf).
   *
   * @example
   * new JsonObject().TypeAt(0); //=> -1
   */
  TypeAt(index: number): number {
    this.#succeed();
    // Before the object was ever used Chilkat answers 0, not -1 (observed).
    if (!this.#touched) return 0;
    return chilkatTypeCode(Number.isInteger(index) && index >= 0 ? this.#root.members[index]?.value : undefined);
  }

  /**
   * Removes the first member with this name (a name, not a path; PathPrefix is ignored).
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a', 1);
   * json.Delete('a'); //=> true
   */
  Delete(name: string): boolean {
    const index = findMemberIndex(this.#root, name);
    if (index < 0) return this.#fail('Delete', `no member named ${JSON.stringify(name)}`);
    removeMemberAt(this.#root, index);
    return this.#succeed();
  }

  /**
   * Removes the member at an index; like Chilkat, true also when the index is out of range (false on a fresh object).
   *
   * @example
   * new JsonObject().DeleteAt(3); //=> true
   */
  DeleteAt(index: number): boolean {
    // Chilkat answers false only while its document does not exist yet; any index is fine after that.
    if (!this.#touched) return this.#fail('DeleteAt', 'the object is empty');
    removeMemberAt(this.#root, index);
    return this.#succeed();
  }

  /**
   * Removes every member.
   *
   * @example
   * new JsonObject().Clear();
   */
  Clear(): void {
    // Chilkat's document exists only once something used it; clearing it marks it "emptied" for pretty output.
    if (this.#touched) this.#root.everHadMembers = true;
    this.#touched = true;
    replaceMembers(this.#root, []);
    this.#succeed();
  }

  #add(method: string, index: number, name: unknown, value: ChilkatValueResult | ChilkatNode): boolean {
    this.#touched = true;
    const problem = checkMemberName(name, this.#allowInvalid);
    if (problem !== undefined) return this.#fail(method, problem);
    if ('refused' in value) return this.#fail(method, value.refused);
    if (!Number.isInteger(index)) return this.#fail(method, 'the index must be an integer');
    insertMember(this.#root, index, name as string, 'node' in value ? value.node : value);
    return this.#succeed();
  }

  /**
   * Appends a string member (a duplicate name adds a second member); the name is not a path.
   *
   * @example
   * new JsonObject().AppendString('a', 'x'); //=> true
   */
  AppendString(name: string, value: string): boolean {
    return this.#add('AppendString', -1, name, makeStringValue(value, this.#allowInvalid));
  }

  /**
   * Appends an integer member.
   *
   * @example
   * new JsonObject().AppendInt('n', 1); //=> true
   */
  AppendInt(name: string, value: number): boolean {
    return this.#add('AppendInt', -1, name, makeIntValue(value));
  }

  /**
   * Appends a boolean member.
   *
   * @example
   * new JsonObject().AppendBool('b', true); //=> true
   */
  AppendBool(name: string, value: boolean): boolean {
    return this.#add('AppendBool', -1, name, makeBoolValue(value));
  }

  /**
   * Appends an empty object member and returns it.
   *
   * @example
   * new JsonObject().AppendObject('o')?.Size; //=> 0
   */
  AppendObject(name: string): JsonObject | null {
    const node = createObjectNode();
    if (!this.#add('AppendObject', -1, name, node)) return null;
    return JsonObject.fromNode(node, this.#allowInvalid);
  }

  /**
   * Appends an empty array member and returns it.
   *
   * @example
   * new JsonObject().AppendArray('a')?.Size; //=> 0
   */
  AppendArray(name: string): JsonArray | null {
    const node = createArrayNode();
    if (!this.#add('AppendArray', -1, name, node)) return null;
    return JsonArray.fromNode(node, this.#allowInvalid, { compact: this.EmitCompact, crlf: this.EmitCrLf });
  }

  /**
   * Inserts a string member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddStringAt(-1, 'a', 'x'); //=> true
   */
  AddStringAt(index: number, name: string, value: string): boolean {
    return this.#add('AddStringAt', index, name, makeStringValue(value, this.#allowInvalid));
  }

  /**
   * Inserts an integer member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddIntAt(-1, 'n', 1); //=> true
   */
  AddIntAt(index: number, name: string, value: number): boolean {
    return this.#add('AddIntAt', index, name, makeIntValue(value));
  }

  /**
   * Inserts a boolean member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddBoolAt(-1, 'b', false); //=> true
   */
  AddBoolAt(index: number, name: string, value: boolean): boolean {
    return this.#add('AddBoolAt', index, name, makeBoolValue(value));
  }

  /**
   * Inserts a null member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddNullAt(-1, 'z'); //=> true
   */
  AddNullAt(index: number, name: string): boolean {
    return this.#add('AddNullAt', index, name, { kind: 'null' });
  }

  /**
   * Inserts a number member from text kept exactly (no comma rule, unlike UpdateNumber).
   *
   * @example
   * new JsonObject().AddNumberAt(-1, 'n', '2.50'); //=> true
   */
  AddNumberAt(index: number, name: string, numericStr: string): boolean {
    return this.#add('AddNumberAt', index, name, makeRawNumberValue(numericStr, this.#allowInvalid));
  }

  /**
   * Inserts an empty object member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddObjectAt(-1, 'o'); //=> true
   */
  AddObjectAt(index: number, name: string): boolean {
    return this.#add('AddObjectAt', index, name, createObjectNode());
  }

  /**
   * Inserts an empty array member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddArrayAt(-1, 'a'); //=> true
   */
  AddArrayAt(index: number, name: string): boolean {
    return this.#add('AddArrayAt', index, name, createArrayNode());
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
    const root = this.#root;
    let result: ReturnType<typeof loadChilkatText>;
    try {
      result = loadChilkatText(String(json), this.LowerCaseNames);
    } catch (error) {
      // Never a throw: text nested deeper than the reader's stack can follow is treated as unreadable.
      if (!(error instanceof RangeError)) throw error;
      result = { ok: false, reason: 'the text is nested too deeply to read' };
    }
    root.everHadMembers = this.#touched;
    this.#touched = true;
    replaceMembers(root, []);
    if (!result.ok) {
      this.LastMethodSuccess = true;
      this.LastErrorText = `Load: ${result.reason}; the object is left empty (Chilkat 9.5.0.96 returns true here too)`;
      return true;
    }
    replaceMembers(root, result.members);
    if (root.members.length > 0) root.everHadMembers = true;
    return this.#succeed();
  }

  /**
   * Load from a StringBuilder's text.
   *
   * @example
   * const sb = new StringBuilder(); sb.Append('{}');
   * new JsonObject().LoadSb(sb); //=> true
   */
  LoadSb(sb: StringBuilder): boolean {
    if (!(sb instanceof StringBuilder)) return this.#fail('LoadSb', 'the argument must be a StringBuilder');
    return this.Load(sb.GetAsString());
  }

  /**
   * The document as JSON text, byte for byte as Chilkat prints it (EmitCompact, EmitCrLf).
   *
   * @example
   * new JsonObject().Emit(); //=> '{}'
   */
  Emit(): string {
    this.#touched = true;
    try {
      const text = emitChilkatRoot(this.#root, { compact: this.EmitCompact, crlf: this.EmitCrLf });
      this.#succeed();
      return text;
    } catch (error) {
      // Never a throw: a document nested deeper than the writer's stack can follow gives '' and a reason.
      if (!(error instanceof RangeError)) throw error;
      this.#fail('Emit', 'the document is nested too deeply to write');
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
    if (!(sb instanceof StringBuilder)) return this.#fail('EmitSb', 'the argument must be a StringBuilder');
    sb.Append(this.Emit());
    return this.#succeed();
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
    return payload(convertToPlainJson(this.#root), options);
  }
}
