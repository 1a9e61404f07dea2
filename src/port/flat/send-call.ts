/**
 * A request the script sends: each Http send method's argument layout, read
 * into a `send` IR node.
 *
 * @example
 * readSend(state, evaluate, http, 'PostJson3', args).kind; //=> 'object' (the response, when assigned)
 */
import type { Expr } from '../expression.js';
import type { IrBody, IrNode } from '../ir.js';
import type { ReadingState } from './reading-state.js';
import { followed, isScalar, show, Unsupported, type ObjectRef, type SymbolicValue } from './symbolic-value.js';

/** Evaluates an expression of the script. */
type Evaluate = (expr: Expr) => SymbolicValue;

/**
 * Reads a send call into a `send` node, marks the request sent, and returns the response.
 *
 * @param state - The reading.
 * @param evaluate - Evaluates an argument.
 * @param ref - The Http object.
 * @param method - The canonical send method.
 * @param args - The arguments.
 * @returns The response object, when the statement assigns it, else an unknown value.
 * @throws {@link Unsupported} for an argument the reader cannot follow.
 * @example
 * readSend(state, evaluate, http, 'QuickGetStr', [url]); //=> { kind: 'unknown', why: 'response' }
 */
export function readSend(state: ReadingState, evaluate: Evaluate, ref: ObjectRef, method: string, args: readonly Expr[]): SymbolicValue {
  const value = (index: number): SymbolicValue | undefined => {
    const arg = args[index];
    return arg ? evaluate(arg) : undefined;
  };
  const text = (index: number, what: string): string => show(followed(value(index), `the ${what}`));
  const bodyOf = (index: number, kind: 'sb' | 'json' | 'text'): IrBody => {
    const body = value(index);
    // A null body is not the text "null": Chilkat gets no object at all.
    if (body?.kind === 'null') throw new Unsupported(`the body of ${method} is null`);
    if (kind !== 'text' && body?.kind === 'object') return { kind, handle: body.ref.handle };
    if (body?.kind === 'json-text') return { kind: 'json', handle: body.handle };
    if (isScalar(body)) return { kind: 'text', text: show(body) };
    throw new Unsupported(`cannot follow the body of ${method}`);
  };
  const responseOf = (index: number): { response?: string } => {
    const arg = args[index];
    const response = arg ? state.named(evaluate(arg)) : undefined;
    return response?.kind === 'object' ? { response: response.ref.handle } : {};
  };
  let node: Extract<IrNode, { kind: 'send' }>;
  const base = { kind: 'send', line: state.line, handle: ref.handle, call: method } as const;
  const target = state.target;
  const withTarget = target === undefined ? {} : { response: target };
  switch (method) {
    case 'PTextSb':
    case 'PText':
      node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: bodyOf(2, method === 'PTextSb' ? 'sb' : 'text'), charset: text(3, 'charset'), contentType: text(4, 'content type'), ...withTarget };
      break;
    case 'HttpSb':
    case 'HttpStr': {
      const response = responseOf(5);
      node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: bodyOf(2, method === 'HttpSb' ? 'sb' : 'text'), charset: text(3, 'charset'), contentType: text(4, 'content type'), ...response };
      break;
    }
    case 'HttpJson': {
      const response = responseOf(4);
      node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: bodyOf(2, 'json'), contentType: text(3, 'content type'), ...response };
      break;
    }
    case 'HttpNoBody': {
      const response = responseOf(2);
      node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: { kind: 'none' }, ...response };
      break;
    }
    case 'PostJson':
      node = { ...base, method: 'POST', url: text(0, 'URL'), body: bodyOf(1, 'text'), contentType: 'application/json', ...withTarget };
      break;
    case 'PostJson2':
    case 'PostJson3':
      node = { ...base, method: 'POST', url: text(0, 'URL'), contentType: text(1, 'content type'), body: bodyOf(2, method === 'PostJson3' ? 'json' : 'text'), ...withTarget };
      break;
    case 'PutText':
      node = { ...base, method: 'PUT', url: text(0, 'URL'), body: bodyOf(1, 'text'), charset: text(2, 'charset'), contentType: text(3, 'content type'), ...withTarget };
      break;
    default:
      node = { ...base, method: /Delete/.test(method) ? 'DELETE' : /Put/.test(method) ? 'PUT' : 'GET', url: text(0, 'URL'), body: { kind: 'none' }, ...withTarget };
  }
  state.nodes.push(node);
  state.sent = true;
  state.sendLine = state.line;
  // The response object is not ported as a `new` node: main() handles the response itself.
  return target === undefined ? { kind: 'unknown', why: 'response' } : { kind: 'object', ref: { handle: target, cls: 'HttpResponse', line: state.line, afterSend: true } };
}
