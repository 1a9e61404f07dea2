/**
 * The value an `Update*` call writes, as the IR records it.
 *
 * @example
 * updateValue('UpdateInt', { kind: 'text', text: '7.9' }); //=> { type: 'number', text: '7' }
 */
import type { IrValue } from '../ir.js';
import { followed, show, truthy, Unsupported, type ScalarValue, type SymbolicValue } from './symbolic-value.js';

/**
 * The value of an `Update*` call: text for `UpdateString`, a boolean for `UpdateBool`, the number's
 * text for `UpdateNumber`, an integer for `UpdateInt`/`UpdateUInt`.
 *
 * @param method - The canonical `Update*` method.
 * @param value - The value given, `undefined` when missing.
 * @returns The IR value.
 * @throws {@link Unsupported} for a value the reader cannot follow, or not a number where one is needed.
 * @example
 * updateValue('UpdateBool', { kind: 'number', text: '1', number: 1 }); //=> { type: 'boolean', value: true }
 */
export function updateValue(method: string, value: SymbolicValue | undefined): IrValue {
  const plain = followed(value, `the value of ${method}`);
  switch (method) {
    case 'UpdateString':
      return { type: 'string', value: show(plain) };
    case 'UpdateBool':
      return { type: 'boolean', value: truthy(plain) };
    case 'UpdateNumber':
      return { type: 'number', text: show(plain) };
    default:
      return integerValue(method, plain);
  }
}

/** UpdateInt / UpdateUInt take an integer. */
function integerValue(method: string, value: ScalarValue): IrValue {
  const n = value.kind === 'number' ? value.number : value.kind === 'boolean' ? Number(value.value) : Number(show(value));
  if (!Number.isFinite(n)) throw new Unsupported(`${method} needs a number, got ${show(value)}`);
  return { type: 'number', text: value.kind === 'number' && /^-?\d+$/.test(value.text) ? value.text : String(Math.trunc(n)) };
}
