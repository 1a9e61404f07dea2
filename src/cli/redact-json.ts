// Member names whose values are secrets, judged by their ending: masked whenever a payload is printed.
// Not send()'s isSecretName, which errs towards masking any name containing "token" (right for error
// text, wrong here: it would hide `token_endpoint_auth_method`, a setting the demo is about).
const SECRET_NAME = /(secret|password|passwd|pwd|token|api[-_]?key|private[-_]?key|signing[-_]?key|master[-_]?key|sas[-_]?key|access[-_]?key|authorization|credential)s?$/i;

/**
 * A copy of a JSON value with secret-looking members masked, for printing only (never for sending).
 *
 * @example
 * ```ts
 * redactJson({ name: 'a', client_secret: 's' }); //=> { name: 'a', client_secret: '[redacted]' }
 * ```
 */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const masked = SECRET_NAME.test(key) && typeof member === 'string' && member !== '' ? '[redacted]' : redactJson(member);
    Object.defineProperty(out, key, { value: masked, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
