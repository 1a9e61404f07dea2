/**
 * One built-in of one language: how `run` computes it and how `port` writes
 * it in TypeScript, side by side so the rule lives once.
 *
 * @example
 * builtinFor('vb6', 'LCase')?.run([text('SPA')]); //=> { kind: 'text', value: 'spa' }
 */
import { BuiltinArgumentError } from './errors.js';
import type { Emitted, Operand } from './emit.js';
import type { ScriptValue } from './value.js';

/**
 * A built-in function, method or property.
 *
 * @example
 * const entry: Builtin | undefined = builtinFor('java', 'String.valueOf');
 */
export interface Builtin {
  /** The name as the table spells it (`LCase`, `.ToLower`, `fmt.Sprintf`). */
  readonly name: string;
  /** `method` and `property` take their receiver as argument 0. */
  readonly call: 'function' | 'method' | 'property';
  /** C's `sprintf(buffer, ...)`: the argument that receives the result (the translator assigns it there). */
  readonly writes?: number;
  /** The language documentation the rule follows. */
  readonly doc: string;
  /** Computes the result for `run`. @throws BuiltinError */
  run(args: readonly ScriptValue[]): ScriptValue;
  /** Writes the TypeScript for `port`. @throws BuiltinError */
  emit(args: readonly Operand[]): Emitted;
}

/**
 * A built-in without its name, for a table to name ({@link named}).
 *
 * @example
 * const rule: Rule = { call: 'function', doc: 'https://example.com', run: ([a]) => a ?? NULL_VALUE, emit: ([a]) => ({ code: a?.code ?? '', kind: 'unknown' }) };
 */
export type Rule = Omit<Builtin, 'name'>;

/**
 * A rule factory: given the name the script uses (for error messages), the rule.
 *
 * @example
 * const make: RuleFor = (name) => lowerCase(name, TEXT_RULES.vb, 'function', VB_DOC);
 */
export type RuleFor = (name: string) => Rule;

/**
 * Names every rule of a table.
 *
 * @param rules - Rule factories by name.
 * @returns The built-ins by name.
 * @example
 * named({ LCase: (name) => lowerCase(name, TEXT_RULES.vb, 'function', VB_DOC) }).LCase?.name; //=> 'LCase'
 */
export function named(rules: Readonly<Record<string, RuleFor>>): Readonly<Record<string, Builtin>> {
  return Object.fromEntries(Object.entries(rules).map(([name, make]) => [name, { name, ...make(name) }]));
}

/**
 * Argument `position`, or an error naming the built-in and the place.
 *
 * @example
 * argument([text('a')], 0, 'LCase').kind; //=> 'text'
 */
export function argument<Value>(args: readonly Value[], position: number, builtin: string): Value {
  const value = args[position];
  if (value === undefined) throw new BuiltinArgumentError(builtin, position, 'given', 'missing');
  return value;
}

/**
 * The whole-number value of an argument (an integer, or a float with no fraction), or an error.
 *
 * @example
 * wholeNumber(integer(3), 1, 'Mid'); //=> 3
 */
export function wholeNumber(value: ScriptValue, position: number, builtin: string): number {
  if ((value.kind === 'integer' || value.kind === 'float') && Number.isInteger(value.value)) return value.value;
  throw new BuiltinArgumentError(builtin, position, 'a whole number', value.kind === 'float' ? 'a number with a fraction' : `a ${value.kind}`);
}
