import { alignedBase64Runs, encodeBase64 } from './base64.js';
import { REDACTED, isSecretName, redactUrlsInText } from './redact.js';

/**
 * Length (in UTF-16 units) from which a secret, or one of its encoded forms,
 * is scrubbed wherever it appears, even glued to other text. A shorter one is
 * scrubbed only as a whole word (not next to a letter, digit or `_`), so that
 * a short password or test token does not eat the letters of every message:
 * with the token `e`, `The client does not exist` stays as it is, while
 * `Bearer e` becomes `Bearer [redacted]`. Eight characters is where an
 * accidental match inside ordinary text becomes rare, and a secret shorter
 * than that is guessable anyway.
 *
 * @example
 * ```ts
 * new Scrubber(['e']).text('The client does not exist: Bearer e'); //=> 'The client does not exist: Bearer [redacted]'
 * ```
 */
export const MIN_SCRUB_ANYWHERE = 8;

/**
 * Containers nested deeper than this in an error body are replaced by
 * {@link TOO_DEEP}, so that `JSON.stringify(error)` and loggers that walk
 * the error recursively cannot overflow the stack on a hostile body.
 *
 * @example
 * ```ts
 * MAX_ERROR_BODY_DEPTH; //=> 128
 * ```
 */
export const MAX_ERROR_BODY_DEPTH = 128;

/**
 * What stands for a part of an error body nested deeper than {@link MAX_ERROR_BODY_DEPTH}.
 *
 * @example
 * ```ts
 * TOO_DEEP; //=> '[nested deeper than 128 levels]'
 * ```
 */
export const TOO_DEEP = `[nested deeper than ${MAX_ERROR_BODY_DEPTH} levels]`;

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
// What must be escaped in a `u`-mode pattern (`\-` is a syntax error there).
const PATTERN_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * The texts under which a secret may come back: as it is, URL-encoded,
 * form-encoded, JSON-escaped (also with `\/` and `\uXXXX` escapes), and in base64 (standard and URL alphabets,
 * padded or not, and, for a secret of {@link MIN_SCRUB_ANYWHERE} characters
 * or more, the runs that show wherever it sits in a longer base64 value).
 *
 * @param secret - the secret as given.
 * @returns its forms, without duplicates or empty texts.
 * @example
 * ```ts
 * secretForms('a b').slice(0, 4); //=> ['a b', 'a%20b', 'a+b', 'YSBi']
 * ```
 */
export function secretForms(secret: string): string[] {
  if (secret === '') return [];
  const forms = new Set<string>([secret]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate has no URI encoding: it cannot be echoed in that form either.
  }
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  const bytes = new TextEncoder().encode(secret);
  const base64 = encodeBase64(bytes);
  const runs = secret.length >= MIN_SCRUB_ANYWHERE ? alignedBase64Runs(bytes) : [];
  for (const form of [base64, base64.replace(/=+$/, ''), ...runs]) {
    forms.add(form);
    forms.add(form.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  // JSON as JavaScript writes it, and as other encoders do: `\/` for `/` (PHP), `\u00fc` for non-ASCII (Python, PHP).
  const json = JSON.stringify(secret).slice(1, -1);
  const ascii = (text: string, hex: (code: string) => string): string => text.replace(/[\u0080-\uffff]/g, (char) => `\\u${hex(char.charCodeAt(0).toString(16).padStart(4, '0'))}`);
  const slashes = json.replace(/\//g, '\\/');
  for (const form of [json, slashes, ascii(json, (code) => code), ascii(json, (code) => code.toUpperCase()), ascii(slashes, (code) => code)]) forms.add(form);
  return [...forms].filter((form) => form !== '');
}

/**
 * The one place secrets are taken out of what `send()` throws: every text,
 * body, cause chain and message of an error passes through a scrubber made
 * for the request.
 *
 * It replaces each known secret in all its {@link secretForms} (long ones
 * anywhere, short ones as whole words; see {@link MIN_SCRUB_ANYWHERE}), drops
 * URL credentials (`//user:pass@`) and redacts secret-named URL parameters
 * (`?token=`, `#access_token=`) wherever they appear.
 *
 * @example
 * ```ts
 * const scrubber = new Scrubber(['s3cret-token']);
 * scrubber.text('bad token s3cret-token'); //=> 'bad token [redacted]'
 * scrubber.value({ echo: ['s3cret-token'], client_secret: 'x' }); //=> { echo: ['[redacted]'], client_secret: '[redacted]' }
 * ```
 */
export class Scrubber {
  readonly #rewrites: ReadonlyArray<readonly [string, string]>;
  readonly #anywhere: readonly string[];
  readonly #wholeWords: RegExp | undefined;

  /**
   * @param secrets - values to hide, in every form.
   * @param rewrites - exact texts to replace by a safe one (the real URL by its redacted form), applied first.
   */
  constructor(secrets: Iterable<string>, rewrites: ReadonlyArray<readonly [string, string]> = []) {
    const forms = new Set<string>();
    for (const secret of secrets) for (const form of secretForms(secret)) forms.add(form);
    // Longest first: where one form holds another, the whole longer one is replaced.
    const ordered = [...forms].sort((a, b) => b.length - a.length);
    // Long forms as plain text (a pattern would be too large for a long password); short ones as one pattern.
    this.#anywhere = ordered.filter((form) => form.length >= MIN_SCRUB_ANYWHERE);
    const short = ordered.filter((form) => form.length < MIN_SCRUB_ANYWHERE).map((form) => form.replace(PATTERN_SYNTAX, '\\$&'));
    this.#wholeWords = short.length === 0 ? undefined : new RegExp(`(?<!${WORD_CHAR})(?:${short.join('|')})(?!${WORD_CHAR})`, 'gu');
    this.#rewrites = rewrites.filter(([from]) => from !== '');
  }

  /** Replaces every known secret in `text`, drops URL credentials and redacts secret-named URL parameters. */
  text(text: string): string {
    let result = text;
    for (const [from, to] of this.#rewrites) if (result.includes(from)) result = result.split(from).join(to);
    for (const form of this.#anywhere) if (result.includes(form)) result = result.split(form).join(REDACTED);
    if (this.#wholeWords !== undefined) result = result.replace(this.#wholeWords, REDACTED);
    return redactUrlsInText(result);
  }

  /**
   * A scrubbed deep copy of a parsed body: every string and key through
   * {@link Scrubber.text}, every non-empty string under a secret-named key
   * `[redacted]`, containers deeper than {@link MAX_ERROR_BODY_DEPTH}
   * replaced by {@link TOO_DEEP}. Iterative, so no depth overflows the stack.
   */
  value(value: unknown): unknown {
    const pending: Array<{ readonly source: object; readonly target: unknown[] | Record<string, unknown>; readonly depth: number }> = [];
    const copy = (item: unknown, depth: number): unknown => {
      if (typeof item === 'string') return this.text(item);
      if (typeof item !== 'object' || item === null) return item;
      if (depth > MAX_ERROR_BODY_DEPTH) return TOO_DEEP;
      const target = Array.isArray(item) ? [] : {};
      pending.push({ source: item, target, depth });
      return target;
    };
    const result = copy(value, 1);
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const { source, target, depth } = next;
      if (Array.isArray(target)) {
        for (const item of source as unknown[]) target.push(copy(item, depth + 1));
        continue;
      }
      for (const [key, item] of Object.entries(source)) {
        const safe = typeof item === 'string' && item !== '' && isSecretName(key) ? REDACTED : copy(item, depth + 1);
        // defineProperty, so a `__proto__` key in a server's body stays a plain key.
        Object.defineProperty(target, this.text(key), { value: safe, enumerable: true, writable: true, configurable: true });
      }
    }
    return result;
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
    copy.name = typeof source.name === 'string' ? this.text(source.name) : 'Error';
    copy.stack = typeof source.stack === 'string' ? this.text(source.stack) : `${copy.name}: ${copy.message}`;
    const fields = copy as unknown as Record<string, unknown>;
    for (const key of ['code', 'errno', 'syscall', 'address', 'port', 'hostname'] as const) {
      const field = source[key];
      if (typeof field === 'string') fields[key] = this.text(field);
      else if (typeof field === 'number') fields[key] = field;
    }
    if (depth < 8 && Array.isArray(source['errors'])) {
      fields['errors'] = (source['errors'] as unknown[]).slice(0, 8).map((item) => this.error(item, depth + 1));
    }
    return copy;
  }

  /**
   * Scrubs the message and stack of an error just built from scrubbed
   * fields, in place: a secret could still form where two fields meet.
   */
  seal<Failure extends Error>(error: Failure): Failure {
    error.message = this.text(error.message);
    if (typeof error.stack === 'string') error.stack = this.text(error.stack);
    return error;
  }
}
