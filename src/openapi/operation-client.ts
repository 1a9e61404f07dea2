import { payload } from '../builder/index.js';
import { TemplateError } from '../errors/index.js';
import { createClient as createBaseClient, type Client, type ClientOptions, type ClientPatchOptions, type ClientSendOptions, type SendBody, type SendResult } from '../send/index.js';
import { assertValidBody } from '../standard-schema/index.js';

// An OpenAPI placeholder: `{owner}` in `/repos/{owner}/{repo}`.
const PLACEHOLDER = /\{([^{}]+)\}/g;

/** @internal What a client's methods do; createClient() loads this module on a client's first call. */
export type OperationClient = Readonly<Record<'send' | 'patch' | 'put' | 'post' | 'delete', (...args: never[]) => Promise<SendResult>>>;

/**
 * @internal The calls of a client made by `createClient()`: the untyped `send`/`patch` of the base
 * client, and the typed route calls (params filled into the route, the body built and validated).
 * @example
 * ```ts
 * await operationClient({ baseURL: 'https://api.example' }).put('/notes/{id}', { params: { id: 1 }, body: (b) => b.set('text', 'x') });
 * ```
 */
export function operationClient(defaults: ClientOptions): OperationClient {
  const base = createBaseClient(defaults);
  const call =
    (method: string) =>
    (route: string, init: OperationRequest): Promise<SendResult> =>
      sendOperation(base, method, route, init);
  const client = {
    send: (body: SendBody, options: ClientSendOptions): Promise<SendResult> => base.send(body, options),
    patch(url: string, second: SendBody | OperationRequest, options?: ClientPatchOptions): Promise<SendResult> {
      // The untyped form `patch(url, body, options?)` gives a builder or text; the typed form an object with `body`.
      return isSendBody(second) ? base.patch(url, second, options) : sendOperation(base, 'PATCH', url, second);
    },
    put: call('PUT'),
    post: call('POST'),
    delete: call('DELETE'),
  };
  return client;
}

/** The second argument of a typed call, as it arrives at run time. */
interface OperationRequest extends ClientPatchOptions {
  readonly body?: unknown;
}

async function sendOperation(base: Client, method: string, route: string, init: OperationRequest): Promise<SendResult> {
  if (typeof init !== 'object' || init === null) throw new TypeError(`${method.toLowerCase()}() expects { params, body } as its second argument, found ${init === null ? 'null' : typeof init}`);
  const { body, params = {}, ...options } = init;
  const template = fillRoute(route, params);
  const builder = toBuilder(body, method);
  await assertValidBody(builder);
  return base.send(builder, { ...options, url: template.url, method, vars: { ...options.vars, ...template.vars } });
}

// `{name}` becomes a `{{name}}` template var, so that encoding and its checks stay in one place (expandUrl).
function fillRoute(route: string, params: Readonly<Record<string, unknown>>): { url: string; vars: Record<string, string | number | boolean> } {
  const names = [...route.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  const vars: Record<string, string | number | boolean> = {};
  for (const name of names) {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) throw new TemplateError(route, `no value for {${name}}`, `{${name}}`);
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new TemplateError(route, `value for {${name}} must be a string, number or boolean, found ${value === null ? 'null' : typeof value}`, `{${name}}`);
    }
    vars[name] = value;
  }
  const unknown = Object.keys(params).filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    const listed = names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', ');
    throw new TemplateError(route, `unknown param ${JSON.stringify(unknown[0])} (the route's placeholders: ${listed})`);
  }
  return { url: route.replace(PLACEHOLDER, '{{$1}}'), vars };
}

function toBuilder(body: unknown, method: string): SendBody {
  const given = typeof body === 'function' ? (body as (builder: unknown) => unknown)(payload()) : body;
  if (isSendBody(given) && typeof given !== 'string') return given;
  const found = given === null ? 'null' : typeof given;
  throw new TypeError(
    typeof body === 'function'
      ? `the function given as body to ${method.toLowerCase()}() must return a builder, found ${found}`
      : `body of ${method.toLowerCase()}() must be a builder or a function that returns one, found ${found}`,
  );
}

function isSendBody(value: unknown): value is SendBody {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as { emit?: unknown }).emit === 'function');
}
