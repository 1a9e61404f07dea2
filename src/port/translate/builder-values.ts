/**
 * What builder style writes for a body's values: an `Update*` call's value
 * (`UpdateNumber` keeping the script's text), the body a `Load(text)` starts
 * from, and the member a `Delete(name)` removes. Each either says it the way
 * Chilkat does or refuses ({@link ExpressionWriter.fail}).
 *
 * @example
 * updateValue(writer, 'UpdateNumber', 'number', { kind: 'string', value: '1.50' }); //=> "rawNumber('1.50')"
 */
import type { Expression } from '../ast/index.js';
import { numberSource } from '../codegen/ts-text.js';
import { JsonObject } from '../../chilkat/json-object.js';
import { payload } from '../../builder/index.js';
import type { BodyType } from './body-type.js';
import { builderPath } from './builder-paths.js';
import { argument } from './chilkat-calls.js';
import type { ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';

/**
 * The value an `Update*` call sets.
 *
 * @param writer - The expression writer.
 * @param method - The update (`UpdateString`, `UpdateNumber`...).
 * @param parameter - The kind of value it takes (`text`, `integer`, `boolean`, `number`), none for `UpdateNull`/`UpdateNewArray`.
 * @param value - The script's value argument.
 * @returns Its source.
 * @example
 * updateValue(writer, 'UpdateNull', undefined, undefined); //=> 'null'
 */
export function updateValue(writer: ExpressionWriter, method: string, parameter: string | undefined, value: Expression | undefined): string {
  if (value === undefined) return method === 'UpdateNewArray' ? '[]' : 'null';
  if (parameter !== 'number') return argument(writer, parameter ?? 'text', value, method);
  // UpdateNumber keeps the script's text: a literal is checked now, computed text by rawNumber() when it runs
  // (it refuses text that is not a JSON number, where Chilkat would write it anyway).
  if (value.kind === 'string') return numberSource(value.value) ?? writer.fail(`${method} with text that is not a JSON number`);
  return `rawNumber(${argument(writer, 'text', value, method)})`;
}

/**
 * `Load(text)`: the base of a body made from the text, when the text is known now and the builder writes it
 * back as Chilkat does (JavaScript's parse would change number spellings, integer-like key order, escapes).
 *
 * @param writer - The expression writer.
 * @param text - The text loaded.
 * @param body - The body's interface name and shape (the loaded members are recorded in it).
 * @returns The base's source: the JSON, or the script's variable parsed when main() runs.
 * @example
 * loadedBody(writer, { code: "'{\"a\":1}'", kind: 'text', literal: '{"a":1}' }, body); //=> '{"a":1}'
 */
export function loadedBody(writer: ExpressionWriter, text: Typed, body: { readonly name: string; readonly type: BodyType } | undefined): string {
  const known = text.literal ?? text.known;
  if (known === undefined) return writer.fail('a Load of text the translator does not know');
  const loaded = new JsonObject();
  let parsed: unknown;
  try {
    parsed = JSON.parse(known);
  } catch {
    return writer.fail('a Load of text that is not JSON');
  }
  const plain = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && !known.includes('__proto__');
  if (!plain || !loaded.Load(known) || payload(parsed as object).emit() !== loaded.Emit()) return writer.fail('a Load of text the builder would write differently');
  body?.type.recordJson(parsed);
  // The script's own variable is parsed when main() runs: its text is the one checked here.
  return text.literal === undefined ? `JSON.parse(${text.code}) as ${body?.name ?? 'RequestBody'}` : JSON.stringify(parsed);
}

/**
 * `Delete(name)`: Chilkat takes a member's name, not a path; a constant name the builder reads as that one member.
 *
 * @param writer - The expression writer.
 * @param name - The name deleted.
 * @param type - The body's shape (the member is recorded in it).
 * @returns The path's source for `.remove()`.
 * @example
 * memberName(writer, { code: "'secret'", kind: 'text', literal: 'secret' }, type); //=> "'secret'"
 */
export function memberName(writer: ExpressionWriter, name: Typed, type: BodyType | undefined): string {
  const target = name.literal === undefined ? undefined : builderPath(writer, name);
  const [key] = target?.shape ?? [];
  if (target === undefined || target.shape.length !== 1 || typeof key !== 'string') return writer.fail('a Delete of a name that is not a constant member name');
  type?.mention([key]);
  return target.source;
}
