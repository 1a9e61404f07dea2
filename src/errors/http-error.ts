import { PathpatchError } from './pathpatch-error.js';

/** What an {@link HttpError} is made from; the URL is already redacted and the body already scrubbed. */
export interface HttpErrorDetails {
  /** The request method, upper case. */
  readonly method: string;
  /** The request URL with secret query values, credentials and secret template values replaced. */
  readonly url: string;
  /** The response status code. */
  readonly status: number;
  /** The response status text (empty when the server sent none). */
  readonly statusText: string;
  /** The parsed response body: JSON when it parsed, else the text, with secrets scrubbed. */
  readonly body: unknown;
  /** How many requests were made, the failing one included. */
  readonly attempts: number;
  /** Why the request was not retried although its status is retryable, when that is the case. */
  readonly hint?: string;
}

/**
 * A response whose status is not 2xx, after any retries.
 *
 * The message names the method, the redacted URL, the status and, for an
 * Auth0-style body (`{ statusCode, error, message, errorCode }`), its
 * `errorCode` and `message`. It never carries request headers or options.
 *
 * @example
 * ```ts
 * import { send, HttpError } from 'pathpatch';
 * try {
 *   await send('{"name":"x"}', { url: 'https://tenant.example/api/v2/clients/abc', token: 'wrong' });
 * } catch (error) {
 *   if (error instanceof HttpError) error.message;
 *   //=> 'PATCH https://tenant.example/api/v2/clients/abc failed: 401 Unauthorized — invalid_token: Invalid token'
 * }
 * ```
 */
export class HttpError extends PathpatchError {
  override name = 'HttpError' as const;
  /** The request method, upper case. */
  readonly method: string;
  /** The redacted request URL. */
  readonly url: string;
  /** The response status code. */
  readonly status: number;
  /** The response status text. */
  readonly statusText: string;
  /** The parsed error body (JSON, else text), secrets scrubbed. */
  readonly body: unknown;
  /** How many requests were made. */
  readonly attempts: number;

  constructor(details: HttpErrorDetails) {
    super(formatHttpErrorMessage(details));
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.statusText = details.statusText;
    this.body = details.body;
    this.attempts = details.attempts;
  }
}

// Longer details (HTML error pages, a huge `message`) would drown the message; the whole body stays on `error.body`.
const MAX_TEXT_IN_MESSAGE = 200;

function formatHttpErrorMessage(details: HttpErrorDetails): string {
  const statusText = details.statusText === '' ? '' : ` ${details.statusText}`;
  const detail = describeBody(details.body);
  const attempts = details.attempts > 1 ? ` (after ${details.attempts} attempts)` : '';
  const hint = details.hint === undefined ? '' : `; ${details.hint}`;
  return `${details.method} ${details.url} failed: ${details.status}${statusText}${detail === '' ? '' : ` — ${detail}`}${attempts}${hint}`;
}

function describeBody(body: unknown): string {
  if (typeof body === 'string') return firstLine(body);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return '';
  const fields = body as Record<string, unknown>;
  const message = typeof fields['message'] === 'string' ? fields['message'] : typeof fields['error_description'] === 'string' ? fields['error_description'] : undefined;
  const code = typeof fields['errorCode'] === 'string' ? fields['errorCode'] : undefined;
  const detail = message === undefined ? (code ?? (typeof fields['error'] === 'string' ? fields['error'] : '')) : code === undefined ? message : `${code}: ${message}`;
  return firstLine(detail);
}

// Whatever the server wrote, the message stays one line of bounded length.
function firstLine(text: string): string {
  const line = text.trim().split(/\r\n|\r|\n/, 1)[0] ?? '';
  return line.length > MAX_TEXT_IN_MESSAGE ? `${line.slice(0, MAX_TEXT_IN_MESSAGE)}…` : line;
}
