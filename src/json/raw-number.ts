import { JsonValueError } from '../errors/index.js';

// RFC 8259 number grammar.
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
// Instances made by the constructor: Object.create(RawNumber.prototype) with a `text` getter is not one.
const made = new WeakSet<object>();
/** @internal What every copy of pathpatch (its ES module and CommonJS builds, duplicate installs) marks its raw numbers with. */
export const RAW: unique symbol = Symbol.for('pathpatch.rawNumber') as typeof RAW;

/**
 * A number kept as its exact JSON text, emitted verbatim (`1.50`, `12345678901234567890`).
 *
 * Create one with {@link rawNumber}. In `build()` output it reads as the
 * nearest JavaScript number; `emit()` writes the text unchanged.
 *
 * @example
 * ```ts
 * import { payload, rawNumber } from 'pathpatch';
 * payload().set('price', rawNumber('1.50')).emit(); //=> '{"price":1.50}'
 * ```
 */
export class RawNumber {
  /** The JSON number text, as given. */
  readonly text: string;

  /** @internal A raw number of any copy of pathpatch has it, so that each copy takes the others' (checked, by {@link adoptRawNumber}). */
  get [RAW](): true {
    return true;
  }

  /**
   * @param text - JSON number text; anything else throws, so no raw number can carry other text.
   * @throws {JsonValueError} when `text` is not a JSON number.
   */
  constructor(text: string) {
    if (typeof text !== 'string' || !NUMBER_TEXT.test(text)) {
      throw new JsonValueError('', typeof text === 'string' ? JSON.stringify(text) : typeof text, 'JSON number text such as "1.50", "-3" or "6.02e23"');
    }
    this.text = text;
    Object.freeze(this);
    made.add(this);
  }

  /** The nearest JavaScript number, so `JSON.stringify` of a value holding one still works. */
  toJSON(): number {
    return Number(this.text);
  }

  /** The number text. */
  toString(): string {
    return this.text;
  }
}

/**
 * Wraps exact numeric text as a value that `emit()` writes verbatim.
 *
 * @param text - JSON number text (RFC 8259): optional `-`, no leading zeros, optional fraction and exponent.
 * @returns a frozen {@link RawNumber}.
 * @throws {JsonValueError} when `text` is not a JSON number.
 * @example
 * ```ts
 * import { rawNumber } from 'pathpatch';
 * rawNumber('12345678901234567890').text; //=> '12345678901234567890'
 * rawNumber('1.'); // throws JsonValueError: invalid value: found "1.", expected JSON number text ...
 * ```
 */
export function rawNumber(text: string): RawNumber {
  return new RawNumber(text);
}

/**
 * @internal A genuine raw number for a value that claims to be one (a forgery, or an instance from another copy
 * of pathpatch): its `text` is read exactly once, checked, and copied into a new instance, so a getter cannot
 * answer differently later. Returns `undefined` when the text is not JSON number text.
 */
export function adoptRawNumber(value: object): RawNumber | undefined {
  if (made.has(value)) return value as RawNumber;
  const text: unknown = (value as { text?: unknown }).text;
  // The constructor is the one check of the text.
  try {
    return new RawNumber(text as string);
  } catch {
    return undefined;
  }
}
