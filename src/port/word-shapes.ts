/**
 * Recognisers for the languages whose statements are words rather than
 * dotted calls: Tcl (`CkJsonObject_UpdateString $json "a" "b"`), T-SQL
 * (`EXEC sp_OAMethod @json, 'UpdateString', @ok OUT, 'a', 'b'`) and DataFlex
 * (`Get ComUpdateString Of hoJson "a" "b" To iOk`). Each produces the same
 * {@link Action}s as the dot-call languages.
 *
 * @example
 * recognizeTcl(splitStatements(tokenize('set json [new_CkJsonObject]', tcl), tcl)[0]!, tcl).kind; //=> 'assign'
 */
import { recognizeDot, type Action } from './actions.js';
import { parseArgumentList, parseExpression, parseWords, type Expr } from './expression.js';
import type { LanguageSpec } from './language-spec.js';
import type { Token } from './lexer.js';
import type { Statement } from './statements.js';

function word(token: Token | undefined): string {
  return (token?.text ?? '').toLowerCase();
}

/** Tcl: `cmd word...`, `set x value`, `set x [cmd word...]`. */
function tclCommand(tokens: readonly Token[], spec: LanguageSpec, start: number, stop: number): Expr {
  const name = tokens[start]?.text ?? '';
  return { kind: 'call', callee: { kind: 'name', name }, args: parseWords(tokens, spec, start + 1, stop) };
}

/**
 * Recognises one Tcl command.
 *
 * @param statement - The statement.
 * @param spec - The Tcl spec.
 * @returns What the command does.
 * @example
 * recognizeTcl(statement, tcl).kind; //=> 'eval'
 */
export function recognizeTcl(statement: Statement, spec: LanguageSpec): Action {
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  if (tokens[0]?.type !== 'ident' || ['load', 'package', 'puts', 'if', 'exit', 'proc', 'return', 'else', 'elseif', 'for', 'foreach', 'while'].includes(head)) return { kind: 'skip' };
  if (head === 'set' && tokens[1]) {
    const target = tokens[1].text;
    if (tokens[2]?.text === '[' && tokens.at(-1)?.text === ']') return { kind: 'assign', target, expr: parseWords(tokens, spec, 2, tokens.length)[0] ?? tclCommand(tokens, spec, 3, tokens.length - 1) };
    return { kind: 'assign', target, expr: parseWords(tokens, spec, 2, tokens.length)[0] ?? { kind: 'string', value: '' } };
  }
  // `append s "x" $y` adds text to a variable.
  if (head === 'append' && tokens[1]) {
    const name = tokens[1].text;
    return { kind: 'assign', target: name, expr: parseWords(tokens, spec, 2, tokens.length).reduce<Expr>((left, right) => ({ kind: 'binary', op: 'adjacent', left, right }), { kind: 'name', name }) };
  }
  if (head === 'incr' && tokens[1]) {
    const name = tokens[1].text;
    return { kind: 'assign', target: name, expr: { kind: 'binary', op: '+', left: { kind: 'name', name }, right: parseWords(tokens, spec, 2, tokens.length)[0] ?? { kind: 'number', text: '1' } } };
  }
  return { kind: 'eval', expr: tclCommand(tokens, spec, 0, tokens.length) };
}

function member(objectName: string, method: string, args: readonly Expr[]): Expr {
  return { kind: 'call', callee: { kind: 'member', object: { kind: 'name', name: objectName }, name: method }, args };
}

/**
 * Recognises one T-SQL statement of OLE automation (`sp_OACreate`, `sp_OAMethod`, `sp_OASetProperty`).
 *
 * @param statement - The statement.
 * @param spec - The SQL spec.
 * @returns What the statement does.
 * @example
 * recognizeSql(statement, sql).kind; //=> 'eval'
 */
export function recognizeSql(statement: Statement, spec: LanguageSpec): Action {
  let tokens = statement.tokens;
  const head = word(tokens[0]);
  if (head === 'declare') {
    const eq = tokens.findIndex((token) => token.text === '=');
    const target = tokens[1]?.text;
    return eq > 0 && target !== undefined ? { kind: 'assign', target, expr: parseExpression(tokens, spec, eq + 1).expr } : { kind: 'skip' };
  }
  if (head === 'set' || head === 'select') {
    const eq = tokens.findIndex((token) => token.text === '=' || token.text === '+=');
    const target = tokens[1]?.text;
    if (eq !== 2 || target === undefined) return { kind: 'skip' };
    const value = parseExpression(tokens, spec, eq + 1).expr;
    return { kind: 'assign', target, expr: tokens[eq]?.text === '+=' ? { kind: 'binary', op: '+', left: { kind: 'name', name: target }, right: value } : value };
  }
  if (head !== 'exec' && head !== 'execute') return { kind: 'skip' };
  tokens = tokens.slice(1);
  if (tokens[1]?.text === '=') tokens = tokens.slice(2);
  const procedure = word(tokens[0]);
  const { args } = parseArgumentList(tokens.filter((token) => !/^(?:out|output)$/i.test(token.text)), spec, 1);
  const [handle, second, third, ...rest] = args;
  if (procedure === 'sp_oacreate' && second?.kind === 'name') return { kind: 'assign', target: second.name, expr: { kind: 'call', callee: { kind: 'name', name: 'CreateObject' }, args: handle ? [handle] : [] } };
  if (handle?.kind !== 'name' || second?.kind !== 'string') return { kind: 'skip' };
  if (procedure === 'sp_oasetproperty' && third) return { kind: 'set', object: handle, property: second.value, expr: third };
  if (procedure === 'sp_oagetproperty' && third?.kind === 'name') return { kind: 'assign', target: third.name, expr: { kind: 'member', object: handle, name: second.value } };
  if (procedure === 'sp_oamethod') {
    const call = member(handle.name, second.value, rest);
    return third?.kind === 'name' ? { kind: 'assign', target: third.name, expr: call } : { kind: 'eval', expr: call };
  }
  return { kind: 'skip' };
}

/**
 * Recognises one DataFlex statement (`Get`/`Set`/`Send ... Of handle ... To x`, `Move x To y`).
 *
 * @param statement - The statement.
 * @param spec - The DataFlex spec.
 * @returns What the statement does.
 * @example
 * recognizeDataflex(statement, dataflex).kind; //=> 'assign'
 */
export function recognizeDataflex(statement: Statement, spec: LanguageSpec): Action {
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  const toAt = tokens.findLastIndex((token) => word(token) === 'to');
  if (head === 'move' && toAt > 1) {
    return { kind: 'assign', target: tokens[toAt + 1]?.text ?? '', expr: parseExpression(tokens.slice(0, toAt), spec, 1).expr };
  }
  if (head !== 'get' && head !== 'set' && head !== 'send') {
    if (['for', 'loop', 'if', 'else', 'begin', 'end', 'procedure', 'end_procedure', 'use', 'showln', 'function', 'end_function', 'object', 'end_object', 'return', 'case'].includes(head)) return { kind: 'skip' };
    return tokens.every((token) => token.type === 'ident') ? { kind: 'skip' } : recognizeDot(statement, spec);
  }
  const method = tokens[1]?.text ?? '';
  if (head === 'get' && word(tokens[1]) === 'create' && toAt > 0) {
    const className = tokens.find((token) => /^cCom/i.test(token.text))?.text ?? '';
    return { kind: 'assign', target: tokens[toAt + 1]?.text ?? '', expr: { kind: 'call', callee: { kind: 'name', name: 'CreateObject' }, args: [{ kind: 'string', value: className }] } };
  }
  if (word(tokens[1]) === 'createcomobject') return { kind: 'skip' };
  if (word(tokens[2]) !== 'of' || tokens[3]?.type !== 'ident') return { kind: 'unknown', message: `cannot read this ${tokens[0]?.text ?? ''} statement` };
  const handle = tokens[3].text;
  if (word(tokens[1]) === 'pvcomobject' && toAt > 0) return { kind: 'assign', target: tokens[toAt + 1]?.text ?? '', expr: { kind: 'name', name: handle } };
  const stop = head === 'send' || toAt < 0 ? tokens.length : toAt;
  const args = parseWords(tokens, spec, 4, stop);
  if (head === 'set') {
    const value = parseWords(tokens, spec, toAt + 1, tokens.length)[0];
    // `Set pvComObject Of hoResp To vResp` makes the handle that object.
    if (word(tokens[1]) === 'pvcomobject' && value) return { kind: 'assign', target: handle, expr: value };
    return value ? { kind: 'set', object: { kind: 'name', name: handle }, property: method.replace(/^Com/i, ''), expr: value } : { kind: 'skip' };
  }
  const call = member(handle, method, args);
  return head === 'get' && toAt > 0 ? { kind: 'assign', target: tokens[toAt + 1]?.text ?? '', expr: call } : { kind: 'eval', expr: call };
}

/**
 * Recognises one statement in its language's shape: dotted calls, Tcl words, T-SQL OLE automation or
 * DataFlex `Get`/`Set`/`Send`. The one place the shape is chosen; the flat reader and the statement
 * reader both ask here.
 *
 * @param statement - The statement.
 * @param spec - The language.
 * @returns What the statement does.
 * @example
 * recognizeStatement(statement, sql).kind; //=> 'eval'
 */
export function recognizeStatement(statement: Statement, spec: LanguageSpec): Action {
  switch (spec.shape) {
    case 'tcl':
      return recognizeTcl(statement, spec);
    case 'sql':
      return recognizeSql(statement, spec);
    case 'dataflex':
      return recognizeDataflex(statement, spec);
    case 'dot':
      return recognizeDot(statement, spec);
  }
}
