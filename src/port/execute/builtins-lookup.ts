/**
 * Where `run` finds a language's built-ins (`LCase`, `.ToLower`, `fmt.Sprintf`, `UBound`, `%`): the
 * one lookup the interpreter calls, over the tables in `src/port/builtins/` that the translator
 * shares. A built-in refusing its arguments is reported as not translated.
 *
 * @example
 * lookupBuiltin('vb6', 'LCase')?.run([{ kind: 'text', value: 'A' }]); //=> { kind: 'text', value: 'a' }
 */
import { builtinFor, BuiltinError, type Builtin } from '../builtins/index.js';
import { NotTranslated } from './values.js';

/**
 * The built-in `name` of `language`, or `undefined` (the call is then reported).
 *
 * @param language - The language id.
 * @param name - A function (`LCase`), a method or property with a leading dot (`.ToLower`), or an operator (`%`).
 * @returns The built-in, its errors turned into {@link NotTranslated}.
 * @example
 * lookupBuiltin('csharp', '.ToLower')?.call; //=> 'method'
 */
export function lookupBuiltin(language: string, name: string): Builtin | undefined {
  const builtin = builtinFor(language, name);
  if (builtin === undefined) return undefined;
  return {
    ...builtin,
    run(args) {
      try {
        return builtin.run(args);
      } catch (error) {
        if (error instanceof BuiltinError) throw new NotTranslated(error.message);
        throw error;
      }
    },
  };
}
