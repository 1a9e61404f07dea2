import type { RetryEvent, RetryInput } from './retry.js';
import type { UrlTemplateValues } from './url-template.js';

// fetch's types come from the program's own globals (DOM or Node), so that the declarations
// also check with `lib: ["es2022"]` alone: there, no signal can be passed and headers are read by name.
type FetchSignal = typeof globalThis extends { AbortSignal: { prototype: infer Signal } } ? Signal : never;
type FetchHeaders = typeof globalThis extends { Headers: { prototype: infer Headers } } ? Headers : HeaderReader;

// What every fetch `Headers` offers for reading.
interface HeaderReader {
  get(name: string): string | null;
  has(name: string): boolean;
  forEach(callback: (value: string, name: string) => void): void;
}

/**
 * Anything that can give its JSON text: a pathpatch builder, or your own object.
 *
 * @example
 * ```ts
 * const body: Emittable = { emit: () => '{"name":"My App"}' };
 * ```
 */
export interface Emittable {
  emit(): string;
}

/**
 * What `send()` sends: a builder (its `emit()` text) or JSON text already emitted.
 *
 * @example
 * ```ts
 * const fromText: SendBody = '{"name":"My App"}';
 * const fromBuilder: SendBody = payload().set('name', 'My App');
 * ```
 */
export type SendBody = Emittable | string;

/**
 * An HTTP method; the common ones complete in the editor, any token is accepted.
 *
 * @example
 * ```ts
 * const method: HttpMethod = 'PUT';
 * ```
 */
export type HttpMethod = 'PATCH' | 'POST' | 'PUT' | 'DELETE' | 'GET' | 'HEAD' | 'OPTIONS' | (string & Record<never, never>);

/**
 * Basic authentication credentials.
 *
 * @example
 * ```ts
 * const basic: BasicAuth = { username: 'api', password: process.env['API_PASSWORD'] ?? '' };
 * ```
 */
export interface BasicAuth {
  readonly username: string;
  readonly password: string;
}

/**
 * Options shared by `send()` and `createClient()`.
 *
 * @example
 * ```ts
 * const shared: RequestDefaults = { token: process.env['AUTH0_TOKEN'], timeout: 10_000, retry: { limit: 3 } };
 * ```
 */
export interface RequestDefaults extends UrlTemplateValues {
  /** Bearer token, sent as `Authorization: Bearer <token>`. Never shown in errors. */
  readonly token?: string | undefined;
  /** Basic credentials, sent as `Authorization: Basic …`. Never shown in errors. */
  readonly basic?: BasicAuth | undefined;
  /**
   * Extra request headers. They may replace `Accept` and `Content-Type`
   * (e.g. `application/merge-patch+json`); `undefined` removes a header
   * that a client's defaults set.
   * `token` and `basic` take precedence over an `Authorization` header here.
   */
  readonly headers?: Readonly<Record<string, string | undefined>> | undefined;
  /**
   * Milliseconds each attempt may take, response body included; `false` for no limit.
   * @default 30_000
   */
  readonly timeout?: number | false | undefined;
  /** Retry policy: a number of retries, `false`, or {@link RetryOptions}. */
  readonly retry?: RetryInput | undefined;
  /** Called before each wait between attempts; if it throws, `send()` rejects with that error, unchanged. */
  readonly onRetry?: ((event: RetryEvent) => void | Promise<void>) | undefined;
}

/**
 * Options of one `send()`.
 *
 * @example
 * ```ts
 * const options: SendOptions = {
 *   url: 'https://{{auth0_domain}}/api/v2/clients/:id',
 *   vars: { auth0_domain: 'tenant.example' },
 *   params: { id: 'abc' },
 *   token: process.env['AUTH0_TOKEN'],
 * };
 * ```
 */
export interface SendOptions extends RequestDefaults {
  /** The URL or URL template (`{{var}}`, `:param`); relative to `baseURL` in a client. */
  readonly url: string;
  /**
   * The request method.
   * @default 'PATCH'
   */
  readonly method?: HttpMethod | undefined;
  /** Aborts the request and any wait between attempts; `send()` then rejects with `signal.reason` (an `AbortError` by default). */
  readonly signal?: FetchSignal | undefined;
}

/**
 * A 2xx response.
 *
 * @example
 * ```ts
 * const result: SendResult<{ client_id: string }> = await send(body, options);
 * result.data.client_id;
 * ```
 */
export interface SendResult<Data = unknown> {
  /** The status code (2xx). */
  readonly status: number;
  /** The status text (empty when the server sent none). */
  readonly statusText: string;
  /** The response headers. */
  readonly headers: FetchHeaders;
  /**
   * The body: parsed when the response is JSON (`application/json` or
   * `…+json`) and parses, its text otherwise (`''` when empty, as for 204).
   * The type is what you assert; it is not checked.
   */
  readonly data: Data;
  /** How many requests were made, retries included. */
  readonly attempts: number;
}

/**
 * Defaults shared by every request of a client.
 *
 * @example
 * ```ts
 * const options: ClientOptions = { baseURL: 'https://tenant.example/api/v2', token: process.env['AUTH0_TOKEN'] };
 * ```
 */
export interface ClientOptions extends RequestDefaults {
  /** Prefix of every relative `url`; may hold `{{var}}` placeholders. */
  readonly baseURL?: string | undefined;
}

/**
 * Per-call options of `client.send()`: like {@link SendOptions}; a relative `url` is joined to the client's `baseURL`.
 *
 * @example
 * ```ts
 * const options: ClientSendOptions = { url: '/clients/:id', method: 'PATCH', params: { id: 'abc' } };
 * ```
 */
export type ClientSendOptions = SendOptions;

/**
 * Per-call options of `client.patch()`: the URL and method are given by the call.
 *
 * @example
 * ```ts
 * const options: ClientPatchOptions = { params: { id: 'abc' }, timeout: 5_000 };
 * ```
 */
export type ClientPatchOptions = Omit<SendOptions, 'url' | 'method'>;

/**
 * A set of request defaults, made by `createClient()`.
 *
 * @example
 * ```ts
 * const client: Client = createClient({ baseURL: 'https://tenant.example/api/v2', token });
 * await client.patch('/clients/:id', body, { params: { id: 'abc' } });
 * ```
 */
export interface Client {
  /** Sends `body` with the client's defaults under the call's options. */
  send<Data = unknown>(body: SendBody, options: ClientSendOptions): Promise<SendResult<Data>>;
  /** Sends `body` as a PATCH to `url` with the client's defaults under the call's options. */
  patch<Data = unknown>(url: string, body: SendBody, options?: ClientPatchOptions): Promise<SendResult<Data>>;
}
