/**
 * The request calls of Chilkat's `Http` (`PTextSb`, `PostJson3`, `HttpJson`, `QuickGetStr`...): where each
 * takes its method, URL, body and content type, and the request `run` makes from them.
 *
 * @example
 * SEND_LAYOUTS.PostJson3; //=> { method: 'POST', url: 1 - 1, contentType: 1, body: { at: 2, from: 'json' } }
 */
import { chooseHttpAuth } from '../http-auth.js';
import type { ExecutedRequest } from '../execute-ir.js';
import { NotTranslated, plain, type ChilkatObject, type PlainValue, type RunValue } from './values.js';

/**
 * Where a send call's parts are among its arguments (an index) or what they are fixed to (text).
 *
 * @example
 * const layout: SendLayout = { method: 0, url: 1, body: { at: 2, from: 'sb' }, contentType: 4 };
 */
export interface SendLayout {
  readonly method: number | string;
  readonly url: number;
  readonly body?: { readonly at: number; readonly from: 'sb' | 'json' | 'text' };
  readonly contentType?: number | string;
  /** An `HttpResponse` argument that receives the response (`HttpJson`, `HttpSb`, `HttpNoBody`). */
  readonly response?: number;
}

/**
 * Every send call the porter runs.
 *
 * @example
 * SEND_LAYOUTS.PTextSb?.body; //=> { at: 2, from: 'sb' }
 */
export const SEND_LAYOUTS: Readonly<Record<string, SendLayout>> = {
  PTextSb: { method: 0, url: 1, body: { at: 2, from: 'sb' }, contentType: 4 },
  PText: { method: 0, url: 1, body: { at: 2, from: 'text' }, contentType: 4 },
  HttpSb: { method: 0, url: 1, body: { at: 2, from: 'sb' }, contentType: 4, response: 5 },
  HttpStr: { method: 0, url: 1, body: { at: 2, from: 'text' }, contentType: 4, response: 5 },
  HttpJson: { method: 0, url: 1, body: { at: 2, from: 'json' }, contentType: 3, response: 4 },
  HttpNoBody: { method: 0, url: 1, response: 2 },
  PostJson: { method: 'POST', url: 0, body: { at: 1, from: 'text' }, contentType: 'application/json' },
  PostJson2: { method: 'POST', url: 0, contentType: 1, body: { at: 2, from: 'text' } },
  PostJson3: { method: 'POST', url: 0, contentType: 1, body: { at: 2, from: 'json' } },
  PutText: { method: 'PUT', url: 0, body: { at: 1, from: 'text' }, contentType: 3 },
  QuickGetStr: { method: 'GET', url: 0 },
  QuickGetObj: { method: 'GET', url: 0 },
  QuickGet: { method: 'GET', url: 0 },
  QuickDeleteStr: { method: 'DELETE', url: 0 },
  QuickPutStr: { method: 'PUT', url: 0 },
};

function bodyText(value: RunValue | undefined, from: 'sb' | 'json' | 'text', call: string, asText: (value: PlainValue) => string): string {
  if (value?.kind === 'object') {
    if (from !== 'text' && value.object.sb) return value.object.sb.GetAsString();
    if (value.object.pending !== undefined) throw new NotTranslated(`the body of ${call} holds ${value.object.pending.why}`, value.object.pending.awaitsResponse === true);
    if (from !== 'text' && value.object.json) return value.object.json.Emit();
    if (from !== 'text' && value.object.array) return value.object.array.Emit();
    throw new NotTranslated(`the body of ${call} is a ${value.object.className}`);
  }
  const given = plain(value ?? { kind: 'null' }, `the body of ${call}`);
  if (given.kind === 'null') throw new NotTranslated(`the body of ${call} is null`);
  return asText(given);
}

/**
 * Builds the request a send call makes.
 *
 * @param http - The `Http` object it is called on.
 * @param call - The canonical method name (a key of {@link SEND_LAYOUTS}).
 * @param args - The call's argument values.
 * @param asText - The language's text of a value.
 * @returns The request, and the `HttpResponse` argument that receives the answer, if any.
 * @throws {@link NotTranslated} when a part cannot be known.
 * @example
 * makeRequest(http, 'QuickGetStr', [{ kind: 'text', value: 'https://x.example' }], text).request.method; //=> 'GET'
 */
export function makeRequest(http: ChilkatObject, call: string, args: readonly RunValue[], asText: (value: PlainValue) => string): { request: ExecutedRequest; response?: ChilkatObject } {
  const layout = SEND_LAYOUTS[call];
  if (layout === undefined || !http.http) throw new NotTranslated(`Http.${call} is not ported`);
  const part = (at: number | string, what: string): string => (typeof at === 'string' ? at : asText(plain(args[at] ?? { kind: 'null' }, `the ${what} of ${call}`)));
  const state = http.http;
  const contentType = layout.contentType === undefined ? undefined : part(layout.contentType, 'content type');
  const body = layout.body === undefined ? undefined : bodyText(args[layout.body.at], layout.body.from, call, asText);
  const authorization = state.headers.some(([name]) => /^authorization$/i.test(name));
  const chosen = chooseHttpAuth({ ...(state.token === undefined ? {} : { token: state.token }), basicAuth: state.basicAuth === true, ...(state.login === undefined ? {} : { login: state.login }), ...(state.password === undefined ? {} : { password: state.password }), authorizationHeader: authorization });
  const request: ExecutedRequest = {
    method: part(layout.method, 'HTTP method').toUpperCase(),
    url: part(layout.url, 'URL'),
    headers: state.headers.map(([name, value]) => [name, value] as const),
    ...(chosen === 'token' && state.token !== undefined ? { token: state.token } : {}),
    ...(chosen === 'basic' ? { basic: { username: state.login ?? '', password: state.password ?? '' } } : {}),
    ...(body === undefined ? {} : { body }),
    ...(contentType === undefined ? {} : { contentType }),
  };
  const target = layout.response === undefined ? undefined : args[layout.response];
  return { request, ...(target?.kind === 'object' && target.object.className === 'HttpResponse' ? { response: target.object } : {}) };
}
