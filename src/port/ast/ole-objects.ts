/**
 * PowerBuilder's two-step object creation: `loo_Json = create oleobject` makes an empty OLE object and
 * `li_rc = loo_Json.ConnectToNewObject("Chilkat.JsonObject")` makes it a Chilkat object (returning 0 for
 * success). The reader turns the second step into the object's creation, so `run` and the translator see
 * a Chilkat object from there on; a ProgID that is not a Chilkat class is reported.
 *
 * @example
 * readOleObject(tokenize('li_rc = loo_Json.ConnectToNewObject("Chilkat.JsonObject")', powerbuilder), powerbuilder, place)?.length; //=> 2
 */
import { classOf } from '../chilkat-names.js';
import { parseWhole } from '../expression.js';
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import type { SourcePlace, Statement } from './nodes.js';

/**
 * Reads `x = create oleobject` and `[rc =] x.ConnectToNewObject("ProgID")`, if the statement is one.
 *
 * @param tokens - The statement's tokens.
 * @param spec - The language.
 * @param place - The statement's line and source.
 * @returns The statements it stands for, or `undefined`.
 * @example
 * readOleObject(tokenize('loo_Http = create oleobject', powerbuilder), powerbuilder, place)?.[0]?.kind; //=> 'assign'
 */
export function readOleObject(tokens: readonly Token[], spec: LanguageSpec, place: SourcePlace): Statement[] | undefined {
  const equals = tokens.findIndex((token) => token.type === 'op' && token.text === '=');
  const target = equals === 1 && tokens[0]?.type === 'ident' ? tokens[0].text : undefined;
  const right = tokens.slice(equals === 1 ? 2 : 0);
  // Until it is connected, the object is nothing the porter follows.
  if (target !== undefined && right.length === 2 && /^create$/i.test(right[0]?.text ?? '') && /^oleobject$/i.test(right[1]?.text ?? '')) {
    return [{ kind: 'assign', ...place, target: { kind: 'name', name: target }, op: '=', value: { kind: 'null' } }];
  }
  const call = parseWhole(right, spec);
  if (call?.kind !== 'call' || call.callee.kind !== 'member' || !/^ConnectToNewObject$/i.test(call.callee.name) || call.callee.object.kind !== 'name') return undefined;
  const object = call.callee.object.name;
  const progId = call.args[0];
  const className = progId?.kind === 'string' && call.args.length === 1 ? classOf(progId.value) : undefined;
  if (className === undefined) return [{ kind: 'unsupported', ...place, message: 'ConnectToNewObject of a class the porter does not follow', target: object }];
  const connected: Statement = { kind: 'assign', ...place, target: { kind: 'name', name: object }, op: '=', value: { kind: 'create-object', className } };
  return target === undefined ? [connected] : [connected, { kind: 'assign', ...place, target: { kind: 'name', name: target }, op: '=', value: { kind: 'number', text: '0' } }];
}
