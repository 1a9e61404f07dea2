import { FetchError, ofetch } from 'ofetch';
import { HttpError } from '../errors/http-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { TemplateError } from '../errors/template-error.js';
import { bodySecrets, encodeBasicCredentials, requestSecrets } from './request-secrets.js';
import { Scrubber } from './scrubber.js';
import { parseResponseBody } from './response.js';
import { MAX_TIMER_DELAY, backoffWait, resolveRetryPolicy, serverWait, sleep } from './retry.js';
import type { RetryPolicy, RetryReason, RetryWaitSource } from './retry.js';
import type { SendBody, SendOptions, SendResult } from './types.js';
import { expandUrl } from './url-template.js';
import type { ExpandedUrl } from './url-template.js';
import { kindOf } from './kind-of.js';

const DEFAULT_TIMEOUT = 30_000;
// RFC 9110 token: what a method or a header name may be made of.
const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
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
 * Sends a JSON body now (the main entry's `send()`, documented in send-lazily.ts, loads this module on first use).
 * @example
 * ```ts
 * await send(payload().set('name', 'My App'), { url: 'https://api.example/clients/1' });
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
  if (typeof options !== 'object' || options === null) throw new TypeError(`send() expects options with at least a url, found ${kindOf(options)}`);
  const known = requestSecrets(options);
  let checked: Omit<PreparedRequest, 'body'>;
  try {
    checked = checkOptions(options, known);
  } catch (error) {
    throw scrubOptionError(error, new Scrubber(known));
  }
  // The body is built last: an emit() that throws is the caller's error and reaches them unchanged.
  const text = typeof body === 'string' ? body : body.emit();
  return { ...checked, body: text };
}

function checkOptions(options: SendOptions, known: readonly string[]): Omit<PreparedRequest, 'body'> {
  if (typeof options.url !== 'string') throw new TypeError(`url must be a string, found ${kindOf(options.url)}`);
  if (options.method !== undefined && typeof options.method !== 'string') throw new TypeError(`method must be a string, found ${kindOf(options.method)}`);
  const method = (options.method ?? 'PATCH').toUpperCase();
  if (!HTTP_TOKEN.test(method)) throw new TypeError(`method must be an HTTP method token, got ${JSON.stringify(options.method)}`);
  if (method === 'GET' || method === 'HEAD') throw new TypeError(`send() always sends a body, and a ${method} request cannot have one`);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (timeout !== false && (!Number.isFinite(timeout) || timeout <= 0)) throw new TypeError(`timeout must be a positive number of milliseconds or false, got ${timeout}`);
  if (timeout !== false && timeout > MAX_TIMER_DELAY) throw new TypeError(`timeout must be at most ${MAX_TIMER_DELAY} ms (the longest timer the platform keeps) or false, got ${timeout}`);
  if (options.token !== undefined && options.basic !== undefined) throw new TypeError('pass either token or basic, not both');
  const policy = resolveRetryPolicy(options.retry, method);
  const url = expandUrl(options.url, options);
  const headers = new Headers({ accept: 'application/json', 'content-type': 'application/json' });
  for (const [index, [name, value]] of Object.entries(options.headers ?? {}).entries()) {
    // Neither a bad name nor a bad value is quoted: either may be a credential ("Authorization: Bearer …" as a name).
    if (!HTTP_TOKEN.test(name)) throw new TypeError(`headers: key ${index} is not a valid header name (expected an RFC 9110 token); the key is not shown, as it may hold a credential`);
    if (value === undefined) {
      headers.delete(name);
      continue;
    }
    try {
      headers.set(name, value);
    } catch {
      throw new TypeError(`headers: the value of ${JSON.stringify(name)} is not a valid header value (expected no CR, LF, NUL or character above U+00FF); the value is not shown, as it may hold a credential`);
    }
  }
  const authorization = authorizationHeader(options);
  if (authorization !== undefined) headers.set('authorization', authorization);
  return { method, url, headers, timeout, policy, secrets: [...known, ...url.secrets] };
}

// Option errors quote what was wrong (a method, a template): the quote must not carry a credential.
function scrubOptionError(error: unknown, scrubber: Scrubber): unknown {
  if (error instanceof TemplateError) {
    const placeholder = error.placeholder === undefined ? undefined : scrubber.text(error.placeholder);
    return scrubber.seal(new TemplateError(scrubber.text(error.template), scrubber.text(error.problem), placeholder));
  }
  if (error instanceof TypeError) return scrubber.seal(new TypeError(scrubber.text(error.message)));
  return error;
}

function authorizationHeader(options: SendOptions): string | undefined {
  if (options.token !== undefined) {
    if (typeof options.token !== 'string' || !TOKEN_TEXT.test(options.token)) throw new TypeError('token must be non-empty visible ASCII text (no spaces or line breaks)');
    return `Bearer ${options.token}`;
  }
  if (options.basic !== undefined) {
    const basic = options.basic as unknown;
    if (typeof basic !== 'object' || basic === null) throw new TypeError(`basic must be { username, password }, found ${kindOf(basic)}`);
    const { username, password } = basic as Partial<Record<'username' | 'password', unknown>>;
    // Checked, not coerced: a password read from an unset variable would go out as "user:undefined". Values never quoted.
    if (typeof username !== 'string') throw new TypeError(`basic.username must be a string, found ${kindOf(username)}`);
    if (typeof password !== 'string') throw new TypeError(`basic.password must be a string, found ${kindOf(password)}`);
    if (username.includes(':')) throw new TypeError('basic.username must not contain ":"');
    return `Basic ${encodeBasicCredentials(username, password)}`;
  }
  return undefined;
}

// What a value of the wrong type is called in an option error (never the value: it may be a credential).

const MAX_REDIRECTS = 5;

/** The URL to follow for a 301/302/307/308 to the same origin (method and body kept), else undefined: the 3xx is the answer. */
function sameOriginRedirect(status: number, location: string | null, current: string): string | undefined {
  if (location === null || ![301, 302, 307, 308].includes(status)) return undefined;
  try {
    const next = new URL(location, current);
    // Credentials in a Location are not followed: fetch would refuse them, quoting the URL in its message.
    if (next.username !== '' || next.password !== '') return undefined;
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

// Every failure passes here: each field through the request's scrubber, then the message derived from them once more.
function toError(request: PreparedRequest, outcome: AttemptOutcome, attempts: number, hint: string | undefined): Failure {
  const scrubber = scrubberFor(request);
  const method = scrubber.text(request.method);
  const url = scrubber.text(request.url.display);
  if (outcome.kind === 'timeout') {
    return scrubber.seal(new TimeoutError({ method, url, timeout: request.timeout === false ? 0 : request.timeout, attempts }));
  }
  if (outcome.kind === 'network') {
    const cause = scrubber.error(outcome.cause);
    const root = rootCause(cause);
    const code = (root as { code?: unknown }).code;
    const reason = root.message === '' ? 'network error' : root.message;
    return scrubber.seal(new NetworkError({ method, url, attempts, cause, code: typeof code === 'string' ? code : undefined, reason }));
  }
  const body = scrubber.value(parseResponseBody(outcome.text, outcome.headers.get('content-type')));
  const statusText = scrubber.text(outcome.statusText);
  return scrubber.seal(new HttpError({ method, url, status: outcome.status, statusText, body, attempts, ...(hint === undefined ? {} : { hint }) }));
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
  // A server may echo the request body in its error (`client_secret` included): its secret fields are looked for only now.
  return new Scrubber([...request.secrets, ...bodySecrets(request.body)], rewrites);
}

// The innermost error says what happened ("connect ECONNREFUSED 127.0.0.1:9"); outer ones say "fetch failed".
function rootCause(error: Error): Error {
  let current = error;
  for (let depth = 0; depth < 8 && current.cause instanceof Error; depth += 1) current = current.cause;
  const errors = (current as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors[0] instanceof Error && current.message === '') return errors[0];
  return current;
}
