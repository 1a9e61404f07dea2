/**
 * Where a request header's value comes from in the ported code: the
 * environment (a placeholder, or a secret the script wrote literally), a text
 * with placeholders filled from the environment, or the literal text.
 *
 * @example
 * planHeaderValue('Authorization', 'Bearer {{key}}').kind; //=> 'template'
 */
import { envValue, placeholderName, type EnvValue } from './env-value.js';
import { isSecretHeader } from './secret-text.js';

/**
 * A header value, planned.
 *
 * @example
 * const value: HeaderValue = { kind: 'text', text: 'application/xml' };
 */
export type HeaderValue =
  | { readonly kind: 'env'; readonly value: EnvValue }
  /** Literal text and placeholders, in order. */
  | { readonly kind: 'template'; readonly parts: readonly (string | EnvValue)[] }
  | { readonly kind: 'text'; readonly text: string };

/** A placeholder inside a text: `{{name}}` or `<name>`. */
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}|<([\w.-]+)>/;

/**
 * Plans a header value: placeholders become env reads; a secret header never keeps its literal text.
 *
 * @param name - The header name.
 * @param value - The header value as the script wrote it.
 * @returns Where the value comes from.
 * @example
 * planHeaderValue('X-Api-Key', 'abc'); //=> { kind: 'env', value: { env: 'X_API_KEY' } }
 */
export function planHeaderValue(name: string, value: string): HeaderValue {
  const whole = placeholderName(value);
  if (whole !== undefined) return { kind: 'env', value: envValue(whole) };
  if (PLACEHOLDER.test(value)) {
    const pieces = value.split(new RegExp(PLACEHOLDER.source, 'g'));
    const parts: (string | EnvValue)[] = [];
    for (let index = 0; index < pieces.length; index += 3) {
      parts.push(pieces[index] ?? '');
      const placeholder = pieces[index + 1] ?? pieces[index + 2];
      if (placeholder !== undefined) parts.push(envValue(placeholder));
    }
    return { kind: 'template', parts };
  }
  if (isSecretHeader(name, value)) return { kind: 'env', value: envValue(name) };
  return { kind: 'text', text: value };
}
