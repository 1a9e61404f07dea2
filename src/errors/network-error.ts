import { PathpatchError } from './pathpatch-error.js';

/** What a {@link NetworkError} is made from; the URL is redacted and `cause` is a scrubbed copy. */
export interface NetworkErrorDetails {
  readonly method: string;
  readonly url: string;
  readonly attempts: number;
  /** The system error code when there is one (`ECONNREFUSED`, `ENOTFOUND`, ...). */
  readonly code: string | undefined;
  /** What went wrong, in the platform's words, secrets scrubbed. */
  readonly reason: string;
  /** A scrubbed copy of the platform's error chain. */
  readonly cause: Error;
}

/**
 * A request that got no response at all: connection refused or reset, DNS
 * failure, TLS failure. Retried only for idempotent methods, or when
 * `retry.networkErrors` is `true`.
 *
 * `cause` is a copy of the platform's error chain with secrets scrubbed, not
 * the original object.
 *
 * @example
 * ```ts
 * import { send, NetworkError } from 'pathpatch';
 * try {
 *   await send('{}', { url: 'http://127.0.0.1:9/api' });
 * } catch (error) {
 *   if (error instanceof NetworkError) [error.code, error.message];
 *   //=> ['ECONNREFUSED', 'PATCH http://127.0.0.1:9/api failed: connect ECONNREFUSED 127.0.0.1:9']
 * }
 * ```
 */
export class NetworkError extends PathpatchError {
  override name = 'NetworkError' as const;
  readonly method: string;
  /** The redacted request URL. */
  readonly url: string;
  /** How many requests were made. */
  readonly attempts: number;
  /** The system error code, when the platform gave one. */
  readonly code: string | undefined;

  constructor(details: NetworkErrorDetails) {
    const attempts = details.attempts > 1 ? ` (after ${details.attempts} attempts)` : '';
    super(`${details.method} ${details.url} failed: ${details.reason}${attempts}`, { cause: details.cause });
    this.method = details.method;
    this.url = details.url;
    this.attempts = details.attempts;
    this.code = details.code;
  }
}
