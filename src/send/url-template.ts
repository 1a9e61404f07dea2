import { TemplateError } from '../errors/template-error.js';
import { REDACTED, isSecretName, redactUrl } from './redact.js';
import { kindOf } from './kind-of.js';

/**
 * A value for a `{{var}}` placeholder or a `:param` path parameter.
 *
 * @example
 * ```ts
 * const vars: Record<string, TemplateValue> = { auth0_domain: 'tenant.example', port: 8443 };
 * ```
 */
export type TemplateValue = string | number | boolean;

/**
 * A query parameter value: an array repeats the name, `undefined` leaves it out.
 *
 * @example
 * ```ts
 * const query: Record<string, QueryValue> = { fields: 'name', include_fields: true, tag: ['a', 'b'], page: undefined };
 * //=> ?fields=name&include_fields=true&tag=a&tag=b
 * ```
 */
export type QueryValue = string | number | boolean | undefined | readonly (string | number | boolean)[];

/**
 * What fills a URL template.
 *
 * @example
 * ```ts
 * const values: UrlTemplateValues = { vars: { auth0_domain: 'tenant.example' }, params: { id: 'abc' }, query: { fields: 'name' } };
 * ```
 */
export interface UrlTemplateValues {
  /** Values for Postman-style `{{name}}` placeholders, anywhere in the URL. */
  readonly vars?: Readonly<Record<string, TemplateValue>> | undefined;
  /** Values for `:name` path parameters (a path segment that starts with `:`). */
  readonly params?: Readonly<Record<string, TemplateValue>> | undefined;
  /** Query parameters appended to the URL, after any the template has. */
  readonly query?: Readonly<Record<string, QueryValue>> | undefined;
}

/**
 * A filled URL template.
 *
 * @example
 * ```ts
 * const expanded: ExpandedUrl = expandUrl('https://x.example/?token={{t}}', { vars: { t: 's3cret' } });
 * expanded.display; //=> 'https://x.example/?token=[redacted]'
 * ```
 */
export interface ExpandedUrl {
  /** The URL to request. */
  readonly url: string;
  /** The same URL with secret values replaced, for messages. */
  readonly display: string;
  /** Every secret value that went into the URL, so it can be scrubbed from anything shown. */
  readonly secrets: readonly string[];
}

type Place = 'base' | 'host' | 'path' | 'query' | 'fragment';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// A host name, IPv4 or bracketed IPv6, or a part of one, with an optional port: nothing that could move the request elsewhere.
const HOST_PART = /^(?:[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.?|\[[0-9a-f:.]+\])?(?::\d{1,5})?$/iu;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
// In `u` mode a surrogate half matches only when it is not part of a pair: text that has no UTF-8 form.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Joins a base URL and a request URL, unless the request URL is absolute.
 *
 * Plain text joining (one `/` between them), not URL resolution, so a base
 * path is kept: `https://x/api/v2` + `/clients` is `https://x/api/v2/clients`.
 *
 * @example
 * ```ts
 * joinUrl('https://{{auth0_domain}}/api/v2/', '/clients/:id');
 * //=> 'https://{{auth0_domain}}/api/v2/clients/:id'
 * ```
 */
export function joinUrl(baseURL: string | undefined, url: string): string {
  // A url that is not a string is left for send() to refuse, naming it.
  if (baseURL === undefined || baseURL === '' || typeof url !== 'string' || SCHEME.test(url)) return url;
  if (url === '') return baseURL;
  return `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/**
 * Fills a URL template as Postman writes them (`https://{{auth0_domain}}/api/v2/clients/:id`),
 * encoding each value for its place.
 *
 * A value in the host must be a host name or port; a value in the path is
 * one encoded segment (`/` becomes `%2F`; `.` and `..` are refused); values
 * in the query and fragment are encoded components. A `{{var}}` that opens
 * the template is a base URL and is inserted as is.
 *
 * @param template - the URL with placeholders.
 * @param values - vars, params and query.
 * @returns the URL, its redacted form and the secrets it holds.
 * @throws {TemplateError} for a placeholder without a value, a value that does not fit its place, or a result that is not an absolute http(s) URL without credentials.
 * @example
 * ```ts
 * expandUrl('https://{{auth0_domain}}/api/v2/clients/:id', {
 *   vars: { auth0_domain: 'tenant.example' },
 *   params: { id: 'a/b' },
 * }).url;
 * //=> 'https://tenant.example/api/v2/clients/a%2Fb'
 * ```
 */
export function expandUrl(template: string, values: UrlTemplateValues = {}): ExpandedUrl {
  const shownTemplate = templateForErrors(template);
  const fail = (problem: string, placeholder?: string): never => {
    throw new TemplateError(shownTemplate, problem, placeholder);
  };
  const secrets: string[] = [];
  let url = '';
  let display = '';
  let place: Place = 'path';
  let index = 0;

  const scheme = SCHEME.exec(template);
  if (scheme !== null) {
    url = display = scheme[0];
    index = scheme[0].length;
    place = 'host';
  } else if (template.startsWith('{{')) {
    place = 'base';
  }

  const insert = (placeholder: string, name: string, given: unknown, where: Place): void => {
    // Checked, not coerced: null or an object would go into the URL as "null" or "[object Object]".
    if (!isTemplateValue(given)) fail(`value for ${placeholder} must be a string, number or boolean, found ${kindOf(given)}`, placeholder);
    const value = String(given);
    const secret = isSecretName(name);
    if (secret && value !== '') secrets.push(value);
    const encoded = encodeFor(where, placeholder, value, fail);
    url += encoded;
    display += secret ? REDACTED : encoded;
  };

  while (index < template.length) {
    if (template.startsWith('{{', index)) {
      const close = template.indexOf('}}', index + 2);
      if (close === -1) fail(`unclosed "{{" at ${index}`);
      const name = template.slice(index + 2, close).trim();
      const placeholder = `{{${name}}}`;
      if (name === '' || name.includes('{')) fail(`bad placeholder "${template.slice(index, close + 2)}" at ${index}`);
      const value = lookup(values.vars, name);
      if (value === undefined) fail(`no value for ${placeholder}`, placeholder);
      insert(placeholder, name, value, place);
      if (place === 'base') place = 'path';
      index = close + 2;
      continue;
    }
    const char = template.charAt(index);
    if (place === 'host' && char === '/') place = 'path';
    if ((place === 'host' || place === 'path') && char === '?') place = 'query';
    if (place !== 'fragment' && char === '#') place = 'fragment';
    if (place === 'path' && char === ':' && template.charAt(index - 1) === '/') {
      const name = PARAM_NAME.exec(template.slice(index + 1))?.[0];
      if (name !== undefined) {
        const value = lookup(values.params, name);
        if (value === undefined) fail(`no value for :${name}`, `:${name}`);
        insert(`:${name}`, name, value, 'path');
        index += 1 + name.length;
        continue;
      }
    }
    url += char;
    display += char;
    index += 1;
  }

  const query = formatQuery(values.query, fail);
  if (query !== '') {
    url = appendQuery(url, query);
    display = appendQuery(display, query);
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('the result is not an absolute URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(`the result is not an http(s) URL (found ${parsed.protocol})`);
  if (parsed.username !== '' || parsed.password !== '') fail('the URL holds credentials; pass them with the basic option');
  // The fragment too: OAuth's implicit flow puts `#access_token=…` there.
  for (const params of [parsed.searchParams, new URLSearchParams(parsed.hash.slice(1))]) {
    for (const [name, value] of params) if (value !== '' && isSecretName(name)) secrets.push(value);
  }
  return { url, display: redactUrl(display), secrets: [...new Set(secrets)] };
}

// A URL parser reads credentials in spellings no pattern lists (a space or a form feed in the password, `ftp:u:p@h`):
// whatever redaction leaves before an `@` ahead of the query is withheld, so no error quotes a password.
function templateForErrors(template: string): string {
  const shown = redactUrl(template);
  const end = shown.search(/[?#]/);
  const at = shown.lastIndexOf('@', end < 0 ? shown.length : end);
  return at < 0 ? shown : REDACTED + shown.slice(at);
}

function isTemplateValue(value: unknown): value is TemplateValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}


function lookup(record: Readonly<Record<string, TemplateValue>> | undefined, name: string): TemplateValue | undefined {
  // Own properties only: `{{constructor}}` must not find Object.prototype.constructor.
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

function encodeFor(place: Place, placeholder: string, value: string, fail: (problem: string, placeholder?: string) => never): string {
  switch (place) {
    case 'base':
      if (!/^https?:\/\/[^\s?#]+$/i.test(value)) fail(`value for ${placeholder} must be an http(s) base URL without query or fragment`, placeholder);
      return value.replace(/\/+$/, '');
    case 'host':
      if (value === '' || !HOST_PART.test(value)) fail(`value for ${placeholder} must be a host name or port`, placeholder);
      return value;
    case 'path':
      if (value === '') fail(`empty value for ${placeholder}`, placeholder);
      // A whole segment of "." or ".." would be resolved away by the URL parser, moving the request to another resource.
      if (value === '.' || value === '..') fail(`value for ${placeholder} must not be "." or ".."`, placeholder);
      return encodeComponent(value, `value for ${placeholder}`, fail, placeholder);
    case 'query':
    case 'fragment':
      return encodeComponent(value, `value for ${placeholder}`, fail, placeholder);
  }
}

// encodeURIComponent throws a bare "URI malformed" on a lone surrogate: say which value instead.
function encodeComponent(text: string, what: string, fail: (problem: string, placeholder?: string) => never, placeholder?: string): string {
  if (LONE_SURROGATE.test(text)) fail(`${what} is not well-formed Unicode (it holds a lone surrogate)`, placeholder);
  return encodeURIComponent(text);
}

function formatQuery(query: Readonly<Record<string, QueryValue>> | undefined, fail: (problem: string, placeholder?: string) => never): string {
  if (query === undefined) return '';
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const items: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value as string | number | boolean];
    for (const item of items) {
      if (!isTemplateValue(item)) fail(`value of query parameter ${JSON.stringify(name)} must be a string, number, boolean, an array of them or undefined, found ${kindOf(item)}`);
      pairs.push(`${encodeComponent(name, 'query parameter name', fail)}=${encodeComponent(String(item), `value of query parameter ${JSON.stringify(name)}`, fail)}`);
    }
  }
  return pairs.join('&');
}

function appendQuery(url: string, query: string): string {
  const hash = url.indexOf('#');
  const [head, tail] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const separator = !head.includes('?') ? '?' : head.endsWith('?') || head.endsWith('&') ? '' : '&';
  return `${head}${separator}${query}${tail}`;
}
