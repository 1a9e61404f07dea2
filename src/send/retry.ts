import type { HttpError } from '../errors/http-error.js';
import type { NetworkError } from '../errors/network-error.js';
import type { TimeoutError } from '../errors/timeout-error.js';

/**
 * How `send()` retries. Every field is optional; `retry: 3` is short for
 * `{ limit: 3 }` and `retry: false` turns retries off.
 *
 * @example
 * ```ts
 * const retry: RetryOptions = { limit: 4, statusCodes: [429, 502, 503, 504], maxDelay: 5_000 };
 * ```
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @default 2
   */
  readonly limit?: number;
  /**
   * Response statuses that are retried. 429 and 503 mean the server did not
   * act on the request, so retrying is safe for any method; add 408, 502 or
   * 504 when your endpoint is idempotent or you accept the risk.
   * @default [429, 503]
   */
  readonly statusCodes?: readonly number[];
  /**
   * Retry network errors and timeouts, after which the server may or may
   * not have applied the request.
   * @default true for GET, HEAD, OPTIONS, PUT, DELETE and TRACE; false for PATCH and POST
   */
  readonly networkErrors?: boolean;
  /**
   * First backoff wait in milliseconds, doubled on each retry, when the
   * server does not say how long to wait.
   * @default 300
   */
  readonly delay?: number;
  /**
   * Cap on any single wait, in milliseconds. Backoff waits are cut to it; a
   * server asking (`Retry-After`, `x-ratelimit-reset`) for longer is not
   * retried, since an early retry would only be refused again.
   * @default 30_000
   */
  readonly maxDelay?: number;
  /**
   * Cap on the sum of all waits of one `send()`, in milliseconds: a retry
   * whose wait would pass it is not made.
   * @default 60_000
   */
  readonly maxTotalDelay?: number;
  /**
   * Spread backoff waits randomly between half and all of their value, so
   * many clients that failed together do not retry together.
   * @default true
   */
  readonly jitter?: boolean;
}

/**
 * What the `retry` option accepts: a number of retries, `false` for none, or options.
 *
 * @example
 * ```ts
 * const none: RetryInput = false;
 * const three: RetryInput = 3; // same as { limit: 3 }
 * ```
 */
export type RetryInput = number | false | RetryOptions;

/**
 * Why an attempt is retried: a retryable status, a network error or a timeout.
 *
 * @example
 * ```ts
 * const reason: RetryReason = 'status';
 * ```
 */
export type RetryReason = 'status' | 'network' | 'timeout';

/**
 * Where a wait came from: the server's `Retry-After` or `x-ratelimit-reset`, or our backoff.
 *
 * @example
 * ```ts
 * const source: RetryWaitSource = 'retry-after';
 * ```
 */
export type RetryWaitSource = 'retry-after' | 'x-ratelimit-reset' | 'backoff';

/**
 * What the `onRetry` hook is told before each wait.
 *
 * @example
 * ```ts
 * const onRetry = (event: RetryEvent) => {
 *   process.stderr.write(`attempt ${event.attempt} failed (${event.error.message}); retrying in ${event.wait} ms\n`);
 * };
 * ```
 */
export interface RetryEvent {
  /** The attempt that failed, from 1; the next one is `attempt + 1`. */
  readonly attempt: number;
  /** Why it is retried. */
  readonly reason: RetryReason;
  /** Milliseconds until the next attempt. */
  readonly wait: number;
  /** Where `wait` came from. */
  readonly waitSource: RetryWaitSource;
  /** The failure, redacted like any error `send()` throws: safe to log. */
  readonly error: HttpError | NetworkError | TimeoutError;
}

/**
 * A fully resolved retry policy.
 *
 * @example
 * ```ts
 * const policy: RetryPolicy = resolveRetryPolicy({ limit: 3 }, 'PATCH');
 * ```
 */
export interface RetryPolicy {
  readonly limit: number;
  readonly statusCodes: ReadonlySet<number>;
  readonly networkErrors: boolean;
  readonly delay: number;
  readonly maxDelay: number;
  readonly maxTotalDelay: number;
  readonly jitter: boolean;
}

/**
 * The longest wait a timer can hold, in milliseconds (2^31 − 1, about 24.8 days): the platform fires a
 * longer `setTimeout` after 1 ms, so a longer `timeout` or `retry.maxDelay` is refused rather than
 * ending an attempt, or a wait the server asked for, at once.
 *
 * @example
 * ```ts
 * MAX_TIMER_DELAY; //=> 2147483647
 * ```
 */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/**
 * Resolves the `retry` option for one request method.
 *
 * @param input - the caller's `retry` option.
 * @param method - the request method, upper case (decides the `networkErrors` default).
 * @returns every field filled in.
 * @throws {TypeError} for a negative or non-integer limit, a negative or non-finite delay, or a `maxDelay` over {@link MAX_TIMER_DELAY}.
 * @example
 * ```ts
 * resolveRetryPolicy(3, 'PATCH').networkErrors; //=> false
 * resolveRetryPolicy(undefined, 'PUT').limit; //=> 2
 * ```
 */
export function resolveRetryPolicy(input: RetryInput | undefined, method: string): RetryPolicy {
  const options: RetryOptions = input === false ? { limit: 0 } : typeof input === 'number' ? { limit: input } : (input ?? {});
  const policy: RetryPolicy = {
    limit: options.limit ?? 2,
    statusCodes: new Set(options.statusCodes ?? [429, 503]),
    networkErrors: options.networkErrors ?? IDEMPOTENT_METHODS.has(method),
    delay: options.delay ?? 300,
    maxDelay: options.maxDelay ?? 30_000,
    maxTotalDelay: options.maxTotalDelay ?? 60_000,
    jitter: options.jitter ?? true,
  };
  if (!Number.isInteger(policy.limit) || policy.limit < 0) throw new TypeError(`retry.limit must be a non-negative integer, got ${policy.limit}`);
  for (const key of ['delay', 'maxDelay', 'maxTotalDelay'] as const) {
    const value = policy[key];
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`retry.${key} must be a non-negative number of milliseconds, got ${value}`);
  }
  if (policy.maxDelay > MAX_TIMER_DELAY) throw new TypeError(`retry.maxDelay must be at most ${MAX_TIMER_DELAY} ms (the longest timer the platform keeps), got ${policy.maxDelay}`);
  return policy;
}

/**
 * Combines a client's default `retry` with a call's: options objects are
 * merged field by field, a number or `false` on the call wins.
 *
 * @example
 * ```ts
 * mergeRetry({ limit: 5 }, { maxDelay: 100 }); //=> { limit: 5, maxDelay: 100 }
 * mergeRetry({ limit: 5 }, false); //=> false
 * ```
 */
export function mergeRetry(base: RetryInput | undefined, override: RetryInput | undefined): RetryInput | undefined {
  if (override === undefined) return base;
  if (typeof override !== 'object' || base === undefined || base === false) return override;
  return { ...(typeof base === 'number' ? { limit: base } : base), ...override };
}

// Weekday first: every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with one.
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /;
// HTTP dates are UTC, and asctime's form ("Sun Nov  6 08:49:37 1994") names no zone: Date.parse would read it as local time.
const NAMED_ZONE = /(?:GMT|UTC|Z|[+-]\d{4})$/i;

/**
 * How long the server asked to wait before the next attempt: `Retry-After`
 * (delay-seconds or an HTTP date), else `x-ratelimit-reset` (epoch seconds,
 * read when `x-ratelimit-remaining` is absent or 0).
 *
 * @param headers - the response headers.
 * @param now - the current time in epoch milliseconds.
 * @returns the wait in milliseconds (never negative) and its source, or `undefined` when the server said nothing usable.
 * @example
 * ```ts
 * serverWait(new Headers({ 'retry-after': '2' })); //=> { wait: 2000, source: 'retry-after' }
 * ```
 */
export function serverWait(headers: Headers, now = Date.now()): { wait: number; source: RetryWaitSource } | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter !== undefined && retryAfter !== '') {
    if (/^\d+$/.test(retryAfter)) return { wait: Number(retryAfter) * 1000, source: 'retry-after' };
    // Only the HTTP-date forms (IMF-fixdate, RFC 850, asctime): Date.parse also takes "1.5" or "-1", which are invalid here.
    const date = HTTP_DATE.test(retryAfter) ? Date.parse(NAMED_ZONE.test(retryAfter) ? retryAfter : `${retryAfter} GMT`) : Number.NaN;
    if (!Number.isNaN(date)) return { wait: Math.max(0, date - now), source: 'retry-after' };
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  const remaining = headers.get('x-ratelimit-remaining')?.trim();
  if (reset !== undefined && /^\d+(?:\.\d+)?$/.test(reset) && (remaining === undefined || Number(remaining) === 0)) {
    return { wait: Math.max(0, Math.ceil(Number(reset) * 1000 - now)), source: 'x-ratelimit-reset' };
  }
  return undefined;
}

/**
 * The exponential backoff wait before retry number `retry` (from 1):
 * `delay * 2^(retry - 1)`, cut to `maxDelay`, then with jitter a random
 * value between half of that and all of it.
 *
 * @example
 * ```ts
 * backoffWait({ ...resolveRetryPolicy({ delay: 100, jitter: false }, 'PATCH') }, 3); //=> 400
 * ```
 */
export function backoffWait(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const full = Math.min(policy.maxDelay, policy.delay * 2 ** (retry - 1));
  return policy.jitter ? Math.round(full / 2 + (random() * full) / 2) : full;
}

/**
 * Waits `ms` milliseconds, or rejects with `signal.reason` as soon as the
 * signal aborts.
 *
 * @example
 * ```ts
 * await sleep(100, AbortSignal.timeout(10)); // rejects with a TimeoutError DOMException after 10 ms
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
