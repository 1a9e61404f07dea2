/**
 * The conversions the flat reader follows (`CStr`, `str`, `to_s`, `IntToStr`,
 * `CInt`, `Val`, `parseInt`...): one value in, text or a number out.
 *
 * @example
 * convert('cstr', [numberValue(3)]); //=> { kind: 'text', text: '3' }
 */
import { isScalar, numberValue, show, type SymbolicValue } from './symbolic-value.js';

const TO_STRING: ReadonlySet<string> = new Set(['str', 'cstr', 'string', 'tostring', 'to_s', 'inttostr', 'itoa', 'alltrim', 'trim', 'ltrim', 'rtrim', 'valueof', 'description', 'strval', 'sprint']);
const TO_NUMBER: ReadonlySet<string> = new Set(['int', 'cint', 'clng', 'val', 'integer', 'number', 'parseint', 'intval', 'numberwithint', 'numberwithbool', 'numberwithdouble', 'numberwithinteger', 'numberwithlong']);

/**
 * Whether a lower-case function name converts a value to text.
 *
 * @param name - The name, lower case.
 * @returns `true` for `str`, `cstr`, `to_s`...
 * @example
 * convertsToText('to_s'); //=> true
 */
export function convertsToText(name: string): boolean {
  return TO_STRING.has(name);
}

/**
 * Whether a lower-case function name converts a value to a number.
 *
 * @param name - The name, lower case.
 * @returns `true` for `int`, `val`, `parseint`...
 * @example
 * convertsToNumber('cint'); //=> true
 */
export function convertsToNumber(name: string): boolean {
  return TO_NUMBER.has(name);
}

/**
 * Runs a conversion. Conversions take one value; anything with more arguments (formats, widths) is not followed.
 *
 * @param fn - The function name, lower case.
 * @param values - The arguments' values.
 * @returns The converted value, or an unknown one.
 * @example
 * convert('trim', [{ kind: 'text', text: ' a ' }]); //=> { kind: 'text', text: 'a' }
 */
export function convert(fn: string, values: readonly SymbolicValue[]): SymbolicValue {
  const value = values.length === 1 ? values[0] : undefined;
  if (!isScalar(value)) return { kind: 'unknown', why: `cannot follow ${fn}()` };
  if (TO_NUMBER.has(fn)) {
    if (value.kind === 'number' || value.kind === 'boolean') return value;
    const n = Number(show(value));
    return Number.isFinite(n) ? numberValue(n) : { kind: 'unknown', why: `cannot follow ${fn}()` };
  }
  const text = show(value);
  return { kind: 'text', text: /^(?:alltrim|trim|str)$/.test(fn) ? text.trim() : text };
}
