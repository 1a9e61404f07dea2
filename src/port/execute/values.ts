/**
 * The values of a running script: the built-ins' value kinds (text, integer, float, boolean, null,
 * list with its lower bound, dictionary), a Chilkat object, or a value the porter cannot know (with why).
 *
 * @example
 * const value: RunValue = { kind: 'unknown', why: 'the response of the request on line 10, which --dry-run does not make' };
 */
import type { JsonArray } from '../../chilkat/json-array.js';
import type { JsonObject } from '../../chilkat/json-object.js';
import type { StringBuilder } from '../../chilkat/string-builder.js';
import type { ScriptValue } from '../builtins/index.js';
import type { IrClass } from '../ir.js';

/**
 * A plain value, as the built-ins see it (their value kinds).
 *
 * @example
 * const n: PlainValue = { kind: 'integer', value: 3 };
 */
export type PlainValue = ScriptValue;

/**
 * What an `Http` object holds: the credentials and headers set on it.
 *
 * @example
 * const state: HttpState = { headers: [] };
 */
export interface HttpState {
  token?: string;
  login?: string;
  password?: string;
  basicAuth?: boolean;
  headers: [string, string][];
}

/**
 * A response: the status and body, or `undefined` ones when the request was not made (`--dry-run`).
 *
 * @example
 * const response: ResponseState = { line: 10, status: 200, body: '{}' };
 */
export interface ResponseState {
  readonly line: number;
  readonly status?: number;
  readonly body?: string;
}

/**
 * A Chilkat object of the script, on the one Chilkat engine (`pathpatch/chilkat`).
 *
 * @example
 * const object: ChilkatObject = { className: 'StringBuilder', id: 1, sb: new StringBuilder() };
 */
export interface ChilkatObject {
  readonly className: IrClass;
  /** Creation order, for names in messages. */
  readonly id: number;
  readonly json?: JsonObject;
  /** A JsonArray: made empty, or a part of a JsonObject's document (`ArrayOf`, `ArrayAt`). */
  readonly array?: JsonArray;
  readonly sb?: StringBuilder;
  readonly http?: HttpState;
  response?: ResponseState;
  /** Why the object's content is not known (a JsonObject loaded from a response `--dry-run` did not get). */
  pending?: UnknownValue;
}

/**
 * Any value of a running script.
 *
 * @example
 * const value: RunValue = { kind: 'text', value: 'a' };
 */
export type RunValue = PlainValue | { readonly kind: 'object'; readonly object: ChilkatObject } | UnknownValue;

/**
 * A value the porter cannot know, and why. `awaitsResponse` marks one that only a response `--dry-run`
 * did not get is missing for: a real run knows it.
 *
 * @example
 * const value: UnknownValue = { kind: 'unknown', why: 'the response of the request on line 4, which --dry-run does not make', awaitsResponse: true };
 */
export interface UnknownValue {
  readonly kind: 'unknown';
  readonly why: string;
  readonly awaitsResponse?: boolean;
}

/**
 * Thrown when a statement needs something the porter cannot translate or know; the statement is
 * reported on its line and `run` refuses to send what it built.
 *
 * @example
 * throw new NotTranslated('cannot follow the value of x');
 */
export class NotTranslated extends Error {
  override readonly name = 'NotTranslated';

  /**
   * @param message - What could not be translated.
   * @param awaitsResponse - Whether only a response `--dry-run` did not get is missing.
   */
  constructor(message: string, readonly awaitsResponse = false) {
    super(message);
  }
}

/**
 * The value as a plain one, or a {@link NotTranslated} naming `what` needed it.
 *
 * @param value - Any value.
 * @param what - What needs a plain value (`the path of UpdateString`).
 * @returns The plain value.
 * @throws {@link NotTranslated} for an unknown value or an object.
 * @example
 * plain({ kind: 'integer', value: 1 }, 'the index'); //=> { kind: 'integer', value: 1 }
 */
export function plain(value: RunValue, what: string): PlainValue {
  if (value.kind === 'unknown') throw new NotTranslated(`cannot follow ${what} (${value.why})`, value.awaitsResponse === true);
  if (value.kind === 'object') throw new NotTranslated(`${what} is a Chilkat ${value.object.className}, not a value`);
  return value;
}

/**
 * A number value from a literal's text: an integer when it has no fraction or exponent.
 *
 * @param text - As written (`12`, `-3`, `3.5`, `0x1F`, `&H1F`).
 * @returns The value.
 * @example
 * numberFromText('3.5'); //=> { kind: 'float', value: 3.5 }
 */
export function numberFromText(text: string): PlainValue {
  if (/^&h/i.test(text)) return { kind: 'integer', value: Number.parseInt(text.slice(2), 16) };
  const value = Number(text);
  return /^[-+]?(?:\d+|0[xob][\da-f]+)$/i.test(text) ? { kind: 'integer', value } : { kind: 'float', value };
}
