/**
 * @internal How an option's message names what it found instead: `null`, `an array`, or the `typeof` (never the
 * value, which may be a credential).
 *
 * @example
 * kindOf([1]); //=> 'an array'
 * kindOf(undefined); //=> 'undefined'
 */
export function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
