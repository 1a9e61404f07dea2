/**
 * Builder style's `Http` objects: the settings each one has at each send, in
 * the order the script makes them (a setting made after a request applies to
 * the requests after it), and each send as `send(body, { url, method, token,
 * headers })`. Literal settings go through the flat port's request plan, so
 * both builder ports read credentials and headers the same way; an
 * `AuthToken` the script computes (a token read from the first response) is
 * written as computed.
 *
 * @example
 * const requests = new BuilderRequests(env);
 * requests.send(writer, 'http', { json: 'json', method: 'POST', url: urlArg, contentType: 'application/json' }).code; //=> "await send(json, { url: 'https://api.example/a', method: 'POST' })"
 */
import type { Expression } from '../ast/index.js';
import type { IrNode } from '../ir.js';
import { sendOptionSources } from '../codegen/request-source.js';
import { planRequest } from '../plan/request-plan.js';
import type { WrittenCall } from './call-writer.js';
import { argument, fromEnvironment } from './chilkat-calls.js';
import type { ExpressionWriter } from './expressions.js';

/** Http properties the request plan reads: literal text, or `BasicAuth`'s boolean. */
const HTTP_OPTIONS = new Set(['AuthToken', 'Login', 'Password', 'BasicAuth', 'Accept', 'UserAgent']);

/**
 * One send: the body's builder, the method, the URL argument as the script wrote it, the content type.
 *
 * @example
 * const request: Request = { json: 'json', method: 'PATCH', url: { kind: 'string', value: 'https://api.example/a' }, contentType: 'application/json' };
 */
export interface Request {
  readonly json: string;
  readonly method: string;
  readonly url: Expression | undefined;
  readonly contentType: string;
}

/**
 * The Http objects of one builder-style module.
 *
 * @example
 * new BuilderRequests(new Set()).sets('AuthToken'); //=> true
 */
export class BuilderRequests {
  readonly #env: Set<string>;
  /** Each Http object's settings, as the flat port's nodes (literal values only). */
  readonly #http = new Map<string, IrNode[]>();
  /** A computed AuthToken (the first response's token), per Http object. */
  readonly #tokens = new Map<string, string>();

  constructor(env: Set<string>) {
    this.#env = env;
  }

  /** A new Http object in the variable: no settings, no token. */
  create(http: string): void {
    this.#http.set(http, []);
    this.#tokens.delete(http);
  }

  /** Is this an Http property builder style writes into the send? */
  sets(name: string): boolean {
    return HTTP_OPTIONS.has(name);
  }

  /** Does a computed token some Http object holds read this variable (`tok.access_token`)? */
  tokenReads(id: string): boolean {
    const reads = new RegExp(`(?<![\\w$.])${id.replace(/\$/g, '\\$')}(?![\\w$])`);
    return [...this.#tokens.values()].some((token) => reads.test(token));
  }

  /** `http.SetRequestHeader(name, value)` with literal text. */
  header(writer: ExpressionWriter, http: string, depth: number, name: string, value: string): void {
    this.#setting(writer, http, depth, { kind: 'header', line: 0, handle: http, name, value });
  }

  /** `http.AuthToken = ...` and the other options: nothing to write now, the sends after it carry it. */
  setOption(writer: ExpressionWriter, http: string, name: string, value: Expression, depth: number): string {
    if (name === 'AuthToken' && value.kind !== 'string') {
      const token = writer.write(value);
      if (token.kind !== 'text' || depth !== 1) return writer.fail('an AuthToken computed inside a block');
      this.#tokens.set(http, token.code);
      return '';
    }
    const written = name === 'BasicAuth' ? argument(writer, 'boolean', value, name) : undefined;
    if (value.kind !== 'string' && written !== 'true' && written !== 'false') return writer.fail(`${name} set to a computed value`);
    if (name === 'AuthToken') this.#tokens.delete(http);
    this.#setting(writer, http, depth, { kind: 'http-option', line: 0, handle: http, name: name as 'AuthToken', value: value.kind === 'string' ? value.value : written === 'true' });
    return '';
  }

  /** A send through `http` with the settings it has now. */
  send(writer: ExpressionWriter, http: string, request: Request): WrittenCall {
    const { json, method, url: urlArg, contentType } = request;
    const url = urlArg?.kind === 'string' ? urlArg.value : '';
    const computed = urlArg?.kind === 'string' ? undefined : writer.write(urlArg ?? { kind: 'boolean', value: false });
    if (computed !== undefined && computed.kind !== 'text') return writer.fail(`a URL that is a ${computed.kind}`);
    const nodes: IrNode[] = [...(this.#http.get(http) ?? []), { kind: 'send', line: 0, handle: http, call: 'PTextSb', method, url, body: { kind: 'json', handle: json }, contentType }];
    const token = this.#tokens.get(http);
    const options = sendOptionSources(planRequest(nodes), method, computed?.code).map((option) => (token !== undefined && option.startsWith('token: ') ? `token: ${token}` : option));
    if (token !== undefined && !options.some((option) => option.startsWith('token: '))) options.push(`token: ${token}`);
    return { code: `await send(${json}, { ${options.map((option) => fromEnvironment(option, this.#env)).join(', ')} })`, sends: true };
  }

  #setting(writer: ExpressionWriter, http: string, depth: number, node: IrNode): void {
    // Settings are collected while translating: only those every run makes, in order, before the send.
    if (depth !== 1) return writer.fail('an Http setting inside a block');
    this.#http.get(http)?.push(node);
  }
}
