import { PathpatchError } from './pathpatch-error.js';

/** What a {@link TimeoutError} is made from; the URL is already redacted. */
export interface TimeoutErrorDetails {
  readonly method: string;
  readonly url: string;
  /** The per-attempt limit that ran out, in milliseconds. */
  readonly timeout: number;
  readonly attempts: number;
}

/**
 * An attempt that got no complete response within `timeout` milliseconds,
 * after any retries (timeouts are retried only for idempotent methods, or
 * when `retry.networkErrors` is `true`).
 *
 * @example
 * ```ts
 * import { send, TimeoutError } from 'pathpatch';
 * try {
 *   await send('{}', { url: 'https://slow.example/api', timeout: 50 });
 * } catch (error) {
 *   if (error instanceof TimeoutError) error.message;
 *   //=> 'PATCH https://slow.example/api timed out after 50 ms'
 * }
 * ```
 */
export class TimeoutError extends PathpatchError {
  override name = 'TimeoutError' as const;
  readonly method: string;
  /** The redacted request URL. */
  readonly url: string;
  /** The per-attempt limit, in milliseconds. */
  readonly timeout: number;
  /** How many requests were made. */
  readonly attempts: number;

  constructor(details: TimeoutErrorDetails) {
    const attempts = details.attempts > 1 ? ` (after ${details.attempts} attempts)` : '';
    super(`${details.method} ${details.url} timed out after ${details.timeout} ms${attempts}`);
    this.method = details.method;
    this.url = details.url;
    this.timeout = details.timeout;
    this.attempts = details.attempts;
  }
}
