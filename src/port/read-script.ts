/**
 * Reads a legacy Chilkat script into IR: detect the language, tokenize,
 * split statements, interpret.
 *
 * @example
 * readScript('$j = ObjCreate("Chilkat.JsonObject")\n$j.UpdateInt("a", 1)').nodes.length; //=> 2
 */
import { detectLanguage, type DetectOptions } from './detect.js';
import { splitPascalStatements } from './control.js';
import { interpret } from './flat/index.js';
import type { IrScript } from './ir.js';
import type { LanguageSpec } from './language-spec.js';
import { limitPathDepth } from './limits.js';
import { tokenize } from './lexer.js';
import { splitStatements } from './statements.js';

/**
 * Reads a script with a known language.
 *
 * @param source - The script text.
 * @param spec - The language.
 * @returns The IR.
 * @example
 * readWith('json.UpdateNull("a");', csharp).nodes; //=> [{ kind: 'unsupported', ... }]
 */
export function readWith(source: string, spec: LanguageSpec): IrScript {
  const text = source.replace(/\r\n?/g, '\n');
  const split = splitStatements(tokenize(text, spec), spec);
  const statements = spec.loops === 'delphi' ? splitPascalStatements(split) : split;
  return { language: spec.id, nodes: limitPathDepth(interpret(statements, spec, text)) };
}

/**
 * Reads a script, detecting its language unless `options.lang` is given.
 *
 * @param source - The script text.
 * @param options - `lang` to override detection, `file` for the extension hint.
 * @returns The IR.
 * @throws {@link UnknownLanguageError} when the language is unknown.
 * @example
 * readScript(source, { file: 'update.au3' }).language; //=> 'autoit'
 */
export function readScript(source: string, options: DetectOptions = {}): IrScript {
  return readWith(source, detectLanguage(source, options));
}
