import type { SendBody, SendOptions, SendResult } from './types.js';

// The main entry's send(): the request code and its HTTP client (ofetch) load on first use, so a bundle that
// imports pathpatch but sends nothing leaves them out (send() is async anyway).

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
export function send<Data = unknown>(body: SendBody, options: SendOptions): Promise<SendResult<Data>> {
  return import('./send.js').then((module) => module.send<Data>(body, options));
}
