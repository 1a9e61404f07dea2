/**
 * Collects the request a script sends (method, URL template, auth, headers)
 * from its IR, with every secret mapped to an environment variable. Planning
 * only: codegen writes the source text (`codegen/request-source.ts`).
 *
 * @example
 * planRequest(ir.nodes).token; //=> { env: 'AUTH0_TOKEN' }
 */
import { chooseHttpAuth } from '../http-auth.js';
import type { IrNode } from '../ir.js';
import { credentialValue, envValue, type EnvValue } from './env-value.js';
import { planHeaderValue, type HeaderValue } from './header-value.js';
import { withoutSecrets } from './url-secrets.js';

/**
 * The request, ready for code generation.
 *
 * @example
 * planRequest(ir.nodes).vars; //=> [['auth0_domain', { env: 'AUTH0_DOMAIN' }]]
 */
export interface RequestPlan {
  readonly send?: Extract<IrNode, { kind: 'send' }>;
  /** The send's URL with userinfo removed (it went to `basic`) and secret query values as `{{name}}` placeholders. */
  readonly url: string;
  /** The JsonObject whose text is the body. */
  readonly bodyHandle?: string;
  readonly vars: readonly (readonly [string, EnvValue])[];
  readonly params: readonly (readonly [string, EnvValue])[];
  readonly token?: EnvValue;
  readonly basic?: { readonly username: EnvValue; readonly password: EnvValue };
  /** Credentials the script set that Chilkat does not send (see `chooseHttpAuth`), for a note in the code. */
  readonly unsent?: string;
  /** Header name and where its value comes from. */
  readonly headers: readonly (readonly [string, HeaderValue])[];
  /** Whether the body JsonObject had `EmitCompact` turned off. */
  readonly pretty: boolean;
}

/**
 * Builds the request plan from a script's IR.
 *
 * @param nodes - The IR.
 * @returns The plan.
 * @example
 * planRequest([]).headers; //=> []
 */
export function planRequest(nodes: readonly IrNode[]): RequestPlan {
  const send = nodes.find((node): node is Extract<IrNode, { kind: 'send' }> => node.kind === 'send');
  const before = send ? nodes.filter((node) => node.line <= send.line) : nodes;
  let bodyHandle: string | undefined;
  if (send?.body.kind === 'json') bodyHandle = send.body.handle;
  if (send?.body.kind === 'sb') {
    const sbHandle = send.body.handle;
    bodyHandle = before.findLast((node): node is Extract<IrNode, { kind: 'emit-sb' }> => node.kind === 'emit-sb' && node.sb === sbHandle)?.handle;
  }
  bodyHandle ??= nodes.find((node) => node.kind === 'update')?.handle;
  // A part of an object (`jsonObj_1 = jarr.ObjectAt(0)`) belongs to the object it was taken from.
  for (let at = nodes.length - 1; at >= 0; at -= 1) {
    const node = nodes[at];
    if (node?.kind === 'json-ref' && node.handle === bodyHandle) bodyHandle = node.from;
  }
  const clean = withoutSecrets(send?.url ?? '');
  const url = clean.url;
  const vars = [...new Set([...url.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((match) => match[1] ?? ''))].map((name) => [name, envValue(name)] as const);
  const params = [...new Set([...url.matchAll(/(?<=\/):([A-Za-z_]\w*)/g)].map((match) => match[1] ?? ''))].map((name) => [name, envValue(name)] as const);
  let tokenText: string | undefined;
  let loginText: string | undefined;
  let passwordText: string | undefined;
  let basicAuth = false;
  const headers: [string, HeaderValue][] = [];
  let pretty = false;
  for (const node of before) {
    if (node.kind === 'http-option') {
      const text = String(node.value);
      if (node.name === 'AuthToken') tokenText = text;
      if (node.name === 'Login') loginText = text;
      if (node.name === 'Password') passwordText = text;
      if (node.name === 'BasicAuth') basicAuth = node.value === true;
      if (node.name === 'Accept') headers.push(['Accept', { kind: 'text', text }]);
      if (node.name === 'UserAgent') headers.push(['User-Agent', { kind: 'text', text }]);
    }
    if (node.kind === 'header') {
      const isDefaultType = /^content-type$/i.test(node.name) && /^application\/json$/i.test(node.value);
      // SetRequestHeader replaces an earlier value of the same header (an object literal cannot hold both).
      const earlier = headers.findIndex(([name]) => name.toLowerCase() === node.name.toLowerCase());
      if (earlier >= 0) headers.splice(earlier, 1);
      if (!isDefaultType) headers.push([node.name, planHeaderValue(node.name, node.value)]);
    }
    if (node.kind === 'json-option' && node.handle === bodyHandle && node.name === 'EmitCompact') pretty = node.value === false;
  }
  const contentType = send?.contentType;
  if (contentType !== undefined && !/^application\/json$/i.test(contentType) && !headers.some(([name]) => /^content-type$/i.test(name))) headers.push(['Content-Type', { kind: 'text', text: contentType }]);
  const auth = chooseHttpAuth({
    ...(tokenText === undefined ? {} : { token: tokenText }),
    basicAuth,
    ...(loginText === undefined ? {} : { login: loginText }),
    ...(passwordText === undefined ? {} : { password: passwordText }),
    authorizationHeader: headers.some(([name]) => /^authorization$/i.test(name)),
  });
  const token = auth === 'token' && tokenText !== undefined ? credentialValue('AuthToken', tokenText) : undefined;
  const basic =
    auth === 'basic' ? { username: credentialValue('Login', loginText ?? ''), password: credentialValue('Password', passwordText ?? '') } : auth === 'none' ? clean.userinfo : undefined;
  const setBasic = basicAuth || loginText !== undefined || passwordText !== undefined;
  const unsent =
    auth === 'header' && (tokenText !== undefined || setBasic || clean.userinfo !== undefined)
      ? 'The script also set credentials (AuthToken, Login/Password or user:password in the URL); Chilkat sends only its own Authorization header then.'
      : auth === 'token' && setBasic
        ? 'The script also set Login/Password; Chilkat sends only the AuthToken (Bearer) then.'
        : undefined;
  return {
    ...(send ? { send } : {}),
    url,
    ...(bodyHandle === undefined ? {} : { bodyHandle }),
    vars,
    params,
    ...(token ? { token } : {}),
    ...(basic ? { basic } : {}),
    ...(unsent === undefined ? {} : { unsent }),
    headers,
    pretty,
  };
}
