import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REDACTED, isSecretName } from '../send/redact.js';
import { FIELD_SCOPES, clientUpdateSchema } from './client-update-schema.js';
import { defaultMockClient } from './default-client.js';
import { applyMergePatch } from './merge-patch.js';
import { nestingDepth } from './nesting-depth.js';
import { validate } from './schema.js';

/**
 * A stored Auth0 client: any JSON object with a `client_id`.
 *
 * @example
 * ```ts
 * const client: MockClient = { client_id: 'abc', name: 'My App', callbacks: [] };
 * ```
 */
export interface MockClient {
  readonly client_id: string;
  readonly [field: string]: unknown;
}

/**
 * Options of {@link startMockAuth0}.
 *
 * @example
 * ```ts
 * const options: MockAuth0Options = { token: 'test-token', scopes: ['update:clients'] };
 * ```
 */
export interface MockAuth0Options {
  /**
   * The bearer token the mock accepts.
   * @default a random `mock-…` token, returned as `token`
   */
  readonly token?: string | undefined;
  /**
   * The clients it stores, the first one's id returned as `clientId`.
   * @default one regular web application
   */
  readonly clients?: readonly MockClient[] | undefined;
  /**
   * Scopes the token holds; fields needing another scope get 403 `insufficient_scope`.
   * @default ['update:clients', 'update:client_keys', 'update:client_credentials']
   */
  readonly scopes?: readonly string[] | undefined;
  /**
   * Largest request body, in bytes; a longer one gets 413 and its connection is closed.
   * @default 1_048_576 (1 MiB)
   */
  readonly maxBodySize?: number | undefined;
  /**
   * Deepest nesting of arrays and objects in a body; a deeper one gets 400 `invalid_body`
   * without being parsed. At most {@link MAX_MOCK_DEPTH}.
   * @default 64
   */
  readonly maxDepth?: number | undefined;
  /**
   * Milliseconds a client has to send a whole request, headers and body; a slower one
   * gets 408 and its connection is closed (Node's `requestTimeout`).
   * @default 10_000
   */
  readonly requestTimeout?: number | undefined;
}

/**
 * The largest `maxDepth` {@link startMockAuth0} accepts: its schema check and
 * merge recurse, and stay well inside the call stack up to this depth.
 *
 * @example
 * ```ts
 * await startMockAuth0({ maxDepth: MAX_MOCK_DEPTH + 1 }); // throws a RangeError naming the limit
 * ```
 */
export const MAX_MOCK_DEPTH = 1_000;

/**
 * Options of `rateLimit()`.
 *
 * @example
 * ```ts
 * auth0.rateLimit(2, { retryAfter: 0 }); // the next two requests get 429 with Retry-After: 0
 * ```
 */
export interface RateLimitOptions {
  /**
   * Seconds sent in `Retry-After` (and added to now for `x-ratelimit-reset`).
   * @default 1
   */
  readonly retryAfter?: number | undefined;
}

/**
 * One request the mock received. Credentials are redacted on record
 * (`authorization: 'Bearer [redacted]'`, secret-named headers `[redacted]`),
 * so printing `requests` in a failing test never puts a token in CI logs;
 * `authorized` tells whether the right token came.
 *
 * @example
 * ```ts
 * auth0.requests[0];
 * //=> { method: 'PATCH', url: '/api/v2/clients/…', headers: { authorization: 'Bearer [redacted]', … },
 * //     body: '{"name":"My App"}', json: { name: 'My App' }, authorized: true, status: 200 }
 * ```
 */
export interface MockRequest {
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  /** Header names lower case; credentials redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body text as received. */
  readonly body: string;
  /** The body parsed as JSON, or `undefined` when it was empty or not JSON. */
  readonly json: unknown;
  /** Whether the request carried the mock's bearer token. */
  readonly authorized: boolean;
  /** The status the mock answered with. */
  readonly status: number;
}

/**
 * A running mock of the Auth0 "Update a client" endpoint, made by {@link startMockAuth0}.
 *
 * @example
 * ```ts
 * const auth0: MockAuth0 = await startMockAuth0();
 * `${auth0.url}/api/v2/clients/${auth0.clientId}`; //=> 'http://127.0.0.1:<port>/api/v2/clients/pathpatchMockClient0000000000001'
 * await auth0.close();
 * ```
 */
export interface MockAuth0 {
  /** Base URL of the mock, `http://127.0.0.1:<port>`; the endpoint is `${url}/api/v2/clients/:id`. */
  readonly url: string;
  /** The bearer token the mock accepts. */
  readonly token: string;
  /** Id of the first stored client. */
  readonly clientId: string;
  /** Every request received, in order. */
  readonly requests: readonly MockRequest[];
  /** Answers the next `count` requests with 429, `Retry-After` and `x-ratelimit-*` headers. */
  rateLimit(count: number, options?: RateLimitOptions): void;
  /** The stored client as it is now (a copy), or `undefined`. */
  client(id?: string): MockClient | undefined;
  /** Stops the server and drops its connections. */
  close(): Promise<void>;
}

const ALL_SCOPES = ['update:clients', 'update:client_keys', 'update:client_credentials'];
const DEFAULT_MAX_BODY_SIZE = 1_048_576;
const DEFAULT_MAX_DEPTH = 64;
const DEFAULT_REQUEST_TIMEOUT = 10_000;
const RATE_LIMIT = 50;
const CLIENT_PATH = /^\/api\/v2\/clients\/([^/?#]+)\/?(?:\?.*)?$/;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * Starts an in-process mock of Auth0's `PATCH /api/v2/clients/{id}` on
 * 127.0.0.1 with an ephemeral port, for demos and for your own tests.
 *
 * It checks the bearer token and the body against the endpoint's schema
 * (unknown fields, wrong types and bad enum values give 400 `invalid_body`
 * in Auth0's error shape), merges the update into the stored client with
 * JSON Merge Patch semantics (`null` clears, arrays are replaced) and
 * answers 200 with the whole client. `GET` on the same URL reads it.
 *
 * @param options - token, stored clients and scopes.
 * @returns the running mock: `url`, `token`, `clientId`, `requests`, `rateLimit(n)`, `client(id)`, `close()`.
 * @example
 * ```ts
 * import { payload, send } from 'pathpatch';
 * import { startMockAuth0 } from 'pathpatch/testing';
 * const auth0 = await startMockAuth0();
 * const { data } = await send<{ name: string }>(payload().set('name', 'My App'), {
 *   url: `${auth0.url}/api/v2/clients/:id`,
 *   params: { id: auth0.clientId },
 *   token: auth0.token,
 * });
 * data.name; //=> 'My App'
 * auth0.requests[0]?.json; //=> { name: 'My App' }
 * await auth0.close();
 * ```
 */
export async function startMockAuth0(options: MockAuth0Options = {}): Promise<MockAuth0> {
  const token = options.token ?? `mock-${randomUUID()}`;
  const scopes = new Set(options.scopes ?? ALL_SCOPES);
  const clients = new Map<string, MockClient>();
  for (const client of options.clients ?? [defaultMockClient()]) clients.set(client.client_id, structuredClone(client));
  const clientId = clients.keys().next().value;
  if (clientId === undefined) throw new TypeError('startMockAuth0 needs at least one client');
  const maxBodySize = limitOption('maxBodySize', options.maxBodySize, DEFAULT_MAX_BODY_SIZE, Number.MAX_SAFE_INTEGER);
  const maxDepth = limitOption('maxDepth', options.maxDepth, DEFAULT_MAX_DEPTH, MAX_MOCK_DEPTH);
  const requestTimeout = limitOption('requestTimeout', options.requestTimeout, DEFAULT_REQUEST_TIMEOUT, 2_147_483_647);
  const requests: MockRequest[] = [];
  const isAuthorized = (raw: IncomingMessage): boolean => raw.headers.authorization === `Bearer ${token}`;
  let limited: { count: number; retryAfter: number } = { count: 0, retryAfter: 1 };

  const handle = (raw: IncomingMessage, text: string, response: ServerResponse): void => {
    const authorization = raw.headers.authorization ?? '';
    const authorized = isAuthorized(raw);
    // Measured before parsing: a body too deep is refused unparsed, so nothing downstream recurses into it.
    const depth = nestingDepth(text, maxDepth);
    let parsed: unknown;
    try {
      parsed = text === '' || depth > maxDepth ? undefined : (JSON.parse(text) as unknown);
    } catch {
      parsed = undefined;
    }
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      writeJson(response, status, body, headers);
      requests.push({ method: raw.method ?? '', url: raw.url ?? '', headers: recordHeaders(raw), body: text, json: parsed, authorized, status });
    };
    const fail = (status: number, error: string, message: string, errorCode?: string, headers?: Record<string, string>): void =>
      answer(status, { statusCode: status, error, message, ...(errorCode === undefined ? {} : { errorCode }) }, headers);

    if (limited.count > 0) {
      limited = { ...limited, count: limited.count - 1 };
      const reset = Math.ceil(Date.now() / 1000) + limited.retryAfter;
      return fail(429, 'Too Many Requests', 'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.', 'too_many_requests', {
        'retry-after': String(limited.retryAfter),
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
      });
    }
    if (authorization === '') return fail(401, 'Unauthorized', 'Missing authentication', 'missing_authentication');
    if (!authorized) return fail(401, 'Unauthorized', 'Invalid token', 'invalid_token');
    const match = CLIENT_PATH.exec(raw.url ?? '');
    if (match === null) return fail(404, 'Not Found', 'Not Found');
    let id: string;
    try {
      id = decodeURIComponent(match[1] ?? '');
    } catch {
      // A malformed escape must not become an uncaught exception in the test process that runs the mock.
      return fail(404, 'Not Found', 'The client does not exist', 'inexistent_client');
    }
    const stored = clients.get(id);
    if (raw.method === 'GET') return stored === undefined ? fail(404, 'Not Found', 'The client does not exist', 'inexistent_client') : answer(200, stored);
    if (raw.method !== 'PATCH') return fail(405, 'Method Not Allowed', `Method ${raw.method ?? ''} is not allowed on ${match[0]}`);
    if (!scopes.has('update:clients')) return fail(403, 'Forbidden', 'Insufficient scope, expected any of: update:clients', 'insufficient_scope');
    if (!JSON_TYPE.test(raw.headers['content-type'] ?? '')) return fail(415, 'Unsupported Media Type', 'Unsupported Media Type');
    if (depth > maxDepth) return fail(400, 'Bad Request', `Payload nesting is deeper than the mock's maximum of ${maxDepth} levels`, 'invalid_body');
    if (parsed === undefined) return fail(400, 'Bad Request', 'Invalid request payload JSON format', 'invalid_body');
    const issue = validate(clientUpdateSchema, parsed);
    if (issue !== undefined) {
      const where = issue.path === '' ? '' : ` on property ${issue.path}`;
      return fail(400, 'Bad Request', `Payload validation error: '${issue.problem}'${where}.`, 'invalid_body');
    }
    const needed = Object.keys(parsed as object)
      .map((field) => FIELD_SCOPES[field])
      .find((scope) => scope !== undefined && !scopes.has(scope));
    if (needed !== undefined) return fail(403, 'Forbidden', `Insufficient scope, expected any of: ${needed}`, 'insufficient_scope');
    if (stored === undefined) return fail(404, 'Not Found', 'The client does not exist', 'inexistent_client');
    const updated = { ...(applyMergePatch(stored, parsed) as object), client_id: stored.client_id } as MockClient;
    clients.set(id, updated);
    return answer(200, updated);
  };

  // Whatever a request holds, the process hosting the mock lives on: a failure answers 500 and is not rethrown.
  const handleSafely = (raw: IncomingMessage, text: string, response: ServerResponse): void => {
    try {
      handle(raw, text, response);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      const body = { statusCode: 500, error: 'Internal Server Error', message: `The mock failed on this request (${name})`, errorCode: 'mock_failure' };
      if (response.headersSent) response.destroy();
      else writeJson(response, 500, body);
      requests.push({ method: raw.method ?? '', url: raw.url ?? '', headers: recordHeaders(raw), body: text, json: undefined, authorized: isAuthorized(raw), status: 500 });
    }
  };

  const server = createServer({ requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(1_000, requestTimeout) }, (raw, response) => {
    // Errors on either stream (a client that hangs up) end that exchange, never the process.
    raw.on('error', () => undefined);
    response.on('error', () => undefined);
    const declared = Number(raw.headers['content-length'] ?? 0);
    if (declared > maxBodySize) return refuseTooLarge(raw, response);
    const chunks: Buffer[] = [];
    let received = 0;
    raw.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBodySize) {
        chunks.length = 0;
        refuseTooLarge(raw, response);
      } else {
        chunks.push(chunk);
      }
    });
    raw.on('end', () => {
      if (received <= maxBodySize) handleSafely(raw, Buffer.concat(chunks).toString('utf8'), response);
    });
  });
  const refuseTooLarge = (raw: IncomingMessage, response: ServerResponse): void => {
    if (response.headersSent) return;
    // Read on and drop the rest, so the client sees the 413 rather than a reset; then the connection closes.
    raw.removeAllListeners('data');
    raw.resume();
    const body = { statusCode: 413, error: 'Request Entity Too Large', message: `Payload content length greater than maximum allowed: ${maxBodySize}`, errorCode: 'payload_too_large' };
    writeJson(response, 413, body, { connection: 'close' });
    requests.push({ method: raw.method ?? '', url: raw.url ?? '', headers: recordHeaders(raw), body: '', json: undefined, authorized: isAuthorized(raw), status: 413 });
  };
  // An error on the listening server after start (too many open files) must not go uncaught either.
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    clientId,
    requests,
    rateLimit(count, rateOptions = {}) {
      if (!Number.isInteger(count) || count < 0) throw new TypeError(`rateLimit(count) needs a non-negative integer, got ${count}`);
      limited = { count, retryAfter: rateOptions.retryAfter ?? 1 };
    },
    client(id = clientId) {
      const stored = clients.get(id);
      return stored === undefined ? undefined : structuredClone(stored);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error))));
    },
  };
}

function limitOption(name: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new RangeError(`startMockAuth0: ${name} must be an integer from 1 to ${max}, got ${String(value)}`);
  return value;
}

// JSON.stringify may throw on a value the mock holds (a client deep from the options): the caller turns that into a 500.
function writeJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(text);
}

function recordHeaders(raw: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw.headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    if (name === 'authorization' || name === 'proxy-authorization') {
      const space = text.indexOf(' ');
      headers[name] = space === -1 ? REDACTED : `${text.slice(0, space)} ${REDACTED}`;
    } else {
      headers[name] = isSecretName(name) ? REDACTED : text;
    }
  }
  return headers;
}
