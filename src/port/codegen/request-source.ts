/**
 * Writes the planned request as TypeScript source: environment reads, header
 * values and URLs with their placeholders filled from the environment.
 *
 * @example
 * envSource({ env: 'AUTH0_TOKEN' }); //=> "env('AUTH0_TOKEN')"
 */
import type { CredentialProperty, EnvValue } from '../plan/env-value.js';
import { credentialValue, envValue } from '../plan/env-value.js';
import { planHeaderValue, type HeaderValue } from '../plan/header-value.js';
import type { RequestPlan } from '../plan/request-plan.js';
import { chilkatUrl } from '../plan/url-secrets.js';
import { tsString } from './ts-text.js';

/**
 * The source text that reads a value from the environment (`''` for the empty credential).
 *
 * @param value - The planned env value.
 * @returns A TypeScript expression.
 * @example
 * envSource({ env: '' }); //=> "''"
 */
export function envSource(value: EnvValue): string {
  return value.env === '' ? "''" : `env(${tsString(value.env)})`;
}

/** Text inside a template literal. */
function templateText(text: string): string {
  return text.replace(/[`\\$]/g, '\\$&');
}

/**
 * Source text for a planned header value.
 *
 * @param value - Where the header's value comes from.
 * @returns A TypeScript expression.
 * @example
 * headerSource({ kind: 'text', text: 'application/xml' }); //=> "'application/xml'"
 */
export function headerSource(value: HeaderValue): string {
  switch (value.kind) {
    case 'env': return envSource(value.value);
    case 'text': return tsString(value.text);
    case 'template': return `\`${value.parts.map((part) => (typeof part === 'string' ? templateText(part) : `\${${envSource(part)}}`)).join('')}\``;
  }
}

/**
 * Source text for a header value as the script wrote it: placeholders become env reads; a secret header
 * never keeps its literal text.
 *
 * @param name - The header name.
 * @param value - The header value as the script wrote it.
 * @returns A TypeScript expression.
 * @example
 * headerValueSource('Authorization', 'Bearer {{key}}'); //=> "`Bearer ${env('KEY')}`"
 */
export function headerValueSource(name: string, value: string): string {
  return headerSource(planHeaderValue(name, value));
}

/**
 * A credential the script set on its Http object, as the env var it is read from and the source that reads it.
 *
 * @param property - The Http property.
 * @param value - The text the script gave it.
 * @returns The env var (`''` when there is none) and the source text.
 * @example
 * credentialSource('AuthToken', '{{token}}'); //=> { env: 'TOKEN', source: "env('TOKEN')" }
 */
export function credentialSource(property: CredentialProperty, value: string): { readonly env: string; readonly source: string } {
  const read = credentialValue(property, value);
  return { env: read.env, source: envSource(read) };
}

/**
 * The URL with `{{var}}` and `:param` filled from the environment, for Chilkat-style output.
 *
 * @param script - The URL as the script wrote it.
 * @returns A TypeScript expression.
 * @example
 * filledUrlSource('https://{{host}}/a/:id'); //=> "`https://${env('HOST')}/a/${encodeURIComponent(env('ID'))}`"
 */
export function filledUrlSource(script: string): string {
  const url = chilkatUrl(script);
  if (!/\{\{|\/:[A-Za-z_]/.test(url)) return tsString(url);
  const filled = templateText(url)
    .replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_all, name: string) => `\${${envSource(envValue(name))}}`)
    .replace(/(?<=\/):([A-Za-z_]\w*)/g, (_all, name: string) => `\${encodeURIComponent(${envSource(envValue(name))})}`);
  return `\`${filled}\``;
}

/** An object literal of `key: source` entries. */
function objectSource(entries: readonly (readonly [string, string])[]): string {
  return `{ ${entries.map(([key, value]) => `${objectKeySource(key)}: ${value}`).join(', ')} }`;
}

/**
 * A key of a generated object literal. `__proto__` is written computed (`['__proto__']`): written plain or
 * quoted, an object literal sets the prototype with it instead of making a property.
 *
 * @param key - The property name.
 * @returns Source text for the key.
 * @example
 * objectKeySource('__proto__'); //=> "['__proto__']"
 */
export function objectKeySource(key: string): string {
  if (key === '__proto__') return `[${tsString(key)}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : tsString(key);
}

/**
 * The options of the `send()` call that makes the planned request, each as `name: source`.
 *
 * @param plan - The request plan.
 * @param method - The HTTP method.
 * @param url - Source text of the URL when the script computes it; else the plan's URL is written.
 * @returns The option sources, in the order they are written.
 * @example
 * sendOptionSources(planRequest(nodes), 'PATCH'); //=> ["url: 'https://api.example/x'", "method: 'PATCH'", "token: env('AUTH_TOKEN')"]
 */
export function sendOptionSources(plan: RequestPlan, method: string, url?: string): string[] {
  const options: string[] = [`url: ${url ?? tsString(plan.url)}`, `method: ${tsString(method.toUpperCase())}`];
  if (plan.vars.length > 0) options.push(`vars: ${objectSource(plan.vars.map(([name, value]) => [name, envSource(value)]))}`);
  if (plan.params.length > 0) options.push(`params: ${objectSource(plan.params.map(([name, value]) => [name, envSource(value)]))}`);
  if (plan.token) options.push(`token: ${envSource(plan.token)}`);
  if (plan.basic) options.push(`basic: { username: ${envSource(plan.basic.username)}, password: ${envSource(plan.basic.password)} }`);
  if (plan.headers.length > 0) options.push(`headers: ${objectSource(plan.headers.map(([name, value]) => [name, headerSource(value)]))}`);
  return options;
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
