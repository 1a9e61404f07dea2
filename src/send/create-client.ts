import { mergeRetry } from './retry.js';
import { send } from './send.js';
import type { Client, ClientOptions, ClientPatchOptions, ClientSendOptions, SendBody, SendOptions, SendResult } from './types.js';
import { joinUrl } from './url-template.js';

/**
 * Makes a client whose `send()` and `patch()` share defaults: a base URL,
 * auth, headers, timeout, retry, template vars and query.
 *
 * A call's options win over the client's: `headers`, `vars`, `params` and
 * `query` are merged key by key, `retry` objects field by field, and a call
 * that gives `token` or `basic` replaces the client's auth entirely.
 *
 * @param defaults - the shared options; `baseURL` prefixes every relative `url`.
 * @returns a client with `send(body, options)` and `patch(url, body, options)`.
 * @example
 * ```ts
 * import { createClient, payload } from 'pathpatch';
 * const auth0 = createClient({
 *   baseURL: 'https://{{auth0_domain}}/api/v2',
 *   vars: { auth0_domain: 'tenant.example' },
 *   token: process.env['AUTH0_TOKEN'],
 *   retry: { limit: 3 },
 * });
 * const { data } = await auth0.patch<{ name: string }>('/clients/:id', payload().set('name', 'My App'), { params: { id: 'abc' } });
 * data.name; //=> 'My App'
 * ```
 */
export function createClient(defaults: ClientOptions = {}): Client {
  const resolve = (options: ClientSendOptions): SendOptions => {
    const ownAuth = options.token !== undefined || options.basic !== undefined;
    return {
      ...options,
      url: joinUrl(defaults.baseURL, options.url),
      token: ownAuth ? options.token : defaults.token,
      basic: ownAuth ? options.basic : defaults.basic,
      headers: { ...defaults.headers, ...options.headers },
      vars: { ...defaults.vars, ...options.vars },
      params: { ...defaults.params, ...options.params },
      query: { ...defaults.query, ...options.query },
      timeout: options.timeout ?? defaults.timeout,
      retry: mergeRetry(defaults.retry, options.retry),
      onRetry: options.onRetry ?? defaults.onRetry,
    };
  };
  return Object.freeze({
    send<Data = unknown>(body: SendBody, options: ClientSendOptions): Promise<SendResult<Data>> {
      // Options that are not an object are send()'s to refuse, in its words and as a rejection (resolve would crash on them).
      return send<Data>(body, typeof options === 'object' && options !== null ? resolve(options) : options);
    },
    patch<Data = unknown>(url: string, body: SendBody, options: ClientPatchOptions = {}): Promise<SendResult<Data>> {
      return send<Data>(body, resolve({ ...options, url, method: 'PATCH' }));
    },
  });
}
