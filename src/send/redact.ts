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

// `//user:pass@` anywhere, up to the last `@` before the host, as a URL parser reads it (a password may hold `@`).
// The parser also reads `\` as `/` and drops tabs and line breaks anywhere: `https:\\user:pass@host` and
// `https://us<LF>er:pass@host` hold credentials too. Each scan stops at the next slash, so the work stays linear.
const URL_CREDENTIALS = /([/\\][\t\n\r]*[/\\])(?:[^\s/\\?#]|[\t\n\r])*@/g;
// After `http:`/`https:` the parser needs no slash, or one (`https:user:pass@host`, `https:/user:pass@host`).
// A scan stops at the next `http:` too, and tabs before the userinfo belong to it alone: else a hostile text
// (many `http:`, or one followed by tabs) would take quadratic time.
const SCHEME_CREDENTIALS = /(\bhttps?:(?:[\t\n\r]*[/\\])*)(?:(?!https?:)[^\s/\\?#]|[\t\n\r])*@/gi;
// `name=value` after `?`, `&` or `#`; the name is bounded so a failed match costs little (no quadratic scan).
const URL_PARAM = /([?&#])([^=&#?\s]{1,128})=([^&#\s"'<>]*)/g;

/**
 * Redacts a URL for display: credentials dropped, values of secret-looking
 * query and fragment parameters (`?token=`, `#access_token=`) replaced by `[redacted]`.
 *
 * Works on any text, not only a valid URL: a template, or an error message
 * that quotes a URL (`//user:pass@` is dropped wherever it appears).
 *
 * @param url - an absolute URL or a URL template.
 * @returns the same URL, safe to print.
 * @example
 * ```ts
 * redactUrl('https://u:p@api.example/x?token=abc&page=2#access_token=xyz&state=1');
 * //=> 'https://api.example/x?token=[redacted]&page=2#access_token=[redacted]&state=1'
 * ```
 */
export function redactUrl(url: string): string {
  return redactParams(url.replace(URL_CREDENTIALS, '$1').replace(SCHEME_CREDENTIALS, '$1'));
}

// In free text a backslash is often an escape (JSON's `"CORP\\bob@corp.example"`), not a slash a parser reads.
const TEXT_CREDENTIALS = /\/\/[^\s/?#]*@/g;

/**
 * Redacts the URLs that free text quotes (an error body, a message): `//user:pass@` dropped, secret-named
 * parameters replaced. Unlike {@link redactUrl}, a backslash is not read as a slash, so escaped text such as
 * JSON's `\\` keeps its words.
 *
 * @param text - any text.
 * @returns the text, its URLs safe to print.
 * @example
 * ```ts
 * redactUrlsInText('see https://u:p@api.example/x?token=abc and CORP\\bob@corp.example');
 * //=> 'see https://api.example/x?token=[redacted] and CORP\\bob@corp.example'
 * ```
 */
export function redactUrlsInText(text: string): string {
  return redactParams(text.replace(TEXT_CREDENTIALS, '//'));
}

function redactParams(text: string): string {
  return text.replace(URL_PARAM, (match, start: string, name: string, value: string) => (value !== '' && isSecretName(safeDecode(name)) ? `${start}${name}=${REDACTED}` : match));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
