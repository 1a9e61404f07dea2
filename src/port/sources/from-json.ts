import type { IrScript } from '../ir.js';
import { jsonToUpdates } from './json-leaves.js';

/**
 * Reads a sample JSON body into the porter's IR: one `Update*` call per leaf on a JsonObject, and no request.
 *
 * @param text - the sample body (a JSON object).
 * @returns the IR.
 * @throws {JsonSyntaxError} when the text is not a JSON object.
 * @example
 * ```ts
 * jsonSampleToIr('{"sso":true}').nodes;
 * //=> [{ kind: 'new', line: 1, handle: 'json', class: 'JsonObject' }, { kind: 'update', ..., method: 'UpdateBool', path: 'sso', ... }]
 * ```
 */
export function jsonSampleToIr(text: string): IrScript {
  return { language: 'json', nodes: [{ kind: 'new', line: 1, handle: 'json', class: 'JsonObject' }, ...jsonToUpdates(text, 'json', 1)] };
}
