/**
 * Where `run` finds a language's built-ins (`LCase`, `.ToLower`, `fmt.Sprintf`, `UBound`, `%`): the one
 * lookup the interpreter calls. The table itself lives in `src/port/builtins/`, shared with the translator.
 *
 * @example
 * lookupBuiltin('vb6', 'LCase')?.run([{ kind: 'text', value: 'A' }]); //=> { kind: 'text', value: 'a' }
 */
import type { PlainValue } from './values.js';

/**
 * A built-in as the interpreter runs it.
 *
 * @example
 * const builtin: RunnableBuiltin = { name: 'LCase', call: 'function', run: ([a]) => a ?? { kind: 'null' } };
 */
export interface RunnableBuiltin {
  readonly name: string;
  /** `method` and `property` take their receiver as argument 0. */
  readonly call: 'function' | 'method' | 'property';
  /** C's `sprintf(buffer, ...)`: the argument that receives the result. */
  readonly writes?: number;
  run(args: readonly PlainValue[]): PlainValue;
}

/**
 * The built-in `name` of `language`, or `undefined` (the call is then reported).
 *
 * @param language - The language id.
 * @param name - A function (`LCase`), a method or property with a leading dot (`.ToLower`), or an operator (`%`).
 * @returns The built-in.
 * @example
 * lookupBuiltin('csharp', '.ToLower'); //=> undefined until the table is in
 */
export function lookupBuiltin(language: string, name: string): RunnableBuiltin | undefined {
  // The built-in tables are not in this branch yet: every built-in call is reported, never guessed.
  void language;
  void name;
  return undefined;
}
