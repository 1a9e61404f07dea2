import type { RawNumber } from './raw-number.js';

/** @internal A stored JSON value: like JSON, plus raw numbers. */
export type StoredValue = string | number | boolean | null | RawNumber | StoredObject | StoredArray;
/** @internal */
export interface StoredObject {
  [key: string]: StoredValue;
}
/** @internal */
export type StoredArray = StoredValue[];

/** Policy for the `__proto__` key. */
export type ProtoKeys = 'error' | 'keep';
