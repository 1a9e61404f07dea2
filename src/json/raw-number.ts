import { JsonValueError } from '../errors/index.js';

// RFC 8259 number grammar.
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

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

/** @internal Whether a value is a genuine {@link RawNumber}: one made with `Object.create(RawNumber.prototype)` fails the text check. */
export function isRawNumber(value: unknown): value is RawNumber {
  return value instanceof RawNumber && typeof value.text === 'string' && NUMBER_TEXT.test(value.text);
}
