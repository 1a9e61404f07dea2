/**
 * What counts as a secret in a request: header names that carry credentials
 * and values shaped like keys or tokens, whatever they are called.
 *
 * @example
 * isSecretHeader('X-Api-Key', 'abc'); //=> true
 */
import { isSecretName } from '../../send/redact.js';

/** Header names that carry credentials. */
const SECRET_HEADER = /auth|token|key|secret|password|cookie|session/i;
/** Values that are credentials whatever the header is called (Stripe, GitHub, Slack, AWS keys, JWTs). */
const SECRET_VALUE = /^\s*(?:[a-z]+\s+)?(?:[spr]k_(?:live|test)_|gh[pousr]_|github_pat_|xox[abprs]-|AKIA[0-9A-Z]{12}|eyJ[\w-]{8,}\.)/;

/**
 * Whether a header's value is a secret: by its name (`Authorization`, `X-Api-Key`, `Cookie`, or a
 * secret-looking name as `isSecretName` sees it), or, when a value is given, by the value's shape.
 *
 * @param name - The header name.
 * @param value - The header value, when known.
 * @returns `true` when the value must never be written out.
 * @example
 * isSecretHeader('Accept'); //=> false
 */
export function isSecretHeader(name: string, value?: string): boolean {
  return SECRET_HEADER.test(name) || isSecretName(name) || (value !== undefined && SECRET_VALUE.test(value));
}
