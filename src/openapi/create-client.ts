import type { Client, ClientOptions } from '../send/index.js';
import type { OpenApiClient } from './openapi-client.js';
import type { OperationClient } from './operation-client.js';

/**
 * Makes a client whose requests share defaults (a base URL, auth, headers, timeout, retry,
 * template vars and query); with an OpenAPI `paths` type, its `patch`, `put`, `post` and
 * `delete` are typed by the spec's routes, params, bodies and responses.
 *
 * A call's options win over the client's: `headers`, `vars`, `params` and `query` are merged key by
 * key, `retry` objects field by field, and a call that gives `token` or `basic` replaces the
 * client's auth entirely. A typed call fills each `{name}` of the route from `params`, encoded as
 * one path segment; a missing or unknown param is a `TemplateError` before any request.
 *
 * @param defaults - the shared options; `baseURL` prefixes every relative `url` or route.
 * @returns a client; typed by `Paths` when it is given.
 * @throws {TemplateError} (from a call) for a route param that is missing, unknown or does not fit a path segment.
 * @throws {ValidationError} (from a call) when the body is a `payloadFor()` builder its schema refuses, before any request.
 * @example
 * ```ts
 * import { createClient, payload } from 'pathpatch';
 * import type { paths } from '@octokit/openapi-types';
 * const auth0 = createClient({ baseURL: 'https://{{auth0_domain}}/api/v2', vars: { auth0_domain: 'tenant.example' } });
 * await auth0.patch('/clients/:id', payload().set('name', 'My App'), { params: { id: 'abc' } });
 * const github = createClient<paths>({ baseURL: 'https://api.github.com', token: process.env['GITHUB_TOKEN'] });
 * await github.patch('/repos/{owner}/{repo}', { params: { owner: 'octocat', repo: 'hello-world' }, body: (b) => b.set('has_issues', false) });
 * ```
 */
export function createClient(defaults?: ClientOptions): Client;
export function createClient<Paths extends object>(defaults?: ClientOptions): OpenApiClient<Paths>;
export function createClient(defaults: ClientOptions = {}): unknown {
  // The request code (send(), its HTTP client, route filling) loads on a client's first call, so a bundle that
  // imports pathpatch but makes no request leaves it out; every method returns a promise anyway.
  let loaded: Promise<OperationClient> | undefined;
  const method =
    (name: keyof OperationClient) =>
    (...args: never[]): Promise<unknown> =>
      (loaded ??= import('./operation-client.js').then((module) => module.operationClient(defaults))).then((client) => client[name](...args));
  return Object.freeze({ send: method('send'), patch: method('patch'), put: method('put'), post: method('post'), delete: method('delete') });
}
