import type { Client, ClientPatchOptions, Emittable, SendResult } from '../send/index.js';
import type { PathError, Payload } from '../types/index.js';
import type { HasShape, ShapeOf } from '../types/shape.js';
import type { BodyMethod, ObjectBody, OperationBody, OperationHasBody, OperationOf, OperationParams, OperationResponse, RoutesWithBody } from './operation-types.js';

/**
 * What a typed client's call takes as `body`: a builder typed for the operation's body, or a
 * function that gets an empty one and returns it filled.
 *
 * @example
 * ```ts
 * import type { BodyArgument, Payload } from 'pathpatch';
 * const body: BodyArgument<{ name?: string }, Payload<{ name?: string }>> = (b) => b.set('name', 'x');
 * ```
 */
export type BodyArgument<Body, Built> = Built | ((builder: Payload<Body>) => Built);

/**
 * A builder that can be a typed client's body: it emits JSON and carries the body type it was made for.
 *
 * @example
 * ```ts
 * import { payload, type BodyBuilder } from 'pathpatch';
 * const body: BodyBuilder<{ name?: string }> = payload<{ name?: string }>().set('name', 'x');
 * ```
 */
export interface BodyBuilder<Body> extends HasShape<Body>, Emittable {}

// The body type is carried by the builder's shape and must be the operation's own (an identity check):
// assignability would let a builder of a narrower body pass (bivariant methods, a covariant shape).
type _SameBody<Built, Body> = (<Probe>() => Probe extends ShapeOf<Built> ? 1 : 2) extends <Probe>() => Probe extends Body ? 1 : 2 ? unknown : _OtherBody;

interface _OtherBody {
  readonly body: '✗ this builder is typed for another body than this operation takes: start from payload<BodyOf<paths, route, method>>(), or pass a function';
}

type _ParamsOption<Params> = keyof Params extends never
  ? { readonly params?: Readonly<Record<string, never>> | undefined }
  : { readonly params: Params };

/**
 * The second argument of a typed client's `patch()`, `put()`, `post()` and `delete()`: the route's
 * `params` (each `{name}` placeholder, required), the `body`, and the options of `client.patch()`.
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import type { OperationInit, Payload, BodyOf } from 'pathpatch';
 * type Init = OperationInit<paths, '/repos/{owner}/{repo}', 'patch', Payload<BodyOf<paths, '/repos/{owner}/{repo}', 'patch'>>>;
 * ```
 */
export type OperationInit<Paths, Route extends keyof Paths, Method extends BodyMethod, Built> = _Init<OperationOf<Paths, Route, Method>, Built>;

type _Init<Operation, Built> = Omit<ClientPatchOptions, 'params'> &
  _ParamsOption<OperationParams<Operation>> &
  _BodyOption<ObjectBody<OperationBody<Operation>>, Built>;

// A body that is not a JSON object (an array, text, another media type) cannot come from a builder.
type _BodyOption<Body, Built> = [Body] extends [never]
  ? { readonly body: '✗ this operation has no JSON object body for a builder to build' }
  : { readonly body: BodyArgument<Body, Built> } & _SameBody<Built, Body>;

/**
 * One typed method of an {@link OpenApiClient}: a route of `Paths` whose `Method` operation has a
 * JSON body, its params and a builder for that body; resolves like `send()`, with `data` typed from
 * the operation's success response.
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import type { OperationCall } from 'pathpatch';
 * declare const patch: OperationCall<paths, 'patch'>;
 * ```
 */
export type OperationCall<Paths, Method extends BodyMethod> = <
  Route extends string,
  Built extends BodyBuilder<ObjectBody<OperationBody<OperationOf<Paths, Route, Method>>>>,
>(
  route: _RouteArgument<Paths, Route, Method>,
  init: _InitArgument<OperationOf<Paths, Route, Method>, Built>,
) => Promise<SendResult<OperationResponse<OperationOf<Paths, Route, Method>>>>;

// The call's cost is the one route it names. Each argument shows inference only where its type
// parameter comes from, in a branch of its own, and is checked behind NoInfer (as a path is, see
// PathArgument): TypeScript infers into every branch of a conditional type, and would otherwise
// walk the checks with the route still unknown. `Route` is constrained to `string` only, and the
// union of the routes with a body is reached only through a type that stays unknown until the
// route is (`Typed`), so that neither inference nor the literal's contextual type builds it.
type _RouteArgument<Paths, Route extends string, Method extends BodyMethod> = [Route] extends [never]
  ? Route
  : NoInfer<_CheckedRoute<Paths, Route, Method>>;

// A route of the spec with a body passes as itself; one without, or one the spec does not have, is
// an error naming it, except while it is typed: then the routes with a body it may become (what the
// editor offers; all of them for a route of type `string`, which is how editors ask).
type _CheckedRoute<Paths, Route extends string, Method extends BodyMethod> = [Route] extends [keyof Paths]
  ? OperationHasBody<OperationOf<Paths, Route, Method>> extends true
    ? Route
    : PathError<`${Uppercase<Method>} ${Route} takes no body: the spec gives this route no ${Method} operation with a request body`>
  : [Route] extends [infer Typed]
    ? _Completions<Paths, Typed, Method>
    : never;

type _Completions<Paths, Typed, Method extends BodyMethod> = Typed extends string
  ? Extract<RoutesWithBody<Paths, Method>, `${Typed}${string}`> extends infer Options
    ? [Options] extends [never]
      ? PathError<Typed extends '' ? `the spec has no route with a ${Method} body` : `unknown route "${Typed}": the spec has no route with a ${Method} body that starts so`>
      : Options
    : never
  : never;

// `init` shows inference where `Built` comes from: a builder given as body (for a function, `Built`
// is its constraint, a builder of the operation's body). The test holds for every `Built` once it
// is known, `never` included (a body cast `as never`), and is left open while it is not.
type _InitArgument<Operation, Built> = [Built] extends [Built]
  ? NoInfer<_Init<Operation, Built>>
  : { readonly body: Built };

/**
 * The client `createClient<paths>()` returns: `patch`, `put`, `post` and `delete` typed by the
 * OpenAPI `paths` type (from openapi-typescript, or `@octokit/openapi-types`), plus `send()`.
 *
 * @example
 * ```ts
 * import type { paths } from '@octokit/openapi-types';
 * import { createClient } from 'pathpatch';
 * const github = createClient<paths>({ baseURL: 'https://api.github.com', token: process.env['GITHUB_TOKEN'] });
 * const { data } = await github.patch('/repos/{owner}/{repo}', {
 *   params: { owner: 'octocat', repo: 'hello-world' },
 *   body: (repo) => repo.set('has_wiki', false),
 * });
 * data.full_name;
 * ```
 */
export interface OpenApiClient<Paths> extends Pick<Client, 'send'> {
  /** Sends a PATCH to an operation of `Paths`, with its params and a builder for its body. */
  readonly patch: OperationCall<Paths, 'patch'>;
  /** Sends a PUT to an operation of `Paths` that takes a JSON body. */
  readonly put: OperationCall<Paths, 'put'>;
  /** Sends a POST to an operation of `Paths` that takes a JSON body. */
  readonly post: OperationCall<Paths, 'post'>;
  /** Sends a DELETE with a JSON body to an operation of `Paths` that takes one. */
  readonly delete: OperationCall<Paths, 'delete'>;
}
