/**
 * Which environment variable a value of the script is read from: the name of a
 * placeholder (`{{token}}`), or a fixed name for a credential the script wrote
 * literally. Planning chooses the name; codegen writes the code that reads it.
 *
 * @example
 * envValue('auth0_token').env; //=> 'AUTH0_TOKEN'
 */
import { constantCase } from 'change-case';

/**
 * A value read from the environment. `env` is the variable's name; the empty
 * name stands for the empty text (a credential set to `""` has nothing secret to read).
 *
 * @example
 * const token: EnvValue = { env: 'AUTH0_TOKEN' };
 */
export interface EnvValue {
  readonly env: string;
}

/** A whole value that is one placeholder: `{{name}}` or `<name>`. */
const WHOLE_PLACEHOLDER = /^\s*(?:\{\{\s*([\w.-]+)\s*\}\}|<([\w.-]+)>)\s*$/;

/**
 * The environment variable a name of the script is read from.
 *
 * @param name - A name from the script (`auth0_token`, `api-key`).
 * @returns The env value.
 * @example
 * envValue('api-key'); //=> { env: 'API_KEY' }
 */
export function envValue(name: string): EnvValue {
  return { env: constantCase(name) || 'VALUE' };
}

/**
 * The placeholder's name when the whole value is one (`{{token}}`, `<token>`).
 *
 * @param value - A value as the script wrote it.
 * @returns The name, or `undefined`.
 * @example
 * placeholderName(' {{key}} '); //=> 'key'
 */
export function placeholderName(value: string): string | undefined {
  const match = WHOLE_PLACEHOLDER.exec(value);
  return match?.[1] ?? match?.[2];
}

/**
 * A secret: the placeholder's name when the value is one (`{{token}}`), else `fallback`, never the text itself.
 *
 * @param value - The secret as the script wrote it.
 * @param fallback - The name to read it from when it is literal text.
 * @returns The env value.
 * @example
 * secretValue('hunter2', 'url_password'); //=> { env: 'URL_PASSWORD' }
 */
export function secretValue(value: string, fallback: string): EnvValue {
  return envValue(placeholderName(value) ?? fallback);
}

/** The env var a literal credential of each Http property is read from, the same in both styles. */
const CREDENTIAL_ENV = { AuthToken: 'auth_token', Login: 'http_login', Password: 'http_password' } as const;

/**
 * The Http properties that hold a credential.
 *
 * @example
 * const property: CredentialProperty = 'AuthToken';
 */
export type CredentialProperty = keyof typeof CREDENTIAL_ENV;

/**
 * Where generated code reads a credential the script set on its Http object: a placeholder's env var,
 * else the property's env var (AUTH_TOKEN, HTTP_LOGIN, HTTP_PASSWORD) in both styles; a literal empty
 * text stays empty (`env` is then `''`), since there is nothing secret to read.
 *
 * @param property - The Http property.
 * @param value - The text the script gave it.
 * @returns The env value.
 * @example
 * credentialValue('Password', 's3cret'); //=> { env: 'HTTP_PASSWORD' }
 */
export function credentialValue(property: CredentialProperty, value: string): EnvValue {
  if (value === '') return { env: '' };
  return secretValue(value, CREDENTIAL_ENV[property]);
}
