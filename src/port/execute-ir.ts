import { JsonObject } from '../chilkat/json-object.js';
import { StringBuilder } from '../chilkat/string-builder.js';
import { isSecretName, REDACTED } from '../send/index.js';
import { applyOption, applyUpdate } from './chilkat-evaluator.js';
import { chooseHttpAuth } from './http-auth.js';
import type { IrScript } from './ir.js';

/**
 * The request a script makes, as `pathpatch run` reconstructs it by executing the script's calls.
 *
 * @example
 * ```ts
 * const request: ExecutedRequest = { method: 'PATCH', url: 'https://{{host}}/v1/items/:id', headers: [], body: '{"a":1}' };
 * ```
 */
export interface ExecutedRequest {
  readonly method: string;
  /** The URL as the script wrote it (`{{vars}}` and `:params` kept). */
  readonly url: string;
  /** Header names and values as the script set them (secrets included: redact before printing). */
  readonly headers: readonly (readonly [string, string])[];
  /** The bearer token (`AuthToken`), if any. */
  readonly token?: string;
  /** Basic credentials (`BasicAuth` with `Login`/`Password`), if any. */
  readonly basic?: { readonly username: string; readonly password: string };
  /** The body text, byte for byte what Chilkat would have sent, or `undefined` for none. */
  readonly body?: string;
  readonly contentType?: string;
}

/**
 * What executing a script's IR gives: the request (when it sends one), the body objects, and what was skipped.
 *
 * @example
 * ```ts
 * const { request, bodies, skipped } = executeIr(ir);
 * ```
 */
export interface Execution {
  readonly request?: ExecutedRequest;
  /** The text of each JsonObject at the end, by variable name. */
  readonly bodies: ReadonlyMap<string, string>;
  /** `line: message` for calls that could not be executed. */
  readonly skipped: readonly { readonly line: number; readonly message: string }[];
  /** The statements among `skipped` the porter could not translate (not Chilkat's own failures): the request may differ from the script's. */
  readonly untranslated: readonly { readonly line: number; readonly message: string }[];
}

/**
 * Executes a script's JSON building and request set-up on the Chilkat compatibility layer, so the body
 * is exactly what Chilkat would have emitted (its path rules, I/J/K, delimiter, emit settings).
 * Nothing is sent: the caller decides what to do with the request.
 *
 * @param script - the IR of a script.
 * @returns the request and the body texts.
 * @example
 * ```ts
 * executeIr(readScript(source, { file: 'update.au3' })).request?.body; //=> '{"name":"x"}'
 * ```
 */
export function executeIr(script: IrScript): Execution {
  const jsons = new Map<string, JsonObject>();
  const sbs = new Map<string, StringBuilder>();
  const skipped: { line: number; message: string }[] = [];
  const untranslated: { line: number; message: string }[] = [];
  const headers: [string, string][] = [];
  const http: { token?: string; basicOn?: boolean; login?: string; password?: string } = {};
  let request: ExecutedRequest | undefined;
  const json = (handle: string): JsonObject => getOrCreate(jsons, handle, () => new JsonObject());
  const sb = (handle: string): StringBuilder => getOrCreate(sbs, handle, () => new StringBuilder());
  for (const node of script.nodes) {
    switch (node.kind) {
      case 'new':
        if (node.class === 'JsonObject') jsons.set(node.handle, new JsonObject());
        if (node.class === 'StringBuilder') sbs.set(node.handle, new StringBuilder());
        break;
      case 'update': {
        const target = json(node.handle);
        if (!applyUpdate(target, node.method, node.path, node.value, node.sb === undefined ? undefined : sb(node.sb))) {
          skipped.push({ line: node.line, message: `${node.method}(${JSON.stringify(node.path)}) returned false: ${target.LastErrorText.split('\n')[0] ?? ''}` });
        }
        break;
      }
      case 'json-option':
        applyOption(json(node.handle), node.name, node.value);
        break;
      case 'sb-append':
        sb(node.handle).Append(node.text);
        break;
      case 'emit-sb':
        json(node.handle).EmitSb(sb(node.sb));
        break;
      case 'http-option':
        if (node.name === 'AuthToken') http.token = String(node.value);
        else if (node.name === 'BasicAuth') http.basicOn = node.value === true;
        else if (node.name === 'Login') http.login = String(node.value);
        else if (node.name === 'Password') http.password = String(node.value);
        else if (node.name === 'Accept') headers.push(['Accept', String(node.value)]);
        else if (node.name === 'UserAgent') headers.push(['User-Agent', String(node.value)]);
        break;
      case 'header':
        headers.push([node.name, node.value]);
        break;
      case 'send': {
        if (request !== undefined) {
          const second = { line: node.line, message: 'a second request is not run: pathpatch run makes the first request of a script only' };
          skipped.push(second);
          untranslated.push(second);
          break;
        }
        const body =
          node.body.kind === 'sb'
            ? sb(node.body.handle).GetAsString()
            : node.body.kind === 'json'
              ? json(node.body.handle).Emit()
              : node.body.kind === 'text'
                ? node.body.text
                : undefined;
        request = {
          method: node.method.toUpperCase(),
          url: node.url,
          headers: [...headers],
          // One credential, chosen as Chilkat chooses (src/port/http-auth.ts).
          ...authOf(http, headers),
          ...(body === undefined ? {} : { body }),
          ...(node.contentType === undefined ? {} : { contentType: node.contentType }),
        };
        break;
      }
      case 'unsupported':
        skipped.push({ line: node.line, message: node.message });
        untranslated.push({ line: node.line, message: node.message });
        break;
    }
  }
  const bodies = new Map([...jsons].map(([handle, object]) => [handle, object.Emit()] as const));
  return { ...(request === undefined ? {} : { request }), bodies, skipped, untranslated };
}

function authOf(http: { token?: string; basicOn?: boolean; login?: string; password?: string }, headers: readonly (readonly [string, string])[]): Pick<ExecutedRequest, 'token' | 'basic'> {
  const chosen = chooseHttpAuth({ ...http, basicAuth: http.basicOn === true, authorizationHeader: headers.some(([name]) => /^authorization$/i.test(name)) });
  if (chosen === 'token' && http.token !== undefined) return { token: http.token };
  return chosen === 'basic' ? { basic: { username: http.login ?? '', password: http.password ?? '' } } : {};
}

function getOrCreate<Value>(map: Map<string, Value>, key: string, make: () => Value): Value {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The request's headers for printing: secret values (Authorization, tokens, keys) replaced by a mask.
 *
 * @example
 * ```ts
 * redactedHeaders(request); //=> { Authorization: 'Bearer [redacted]', 'Content-Type': 'application/json' }
 * ```
 */
export function redactedHeaders(request: ExecutedRequest): Record<string, string> {
  const out: Record<string, string> = {};
  if (request.token !== undefined) out['Authorization'] = `Bearer ${REDACTED}`;
  else if (request.basic !== undefined) out['Authorization'] = `Basic ${REDACTED}`;
  for (const [name, value] of request.headers) {
    // "Bearer abc" keeps its scheme word; a bare credential ("sk_live_...") is masked whole.
    const scheme = /^([A-Za-z][\w-]*)\s+\S/.exec(value)?.[1];
    out[name] = name.toLowerCase() === 'authorization' ? (scheme === undefined ? REDACTED : `${scheme} ${REDACTED}`) : isSecretName(name) ? REDACTED : value;
  }
  if (request.body !== undefined && !Object.keys(out).some((k) => k.toLowerCase() === 'content-type')) out['Content-Type'] = request.contentType ?? 'application/json';
  return out;
}
