import type { CopyContext, ProtoKeys } from '../json/index.js';
import { checkDelimiter } from '../path/index.js';

/**
 * How a builder treats the cases where strict JSON building and Chilkat differ.
 *
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * // Chilkat-like: an index past the end appends; a wrong type on the way is replaced.
 * payload({}, { gaps: 'append', conflicts: 'replace' }).set('a[5]', 1).build(); //=> { a: [1] }
 * ```
 */
export interface PayloadOptions {
  /**
   * An index past an array's end: `'error'` throws, `'append'` appends (Chilkat's way), `'null'` pads with nulls.
   * @default 'error'
   */
  readonly gaps?: 'error' | 'append' | 'null';
  /**
   * A value of the wrong kind on the way (a string where an object is needed):
   * `'error'` throws, `'replace'` overwrites it, `'skip'` leaves the update out (Chilkat's way).
   * @default 'error'
   */
  readonly conflicts?: 'error' | 'replace' | 'skip';
  /**
   * The key `__proto__` in a path or a value: `'error'` throws, `'keep'` stores it as a plain own key (as `JSON.parse` does).
   * @default 'error'
   */
  readonly protoKeys?: ProtoKeys;
  /**
   * The character between keys in path strings.
   * @default '.'
   */
  readonly delimiter?: string;
  /**
   * When conflicts and gaps are found: `'lazy'` when the payload is first built or emitted (the fast default);
   * `'eager'` at the call that causes them, which then throws itself (for tests and development; costs a
   * replay step per call).
   * @default 'lazy'
   */
  readonly checks?: 'lazy' | 'eager';
}

/** @internal Options with every default filled in. */
export interface ResolvedOptions {
  readonly gaps: 'error' | 'append' | 'null';
  readonly conflicts: 'error' | 'replace' | 'skip';
  readonly protoKeys: ProtoKeys;
  readonly delimiter: string;
  readonly checks: 'lazy' | 'eager';
}

/** @internal The defaults, shared so that most builders point at one object. */
export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({ gaps: 'error', conflicts: 'error', protoKeys: 'error', delimiter: '.', checks: 'lazy' });

// The values each option takes (the delimiter is any one character that checkDelimiter accepts).
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  gaps: ['error', 'append', 'null'],
  conflicts: ['error', 'replace', 'skip'],
  protoKeys: ['error', 'keep'],
  checks: ['lazy', 'eager'],
};

/** @internal Validates options, filling in defaults. */
export function resolveOptions(options: PayloadOptions | undefined, inherited: ResolvedOptions = DEFAULT_OPTIONS): ResolvedOptions {
  if (options === undefined) return inherited;
  if (typeof options !== 'object' || options === null) throw new TypeError(`expected an options object, found ${options === null ? 'null' : typeof options}`);
  const resolved: Record<string, unknown> = { ...inherited };
  for (const key of Object.keys(options)) {
    // hasOwn: `constructor` or `toString` are inherited by every object, not options.
    if (!Object.hasOwn(DEFAULT_OPTIONS, key)) throw new TypeError(`unknown option ${JSON.stringify(key)}: expected gaps, conflicts, protoKeys, delimiter or checks`);
  }
  for (const key of Object.keys(DEFAULT_OPTIONS)) {
    // Own properties only: a polluted Object.prototype must not turn an option on.
    const value: unknown = Object.hasOwn(options, key) ? options[key as keyof PayloadOptions] : undefined;
    const allowed = CHOICES[key];
    // undefined (and for the delimiter, null) keeps the inherited value.
    if (value === undefined || (value === null && allowed === undefined)) continue;
    if (allowed?.includes(value as string) === false) {
      throw new TypeError(`invalid option ${key}: ${JSON.stringify(value)}; expected '${allowed.join("', '")}'`);
    }
    resolved[key] = value;
  }
  checkDelimiter(resolved['delimiter'] as string);
  return Object.freeze(resolved as unknown as ResolvedOptions);
}

/**
 * @internal A fresh context for copying a value into a chain with these options: its `__proto__` rule and the
 * delimiter its messages write paths with (the copy sets `raw`).
 *
 * @example
 * copyContext(DEFAULT_OPTIONS); //=> { protoKeys: 'error', delimiter: '.', raw: false }
 */
export function copyContext(options: ResolvedOptions): CopyContext {
  return { protoKeys: options.protoKeys, delimiter: options.delimiter, raw: false };
}
