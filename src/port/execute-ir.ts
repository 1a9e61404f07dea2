import { isSecretName, REDACTED } from '../send/index.js';
import { chooseHttpAuth } from './http-auth.js';
import type { IrScript } from './ir.js';
import { LiveObjects } from './live-objects.js';

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
  const live = new LiveObjects();
  const skipped: { line: number; message: string }[] = [];
  const untranslated: { line: number; message: string }[] = [];
  const headers: [string, string][] = [];
  const http: { token?: string; basicOn?: boolean; login?: string; password?: string } = {};
  let request: ExecutedRequest | undefined;
  for (const node of script.nodes) {
    if (LiveObjects.executes(node)) {
      // JsonObject, JsonArray and StringBuilder calls: executed on pathpatch/chilkat, a false return noted.
      const failure = live.apply(node);
      if (failure !== undefined) skipped.push({ line: node.line, message: failure });
      continue;
    }
    switch (node.kind) {
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
            ? live.sb(node.body.handle).GetAsString()
            : node.body.kind === 'json'
              ? (live.json(node.body.handle) ?? live.jsonObject(node.body.handle)).Emit()
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
  return { ...(request === undefined ? {} : { request }), bodies: live.bodies(), skipped, untranslated };
}

function authOf(http: { token?: string; basicOn?: boolean; login?: string; password?: string }, headers: readonly (readonly [string, string])[]): Pick<ExecutedRequest, 'token' | 'basic'> {
  const chosen = chooseHttpAuth({ ...http, basicAuth: http.basicOn === true, authorizationHeader: headers.some(([name]) => /^authorization$/i.test(name)) });
  if (chosen === 'token' && http.token !== undefined) return { token: http.token };
  return chosen === 'basic' ? { basic: { username: http.login ?? '', password: http.password ?? '' } } : {};
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
