/**
 * Collects the request a script sends (method, URL template, auth, headers)
 * from its IR, with every secret mapped to an environment variable.
 *
 * @example
 * planRequest(ir.nodes).token; //=> { env: 'AUTH0_TOKEN', source: "env('AUTH0_TOKEN')" }
 */
import { constantCase } from 'change-case';
import { isSecretName } from '../../send/redact.js';
import { chooseHttpAuth } from '../http-auth.js';
import type { IrNode } from '../ir.js';
import { tsString } from './ts-text.js';

/**
 * A value read from the environment, with the source text that reads it.
 *
 * @example
 * envValue('auth0_token').env; //=> 'AUTH0_TOKEN'
 */
export interface EnvValue {
  readonly env: string;
  readonly source: string;
}

/**
 * The request, ready for code generation.
 *
 * @example
 * planRequest(ir.nodes).vars; //=> [['auth0_domain', { env: 'AUTH0_DOMAIN', source: "env('AUTH0_DOMAIN')" }]]
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
  /** Header name and the source text of its value. */
  readonly headers: readonly (readonly [string, string])[];
  /** Whether the body JsonObject had `EmitCompact` turned off. */
  readonly pretty: boolean;
}

const SECRET_HEADER = /auth|token|key|secret|password|cookie|session/i;
/** Values that are credentials whatever the header is called (Stripe, GitHub, Slack, AWS keys, JWTs). */
const SECRET_VALUE = /^\s*(?:[a-z]+\s+)?(?:[spr]k_(?:live|test)_|gh[pousr]_|github_pat_|xox[abprs]-|AKIA[0-9A-Z]{12}|eyJ[\w-]{8,}\.)/;

/**
 * A URL without inline secrets: userinfo (`https://user:pass@host`) is cut out
 * and returned as env values, and a query value under a secret-looking name
 * (`api_key`, `access_token`, see `isSecretName`) becomes a `{{name}}`
 * placeholder, filled from the environment like the script's own placeholders.
 *
 * @param url - The URL as the script wrote it.
 * @returns The URL to write out, and the userinfo as env values when there was some.
 * @example
 * withoutSecrets('https://a:b@h.example/x?api_key=K').url; //=> 'https://h.example/x?api_key={{api_key}}'
 */
export function withoutSecrets(url: string): { readonly url: string; readonly userinfo?: { readonly username: EnvValue; readonly password: EnvValue } } {
  let rest = url;
  let userinfo: { username: EnvValue; password: EnvValue } | undefined;
  const authority = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i.exec(rest);
  if (authority) {
    const [user = '', pass = ''] = (authority[2] ?? '').split(/:(.*)/s);
    userinfo = { username: secretValue(user, 'url_username'), password: secretValue(pass, 'url_password') };
    rest = `${authority[1] ?? ''}${rest.slice(authority[0].length)}`;
  }
  const query = rest.indexOf('?');
  if (query >= 0) {
    const hash = rest.indexOf('#', query);
    const end = hash < 0 ? rest.length : hash;
    const pairs = rest.slice(query + 1, end).split('&').map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // Keeps the raw name.
      }
      if (value === '' || /^\{\{\s*[\w.-]+\s*\}\}$/.test(value) || !isSecretName(decoded)) return pair;
      return `${name}={{${decoded.replace(/[^\w.-]/g, '_')}}}`;
    });
    rest = `${rest.slice(0, query + 1)}${pairs.join('&')}${rest.slice(end)}`;
  }
  return userinfo ? { url: rest, userinfo } : { url: rest };
}

/** The longest source excerpt quoted in a TODO comment (an unterminated string can make a line the whole file). */
const MAX_EXCERPT = 200;

/**
 * A source line as quoted in a TODO comment, without the credentials it may
 * hold: URL userinfo, query values under secret-looking names, values shaped
 * like keys or tokens, and the string literals of a line that sets a secret
 * header or `AuthToken`/`Login`/`Password` become `***`.
 *
 * @param source - A line of the script.
 * @returns The line, safe to write into generated code.
 * @example
 * redactedExcerpt('x = "https://a:b@h.example/?api_key=K"'); //=> 'x = "https://***@h.example/?api_key=***"'
 */
export function redactedExcerpt(source: string): string {
  // Every pattern starts only where a word starts: a scan from each letter of a long run would be quadratic.
  let text = source
    .replace(/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s"']*@/gi, '$1***@')
    .replace(/([?&])([^=&#\s"'?]+)=([^&#\s"']*)/g, (all, mark: string, name: string) => (isSecretName(name) ? `${mark}${name}=***` : all))
    .replace(/\b(Bearer|Basic|Digest|Token)\s+[^\s"']+/gi, '$1 ***')
    .replace(/(?<![\w-])(?:(?:[spr]k_(?:live|test)_|gh[pousr]_|github_pat_|xox[abprs]-)[\w-]*|AKIA[0-9A-Z]{12,}|eyJ[\w-]{8,}\.[\w.-]*)/g, '***');
  // A literal left open runs to the end of the excerpt: it is masked too.
  const literal = /"(?:[^"\\]|\\.)*(?:"|$)|'(?:[^'\\]|\\.)*(?:'|$)/g;
  const setsSecret = /AuthToken|Password|Login/i.test(text);
  const header = /SetRequestHeader\W*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/i.exec(text);
  const name = header?.[1]?.slice(1, -1);
  if (setsSecret || (name !== undefined && (SECRET_HEADER.test(name) || isSecretName(name)))) {
    let first = true;
    text = text.replace(literal, (all) => {
      const keep = !setsSecret && first;
      first = false;
      return keep ? all : `${all[0] ?? '"'}***${all[0] ?? '"'}`;
    });
  }
  // Cut after masking, so a cut never leaves half a secret unmasked.
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}… (${String(text.length - MAX_EXCERPT)} more characters)` : text;
}

/**
 * The URL for Chilkat-style output: like {@link withoutSecrets}, but userinfo stays in the URL as env reads.
 *
 * @param url - The URL as the script wrote it.
 * @returns The URL with `{{url_username}}:{{url_password}}@` (or the script's placeholders) as userinfo.
 * @example
 * chilkatUrl('https://a:b@h.example/x'); //=> 'https://{{url_username}}:{{url_password}}@h.example/x'
 */
export function chilkatUrl(url: string): string {
  const clean = withoutSecrets(url);
  if (!clean.userinfo) return clean.url;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(clean.url)?.[0] ?? '';
  const placeholder = (value: EnvValue): string => `{{${value.env.toLowerCase()}}}`;
  return `${scheme}${placeholder(clean.userinfo.username)}:${placeholder(clean.userinfo.password)}@${clean.url.slice(scheme.length)}`;
}
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}|<([\w.-]+)>/g;

/**
 * The source text that reads `name` from the environment.
 *
 * @param name - A name from the script (`auth0_token`, `api-key`).
 * @returns The env var and the code that reads it.
 * @example
 * envValue('auth0_token'); //=> { env: 'AUTH0_TOKEN', source: "env('AUTH0_TOKEN')" }
 */
export function envValue(name: string): EnvValue {
  const env = constantCase(name) || 'VALUE';
  return { env, source: `env(${tsString(env)})` };
}

/** A secret: the placeholder's name when the value is one (`{{token}}`), else `fallback`, never the text itself. */
function secretValue(value: string, fallback: string): EnvValue {
  const match = /^\s*(?:\{\{\s*([\w.-]+)\s*\}\}|<([\w.-]+)>)\s*$/.exec(value);
  return envValue(match?.[1] ?? match?.[2] ?? fallback);
}

/** The env var a literal credential of each Http property is read from, the same in both styles. */
const CREDENTIAL_ENV = { AuthToken: 'auth_token', Login: 'http_login', Password: 'http_password' } as const;

/**
 * How generated code reads a credential the script set on its Http object: a placeholder's env var,
 * else the property's env var (AUTH_TOKEN, HTTP_LOGIN, HTTP_PASSWORD) in both styles; a literal empty
 * text stays `''` (`env` is then `''`), since there is nothing secret to read.
 *
 * @param property - The Http property.
 * @param value - The text the script gave it.
 * @returns The env value.
 * @example
 * credentialValue('Password', ''); //=> { env: '', source: "''" }
 */
export function credentialValue(property: keyof typeof CREDENTIAL_ENV, value: string): EnvValue {
  if (value === '') return { env: '', source: "''" };
  return secretValue(value, CREDENTIAL_ENV[property]);
}

/**
 * Source text for a header value: placeholders become env reads; a secret header never keeps its literal text.
 *
 * @param name - The header name.
 * @param value - The header value as the script wrote it.
 * @returns A TypeScript expression.
 * @example
 * headerValueSource('Authorization', 'Bearer {{key}}'); //=> "`Bearer ${env('KEY')}`"
 */
export function headerValueSource(name: string, value: string): string {
  const whole = /^\s*(?:\{\{\s*([\w.-]+)\s*\}\}|<([\w.-]+)>)\s*$/.exec(value);
  if (whole) return envValue(whole[1] ?? whole[2] ?? name).source;
  if (PLACEHOLDER.test(value)) {
    PLACEHOLDER.lastIndex = 0;
    const parts = value.split(PLACEHOLDER);
    let out = '';
    for (let index = 0; index < parts.length; index += 3) {
      out += (parts[index] ?? '').replace(/[`\\$]/g, '\\$&');
      const placeholder = parts[index + 1] ?? parts[index + 2];
      if (placeholder !== undefined) out += `\${${envValue(placeholder).source}}`;
    }
    return `\`${out}\``;
  }
  if (SECRET_HEADER.test(name) || isSecretName(name) || SECRET_VALUE.test(value)) return envValue(name).source;
  return tsString(value);
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
  const headers: [string, string][] = [];
  let pretty = false;
  for (const node of before) {
    if (node.kind === 'http-option') {
      const text = String(node.value);
      if (node.name === 'AuthToken') tokenText = text;
      if (node.name === 'Login') loginText = text;
      if (node.name === 'Password') passwordText = text;
      if (node.name === 'BasicAuth') basicAuth = node.value === true;
      if (node.name === 'Accept') headers.push(['Accept', tsString(text)]);
      if (node.name === 'UserAgent') headers.push(['User-Agent', tsString(text)]);
    }
    if (node.kind === 'header') {
      const isDefaultType = /^content-type$/i.test(node.name) && /^application\/json$/i.test(node.value);
      // SetRequestHeader replaces an earlier value of the same header (an object literal cannot hold both).
      const earlier = headers.findIndex(([name]) => name.toLowerCase() === node.name.toLowerCase());
      if (earlier >= 0) headers.splice(earlier, 1);
      if (!isDefaultType) headers.push([node.name, headerValueSource(node.name, node.value)]);
    }
    if (node.kind === 'json-option' && node.handle === bodyHandle && node.name === 'EmitCompact') pretty = node.value === false;
  }
  const contentType = send?.contentType;
  if (contentType !== undefined && !/^application\/json$/i.test(contentType) && !headers.some(([name]) => /^content-type$/i.test(name))) headers.push(['Content-Type', tsString(contentType)]);
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

/**
 * The URL with `{{var}}` and `:param` filled from the environment, for Chilkat-style output.
 *
 * @param url - The URL as the script wrote it.
 * @returns A TypeScript expression.
 * @example
 * filledUrlSource('https://{{host}}/a/:id'); //=> "`https://${env('HOST')}/a/${encodeURIComponent(env('ID'))}`"
 */
export function filledUrlSource(script: string): string {
  const url = chilkatUrl(script);
  if (!/\{\{|\/:[A-Za-z_]/.test(url)) return tsString(url);
  const escaped = url.replace(/[`\\$]/g, '\\$&');
  const filled = escaped
    .replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_all, name: string) => `\${${envValue(name).source}}`)
    .replace(/(?<=\/):([A-Za-z_]\w*)/g, (_all, name: string) => `\${encodeURIComponent(${envValue(name).source})}`);
  return `\`${filled}\``;
}

/**
 * The helper every generated module carries: read a required environment variable.
 *
 * @example
 * ENV_HELPER.startsWith('/** Reads a required environment variable'); //=> true
 */
export const ENV_HELPER = `/** Reads a required environment variable (secrets are never written into this file). */
function env(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(\`Set the \${name} environment variable.\`);
  return value;
}`;
