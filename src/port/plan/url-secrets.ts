/**
 * A request URL without the secrets written into it: userinfo and query values
 * under secret-looking names are taken out and read from the environment.
 *
 * @example
 * withoutSecrets('https://a:b@h.example/x').url; //=> 'https://h.example/x'
 */
import { isSecretName } from '../../send/redact.js';
import { secretValue, type EnvValue } from './env-value.js';

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

/**
 * The URL for Chilkat-style output: like {@link withoutSecrets}, but userinfo stays in the URL as placeholders.
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
