// Type-only: reading a `paths` type as openapi-typescript writes it (also @octokit/openapi-types):
// `paths[route][method]` is an operation with `parameters.path`, `requestBody.content` and `responses`.

/**
 * A method of an OpenAPI path item, lower case, as `paths` types spell them.
 *
 * @example
 * ```ts
 * import type { OperationMethod } from 'pathpatch';
 * const method: OperationMethod = 'patch';
 * ```
 */
export type OperationMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/**
 * The methods a typed client sends a JSON body with.
 *
 * @example
 * ```ts
 * import type { BodyMethod } from 'pathpatch';
 * const method: BodyMethod = 'put';
 * ```
 */
export type BodyMethod = 'patch' | 'put' | 'post' | 'delete';

/**
 * @internal The `Method` operation of `Route` in `Paths`, `never` when there is none. The helpers
 * below read an operation, so that a typed call looks its route up once; `Route` is not constrained
 * to `keyof Paths` here, since a call checks the route it is given (and an intersection with
 * `keyof Paths` would spread into one member per route of the spec).
 * @example
 * ```ts
 * type Update = OperationOf<{ '/a': { patch: { responses: {} } } }, '/a', 'patch'>; //=> { responses: {} }
 * ```
 */
export type OperationOf<Paths, Route, Method> = Route extends keyof Paths
  ? Method extends keyof Paths[Route]
    ? NonNullable<Paths[Route][Method]>
    : never
  : never;

// The JSON media type of a `content` map: `application/json` first, else any `…/json` or `…+json` one.
type _JsonOf<Content> = 'application/json' extends keyof Content
  ? Content['application/json' & keyof Content]
  : Content[Extract<keyof Content, `${string}/json` | `${string}+json` | `${string}/json;${string}` | `${string}+json;${string}`>];

/**
 * The JSON request body of an operation: `BodyOf<paths, '/repos/{owner}/{repo}', 'patch'>` is what
 * `payload<…>()` builds for it; `never` when the operation has no JSON body.
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import { payload, type BodyOf } from 'pathpatch';
 * payload<BodyOf<paths, '/repos/{owner}/{repo}', 'patch'>>().set('has_wiki', false).emit();
 * //=> '{"has_wiki":false}'
 * ```
 */
export type BodyOf<Paths, Route extends keyof Paths, Method extends OperationMethod> = OperationBody<OperationOf<Paths, Route, Method>>;

/**
 * @internal {@link BodyOf} of an operation.
 * @example
 * ```ts
 * type Body = OperationBody<{ requestBody: { content: { 'application/json': { a?: number } } } }>; //=> { a?: number }
 * ```
 */
export type OperationBody<Operation> = [Operation] extends [{ requestBody?: infer RequestBody }]
  ? NonNullable<RequestBody> extends { content: infer Content }
    ? _JsonOf<Content>
    : never
  : never;

/**
 * The path parameters of an operation (the `{name}` placeholders of its route), `{}` when it has none.
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import type { PathParamsOf } from 'pathpatch';
 * const params: PathParamsOf<paths, '/repos/{owner}/{repo}', 'patch'> = { owner: 'octocat', repo: 'hello-world' };
 * ```
 */
export type PathParamsOf<Paths, Route extends keyof Paths, Method extends OperationMethod> = OperationParams<OperationOf<Paths, Route, Method>>;

/**
 * @internal {@link PathParamsOf} of an operation.
 * @example
 * ```ts
 * type Params = OperationParams<{ parameters: { path: { id: number } } }>; //=> { id: number }
 * ```
 */
export type OperationParams<Operation> = [Operation] extends [{ parameters: { path?: infer Params } }]
  ? [NonNullable<Params>] extends [never]
    ? Record<never, never>
    : NonNullable<Params>
  : Record<never, never>;

type _SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | '2XX';

// One response's data as send() gives it: parsed JSON, '' for no content, text for other media types.
type _DataOf<Response> = Response extends unknown
  ? Response extends { content?: infer Content }
    ? [NonNullable<Content>] extends [never]
      ? ''
      : [_JsonOf<NonNullable<Content>>] extends [never]
        ? string
        : _JsonOf<NonNullable<Content>>
    : ''
  : never;

/**
 * The data of an operation's success (2xx) responses, as `send()` resolves it: the JSON body's type,
 * `''` for a response without content; `unknown` when the operation lists no success response.
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import type { ResponseOf } from 'pathpatch';
 * type Repository = ResponseOf<paths, '/repos/{owner}/{repo}', 'patch'>; //=> components['schemas']['full-repository']
 * ```
 */
export type ResponseOf<Paths, Route extends keyof Paths, Method extends OperationMethod> = OperationResponse<OperationOf<Paths, Route, Method>>;

/**
 * @internal {@link ResponseOf} of an operation.
 * @example
 * ```ts
 * type Data = OperationResponse<{ responses: { 204: { content?: never } } }>; //=> ''
 * ```
 */
export type OperationResponse<Operation> = [Operation] extends [{ responses: infer Responses }]
  ? [Extract<keyof Responses, _SuccessStatus>] extends [never]
    ? unknown
    : _DataOf<Responses[Extract<keyof Responses, _SuccessStatus>]>
  : unknown;

/**
 * The routes of `Paths` whose `Method` operation has a request body: what a typed client's `patch()`,
 * `put()`, `post()` and `delete()` accept, and what the editor offers while a route is typed. Only
 * the presence of a body is looked at (one look per route); the body's type is read for the one
 * route a call names (a body that is not a JSON object then fails at `body`). A call builds this
 * union only to complete or report a route it does not know, never for a route of the spec.
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import type { RoutesWithBody } from 'pathpatch';
 * const route: RoutesWithBody<paths, 'patch'> = '/repos/{owner}/{repo}';
 * ```
 */
export type RoutesWithBody<Paths, Method extends BodyMethod> = {
  [Route in keyof Paths]: OperationHasBody<OperationOf<Paths, Route, Method>> extends true ? Route : never;
}[keyof Paths] &
  string;

/**
 * @internal Whether an operation declares a request body (`requestBody` present, neither `never`
 * nor untyped): the one rule behind {@link RoutesWithBody} and a typed call's route check.
 * @example
 * ```ts
 * type Yes = OperationHasBody<{ requestBody: { content: {} } }>; //=> true
 * ```
 */
export type OperationHasBody<Operation> = [Operation] extends [never]
  ? false
  : [Operation] extends [{ requestBody?: infer RequestBody }]
  ? unknown extends RequestBody
    ? false
    : [NonNullable<RequestBody>] extends [never]
      ? false
      : true
  : false;

/**
 * The object part of an operation's JSON body: what a builder can build (its root is an object).
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import type { ObjectBodyOf } from 'pathpatch';
 * type Update = ObjectBodyOf<paths, '/repos/{owner}/{repo}', 'patch'>;
 * ```
 */
export type ObjectBodyOf<Paths, Route extends keyof Paths, Method extends OperationMethod> = ObjectBody<BodyOf<Paths, Route, Method>>;

/**
 * @internal The object part of a JSON body type.
 * @example
 * ```ts
 * type Root = ObjectBody<{ a?: number } | string[]>; //=> { a?: number }
 * ```
 */
export type ObjectBody<Body> = Exclude<Body, readonly unknown[] | string | number | boolean | bigint | symbol | null | undefined>;
