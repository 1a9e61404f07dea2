/**
 * Text that stands in for every secret pathpatch removes.
 *
 * @example
 * ```ts
 * redactUrl('https://x.example/?token=abc'); //=> `https://x.example/?token=${REDACTED}`
 * ```
 */
export const REDACTED = '[redacted]';

// Stems long enough to be unambiguous anywhere in a name (`masterkey`, `x-auth-token`, `client_secret`).
const SECRET_STEMS = ['token', 'secret', 'password', 'passwd', 'passphrase', 'signature', 'credential', 'apikey', 'accesskey', 'privatekey', 'masterkey', 'cookie', 'authorization', 'authkey', 'session', 'sessid', 'bearer', 'pwd'];
// Short words that are secret only as a whole word of the name (`api_key`, `keyId`, `sig`, but not `monkey`).
const SECRET_WORDS = new Set(['key', 'sig', 'pwd', 'pass', 'auth', 'otp', 'jwt', 'session', 'sid']);
// Names that are secret only on their own (OAuth's `?code=`; `errorCode` is not).
const SECRET_NAMES = new Set(['code']);

/**
 * Tells whether a query parameter, header, template variable or JSON key
 * names something secret (`token`, `key`, `secret`, `password`, `signature`...).
 *
 * Errs on the side of redacting: a false positive hides a harmless value, a
 * false negative leaks a credential.
 *
 * @param name - the name as written (any case, `snake_case`, `kebab-case` or `camelCase`).
 * @returns `true` when values under this name must never be shown.
 * @example
 * ```ts
 * isSecretName('client_secret'); //=> true
 * isSecretName('X-Api-Key'); //=> true
 * isSecretName('page'); //=> false
 * ```
 */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  const squashed = lower.replace(/[^a-z0-9]/g, '');
  if (SECRET_NAMES.has(squashed)) return true;
  if (SECRET_STEMS.some((stem) => squashed.includes(stem))) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((word) => SECRET_WORDS.has(word));
}

/**
 * Redacts a URL for display: credentials dropped, values of secret-looking
 * query parameters replaced by `[redacted]`.
 *
 * Works on text that is not a valid URL too (a template), by looking only at
 * what follows `?`.
 *
 * @param url - an absolute URL or a URL template.
 * @returns the same URL, safe to print.
 * @example
 * ```ts
 * redactUrl('https://u:p@api.example/x?token=abc&page=2');
 * //=> 'https://api.example/x?token=[redacted]&page=2'
 * ```
 */
export function redactUrl(url: string): string {
  const withoutCredentials = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1');
  const queryStart = withoutCredentials.indexOf('?');
  if (queryStart === -1) return withoutCredentials;
  const hashStart = withoutCredentials.indexOf('#', queryStart);
  const end = hashStart === -1 ? withoutCredentials.length : hashStart;
  const query = withoutCredentials
    .slice(queryStart + 1, end)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      const name = safeDecode(pair.slice(0, equals));
      return isSecretName(name) ? `${pair.slice(0, equals)}=${REDACTED}` : pair;
    })
    .join('&');
  return `${withoutCredentials.slice(0, queryStart + 1)}${query}${withoutCredentials.slice(end)}`;
}

/**
 * The secret values of one request, and how to scrub them from text, values
 * and error chains before anything leaves `send()`.
 *
 * @example
 * ```ts
 * const scrubber = new Scrubber(['s3cret']);
 * scrubber.text('bad token s3cret'); //=> 'bad token [redacted]'
 * ```
 */
export class Scrubber {
  readonly #replacements: ReadonlyArray<readonly [string, string]>;

  /**
   * @param secrets - values to hide; each is also hidden in its URL-encoded and base64 forms.
   * @param rewrites - exact texts to replace by a safe one (the real URL by its redacted form), applied first.
   */
  constructor(secrets: Iterable<string>, rewrites: ReadonlyArray<readonly [string, string]> = []) {
    const forms = new Set<string>();
    for (const secret of secrets) {
      if (secret === '') continue;
      forms.add(secret);
      forms.add(encodeURIComponent(secret));
      forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
    }
    // Longest first, so a secret that contains another is replaced whole.
    const ordered = [...forms].sort((a, b) => b.length - a.length);
    this.#replacements = [...rewrites.filter(([from]) => from !== ''), ...ordered.map((secret) => [secret, REDACTED] as const)];
  }

  /** Replaces every known secret in `text`. */
  text(text: string): string {
    let result = text;
    for (const [from, to] of this.#replacements) result = result.split(from).join(to);
    return result;
  }

  /** Deep copy of a parsed body with every known secret scrubbed and every secret-named string field replaced. */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null || depth > 64) return value;
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const safe = typeof item === 'string' && item !== '' && isSecretName(key) ? REDACTED : this.value(item, depth + 1);
      // defineProperty, so a `__proto__` key in a server's body stays a plain key.
      Object.defineProperty(copy, key, { value: safe, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }

  /**
   * A scrubbed copy of an error chain: name, message, stack and the usual
   * system fields (`code`, `errno`, `syscall`, `address`, `port`, `hostname`),
   * nothing else, so no request object or header can ride along.
   */
  error(error: unknown, depth = 0): Error {
    if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return new Error(this.text(String(error)));
    const source = error as Partial<Error> & Record<string, unknown>;
    const nested = depth < 8 && source.cause !== undefined ? { cause: this.error(source.cause, depth + 1) } : undefined;
    const copy = new Error(this.text(String(source.message ?? '')), nested);
    copy.name = typeof source.name === 'string' ? source.name : 'Error';
    copy.stack = typeof source.stack === 'string' ? this.text(source.stack) : `${copy.name}: ${copy.message}`;
    const fields = copy as unknown as Record<string, unknown>;
    for (const key of ['code', 'errno', 'syscall', 'address', 'port', 'hostname'] as const) {
      const field = source[key];
      if (typeof field === 'string') fields[key] = this.text(field);
      else if (typeof field === 'number') fields[key] = field;
    }
    if (depth < 8 && Array.isArray(source['errors'])) {
      fields['errors'] = (source['errors'] as unknown[]).map((item) => this.error(item, depth + 1));
    }
    return copy;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
