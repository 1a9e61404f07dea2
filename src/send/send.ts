import { FetchError, ofetch } from 'ofetch';
import { HttpError } from '../errors/http-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { Scrubber, isSecretName } from './redact.js';
import { parseResponseBody } from './response.js';
import { backoffWait, resolveRetryPolicy, serverWait, sleep } from './retry.js';
import type { RetryPolicy, RetryReason, RetryWaitSource } from './retry.js';
import type { SendBody, SendOptions, SendResult } from './types.js';
import { expandUrl } from './url-template.js';
import type { ExpandedUrl } from './url-template.js';

const DEFAULT_TIMEOUT = 30_000;
// RFC 9110 token: what a method may be made of.
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Visible ASCII only: a space, CR or LF in a credential would be refused by the platform with the value in its message.
const TOKEN_TEXT = /^[\x21-\x7e]+$/;

/** Everything one request needs, worked out once before the first attempt. */
interface PreparedRequest {
  readonly method: string;
  readonly url: ExpandedUrl;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly timeout: number | false;
  readonly policy: RetryPolicy;
  readonly secrets: readonly string[];
}

type AttemptOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly statusText: string; readonly headers: Headers; readonly text: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network'; readonly cause: unknown };

type Failure = HttpError | NetworkError | TimeoutError;

/**
 * Sends a JSON body (a builder's `emit()` text, or text already emitted) and
 * resolves to the parsed 2xx response.
 *
 * The method defaults to `PATCH`; `Content-Type` and `Accept` are
 * `application/json`. The URL may be a Postman template
 * (`https://{{auth0_domain}}/api/v2/clients/:id`) filled from `vars` and
 * `params`. 429 and 503 are retried as the server asks (`Retry-After`,
 * `x-ratelimit-reset`) or with capped exponential backoff; see
 * {@link RetryOptions}. Each attempt has its own `timeout`. Errors never
 * carry the token, basic credentials, headers or secret query values.
 *
 * @param body - anything with `emit()` (a pathpatch builder), or JSON text.
 * @param options - URL, method, auth, headers, timeout, retry, signal.
 * @returns status, status text, headers, data (JSON parsed, else text) and attempts made.
 * @throws {TemplateError} for a URL template that cannot be filled, before any request.
 * @throws {HttpError} for a non-2xx response, after any retries.
 * @throws {TimeoutError} when an attempt takes longer than `timeout`, after any retries.
 * @throws {NetworkError} when no response came (connection refused, DNS), after any retries.
 * @throws {TypeError} for invalid options (a body on GET, a token with spaces, both `token` and `basic`).
 * Rejects with `signal.reason` (an `AbortError` by default) when the signal aborts.
 * @example
 * ```ts
 * import { payload, send } from 'pathpatch';
 * const body = payload().set('name', 'My App').set('callbacks[0]', 'https://app.example/callback');
 * const result = await send<{ client_id: string; name: string }>(body, {
 *   url: 'https://{{auth0_domain}}/api/v2/clients/:id',
 *   vars: { auth0_domain: 'tenant.example' },
 *   params: { id: 'abc' },
 *   token: process.env['AUTH0_TOKEN'],
 * });
 * result.status; //=> 200
 * result.data.name; //=> 'My App'
 * ```
 */
export async function send<Data = unknown>(body: SendBody, options: SendOptions): Promise<SendResult<Data>> {
  const request = prepareRequest(body, options);
  const { signal } = options;
  signal?.throwIfAborted();
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await attemptOnce(request, signal);
    if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
      const data = parseResponseBody(outcome.text, outcome.headers.get('content-type')) as Data;
      return { status: outcome.status, statusText: outcome.statusText, headers: outcome.headers, data, attempts: attempt };
    }
    const plan = planRetry(request.policy, outcome, attempt, waited);
    const error = toError(request, outcome, attempt, plan.hint);
    if (plan.wait === undefined) throw error;
    await options.onRetry?.({ attempt, reason: plan.reason, wait: plan.wait, waitSource: plan.waitSource, error });
    await sleep(plan.wait, signal);
    waited += plan.wait;
  }
}

function prepareRequest(body: SendBody, options: SendOptions): PreparedRequest {
  const method = (options.method ?? 'PATCH').toUpperCase();
  if (!METHOD.test(method)) throw new TypeError(`method must be an HTTP method token, got ${JSON.stringify(options.method)}`);
  if (method === 'GET' || method === 'HEAD') throw new TypeError(`send() always sends a body, and a ${method} request cannot have one`);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (timeout !== false && (!Number.isFinite(timeout) || timeout <= 0)) throw new TypeError(`timeout must be a positive number of milliseconds or false, got ${timeout}`);
  if (options.token !== undefined && options.basic !== undefined) throw new TypeError('pass either token or basic, not both');
  const policy = resolveRetryPolicy(options.retry, method);
  const url = expandUrl(options.url, options);
  const secrets = [...url.secrets];
  const headers = new Headers({ accept: 'application/json', 'content-type': 'application/json' });
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) {
      headers.delete(name);
      continue;
    }
    if (isSecretName(name)) {
      secrets.push(value);
      // "Bearer sk_..." as a header: the credential alone may be echoed back, so scrub it on its own too.
      const space = value.indexOf(' ');
      if (space > 0 && value.length - space > 4) secrets.push(value.slice(space + 1).trim());
    }
    try {
      headers.set(name, value);
    } catch {
      // The platform's message quotes the value, which may be a credential: name the header only.
      throw new TypeError(`invalid name or value for header ${JSON.stringify(name)}`);
    }
  }
  const authorization = authorizationHeader(options);
  if (authorization !== undefined) {
    headers.set('authorization', authorization);
    // The credentials after the scheme, so a scrubbed echo still reads "Bearer [redacted]".
    secrets.push(authorization.slice(authorization.indexOf(' ') + 1));
  }
  if (options.basic !== undefined) secrets.push(options.basic.password);
  // The body is built last: an emit() that throws is the caller's error and reaches them unchanged.
  const text = typeof body === 'string' ? body : body.emit();
  return { method, url, headers, body: text, timeout, policy, secrets };
}

function authorizationHeader(options: SendOptions): string | undefined {
  if (options.token !== undefined) {
    if (!TOKEN_TEXT.test(options.token)) throw new TypeError('token must be non-empty visible ASCII text (no spaces or line breaks)');
    return `Bearer ${options.token}`;
  }
  if (options.basic !== undefined) {
    const { username, password } = options.basic;
    if (username.includes(':')) throw new TypeError('basic.username must not contain ":"');
    const bytes = new TextEncoder().encode(`${username}:${password}`);
    return `Basic ${btoa(String.fromCharCode(...bytes))}`;
  }
  return undefined;
}

const MAX_REDIRECTS = 5;

/** The URL to follow for a 301/302/307/308 to the same origin (method and body kept), else undefined: the 3xx is the answer. */
function sameOriginRedirect(status: number, location: string | null, current: string): string | undefined {
  if (location === null || ![301, 302, 307, 308].includes(status)) return undefined;
  try {
    const next = new URL(location, current);
    return next.origin === new URL(current).origin ? next.href : undefined;
  } catch {
    return undefined;
  }
}

async function attemptOnce(request: PreparedRequest, signal: AbortSignal | undefined): Promise<AttemptOutcome> {
  // A fresh signal per attempt: ofetch ignores its own timeout when given a signal, and a spent timeout must not doom the retry.
  // A timer of our own rather than AbortSignal.timeout(), so it is cleared as soon as the attempt ends.
  const limit = request.timeout;
  const timeout = limit === false ? undefined : new AbortController();
  const timer = limit === false ? undefined : setTimeout(() => timeout?.abort(new DOMException('The operation timed out.', 'TimeoutError')), limit);
  const timeoutSignal = timeout?.signal;
  const signals = [signal, timeoutSignal].filter((item): item is AbortSignal => item !== undefined);
  try {
    const combined: { signal?: AbortSignal } = signals.length === 0 ? {} : { signal: signals.length === 1 ? (signals[0] as AbortSignal) : AbortSignal.any(signals) };
    let target = request.url.url;
    let response: Awaited<ReturnType<typeof ofetch.raw<string, 'text'>>>;
    for (let hop = 0; ; hop++) {
      response = await ofetch.raw<string, 'text'>(target, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        // Our loop retries; ofetch's own retry neither reads Retry-After nor restarts its timeout.
        retry: false,
        ignoreResponseError: true,
        responseType: 'text',
        // Redirects are followed here, same origin only: the platform would replay the body and any
        // secret header other than Authorization (x-api-key...) to whatever host a 307 names.
        redirect: 'manual',
        ...combined,
      });
      const next = hop < MAX_REDIRECTS ? sameOriginRedirect(response.status, response.headers.get('location'), target) : undefined;
      if (next === undefined) break;
      target = next;
    }
    return {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      text: typeof response._data === 'string' ? response._data : '',
    };
  } catch (error) {
    if (signal?.aborted === true) throw signal.reason;
    if (timeoutSignal?.aborted === true) return { kind: 'timeout' };
    // ofetch's FetchError holds the request options (headers, so the token): keep only what it wraps.
    return { kind: 'network', cause: error instanceof FetchError ? error.cause : error };
  } finally {
    clearTimeout(timer);
  }
}

interface RetryPlan {
  readonly reason: RetryReason;
  readonly wait: number | undefined;
  readonly waitSource: RetryWaitSource;
  readonly hint: string | undefined;
}

function planRetry(policy: RetryPolicy, outcome: AttemptOutcome, attempt: number, waited: number): RetryPlan {
  const reason: RetryReason = outcome.kind === 'response' ? 'status' : outcome.kind;
  const stop = (hint?: string): RetryPlan => ({ reason, wait: undefined, waitSource: 'backoff', hint });
  const retryable = outcome.kind === 'response' ? policy.statusCodes.has(outcome.status) : policy.networkErrors;
  if (!retryable || attempt > policy.limit) return stop();
  const asked = outcome.kind === 'response' ? serverWait(outcome.headers) : undefined;
  if (asked !== undefined && asked.wait > policy.maxDelay) {
    return stop(`not retried: the server asked to wait ${asked.wait} ms (${asked.source}), over retry.maxDelay (${policy.maxDelay} ms)`);
  }
  const wait = asked?.wait ?? backoffWait(policy, attempt);
  if (waited + wait > policy.maxTotalDelay) {
    return stop(`not retried: a wait of ${wait} ms would pass retry.maxTotalDelay (${policy.maxTotalDelay} ms)`);
  }
  return { reason, wait, waitSource: asked?.source ?? 'backoff', hint: undefined };
}

function toError(request: PreparedRequest, outcome: AttemptOutcome, attempts: number, hint: string | undefined): Failure {
  const { method } = request;
  const url = request.url.display;
  if (outcome.kind === 'timeout') return new TimeoutError({ method, url, timeout: request.timeout === false ? 0 : request.timeout, attempts });
  const scrubber = scrubberFor(request);
  if (outcome.kind === 'network') {
    const cause = scrubber.error(outcome.cause);
    const root = rootCause(cause);
    const code = (root as { code?: unknown }).code;
    return new NetworkError({ method, url, attempts, cause, code: typeof code === 'string' ? code : undefined, reason: root.message === '' ? 'network error' : root.message });
  }
  const body = scrubber.value(parseResponseBody(outcome.text, outcome.headers.get('content-type')));
  return new HttpError({ method, url, status: outcome.status, statusText: outcome.statusText, body, attempts, ...(hint === undefined ? {} : { hint }) });
}

function scrubberFor(request: PreparedRequest): Scrubber {
  const { url, display } = request.url;
  const rewrites: Array<readonly [string, string]> = [[url, display]];
  try {
    // The platform may print the URL normalised.
    rewrites.push([new URL(url).href, display]);
  } catch {
    // expandUrl already checked it parses.
  }
  return new Scrubber([...request.secrets, ...secretFields(request.body)], rewrites);
}

// A server may echo the request body in its error (`client_secret` included): find those values, only once something failed.
function secretFields(body: string | undefined): string[] {
  const found: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 64) return;
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && item !== '' && isSecretName(key)) found.push(item);
      else walk(item, depth + 1);
    }
  };
  try {
    walk(JSON.parse(body ?? 'null'), 0);
  } catch {
    // Not JSON: nothing to find.
  }
  return found;
}

// The innermost error says what happened ("connect ECONNREFUSED 127.0.0.1:9"); outer ones say "fetch failed".
function rootCause(error: Error): Error {
  let current = error;
  for (let depth = 0; depth < 8 && current.cause instanceof Error; depth += 1) current = current.cause;
  const errors = (current as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors[0] instanceof Error && current.message === '') return errors[0];
  return current;
}
