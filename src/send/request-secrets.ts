import { encodeBase64 } from './base64.js';
import { isSecretName, REDACTED } from './redact.js';
import type { SendOptions } from './types.js';

/**
 * Every secret the options of one request hold: the token, the basic
 * password and its `Authorization` encoding, the values of secret-named
 * headers (and the credential after their scheme, and secret-named cookies),
 * and the values of secret-named `vars`, `params` and `query` entries.
 *
 * Runs before the options are checked, so that the errors of the check can
 * be scrubbed too: values of the wrong type are skipped, not refused.
 *
 * @param options - the options as the caller gave them.
 * @returns the secret values (unordered, possibly repeated).
 * @example
 * ```ts
 * requestSecrets({ url: 'https://x.example/', token: 'tok', headers: { 'x-api-key': 'k1' } });
 * //=> ['tok', 'k1']
 * ```
 */
export function requestSecrets(options: SendOptions): string[] {
  const found: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value !== '') found.push(value);
    // A number under a secret name may be a PIN; `true` and `false` tell nothing.
    else if (typeof value === 'number') found.push(String(value));
  };
  add(options.token);
  const basic = options.basic as Partial<SendOptions['basic']> | undefined;
  if (basic !== undefined && basic !== null) {
    add(basic.password);
    if (typeof basic.username === 'string' && typeof basic.password === 'string') add(encodeBasicCredentials(basic.username, basic.password));
  }
  for (const [name, value] of ownEntries(options.headers)) {
    if (!isSecretName(name) || typeof value !== 'string') continue;
    add(value);
    if (name.toLowerCase() === 'cookie') {
      // "theme=dark; session=xyz": the value of a secret-named cookie may be echoed alone.
      for (const pair of value.split(';')) {
        const equals = pair.indexOf('=');
        if (equals > 0 && isSecretName(pair.slice(0, equals).trim())) add(pair.slice(equals + 1).trim());
      }
      continue;
    }
    // "Bearer sk_...": the credential alone may be echoed back.
    const space = value.indexOf(' ');
    if (space > 0) add(value.slice(space + 1).trim());
  }
  for (const record of [options.vars, options.params, options.query]) {
    for (const [name, value] of ownEntries(record)) {
      if (!isSecretName(name)) continue;
      if (Array.isArray(value)) for (const item of value as unknown[]) add(item);
      else add(value);
    }
  }
  return found;
}

/**
 * The values of secret-named fields (`client_secret`, `signing_keys[0].key`…)
 * anywhere in a JSON request body, which a server may echo in its error.
 * A body that is not JSON has none.
 *
 * @param text - the request body text.
 * @returns the secret values found.
 * @example
 * ```ts
 * bodySecrets('{"name":"App","jwt":{"client_secret":"cs-1"}}'); //=> ['cs-1']
 * ```
 */
export function bodySecrets(text: string | undefined): string[] {
  let root: unknown;
  try {
    root = JSON.parse(text ?? 'null');
  } catch {
    return [];
  }
  return secretValuesOf(root);
}

/**
 * The non-empty strings under secret-named keys anywhere in a JSON value (a body, or a payload a validator
 * judged), which a server's or a validator's message must not repeat; `[redacted]` is not one. Iterative,
 * so any depth is fine.
 *
 * @example
 * ```ts
 * secretValuesOf({ name: 'App', jwt: [{ client_secret: 'cs-1' }] }); //=> ['cs-1']
 * ```
 */
export function secretValuesOf(root: unknown): string[] {
  const found: string[] = [];
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && item !== '' && item !== REDACTED && isSecretName(key)) found.push(item);
      else pending.push(item);
    }
  }
  return found;
}

/**
 * The credentials of a basic `Authorization` header: base64 of the UTF-8
 * bytes of `username:password`.
 *
 * @example
 * ```ts
 * encodeBasicCredentials('api', 'pw'); //=> 'YXBpOnB3'
 * ```
 */
export function encodeBasicCredentials(username: string, password: string): string {
  return encodeBase64(new TextEncoder().encode(`${username}:${password}`));
}

function ownEntries(record: unknown): Array<[string, unknown]> {
  if (typeof record !== 'object' || record === null) return [];
  try {
    return Object.entries(record);
  } catch {
    // A hostile proxy as options: the checks that follow will say what is wrong.
    return [];
  }
}
