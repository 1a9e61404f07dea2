/**
 * Reads a legacy script into the AST: tokenize and split with the language's table, then read
 * blocks and statements ({@link BlockReader}). One entry for every family; the families differ in
 * the block rules and spellings the language table selects.
 *
 * @example
 * readProgram('Dim j As New ChilkatJsonObject\nj.UpdateInt "a", 1', vb6).body.length; //=> 2
 */
import { countNames, splitPascalStatements } from '../control.js';
import type { LanguageSpec } from '../language-spec.js';
import { tokenize } from '../lexer.js';
import { splitStatements } from '../statements.js';
import type { FunctionDefinition, Program } from './nodes.js';
import { BlockReader } from './read-blocks.js';
import { readPascalLists } from './pascal-lists.js';
import { readProgramArguments } from './program-arguments.js';
import { splitSqlStatements } from './sql-blocks.js';
import { dropTypeSuffixes } from './type-suffixes.js';

/**
 * Reads a script in a known language.
 *
 * @param source - The script text.
 * @param spec - The language.
 * @returns The program: top-level statements and the functions it defines.
 * @example
 * readProgram('x = 1', vbscript).body[0]?.kind; //=> 'assign'
 */
export function readProgram(source: string, spec: LanguageSpec): Program {
  const text = source.replace(/\r\n?/g, '\n');
  const split = splitStatements([...dropTypeSuffixes(tokenize(text, spec), spec)], spec);
  const statements = spec.loops === 'delphi' ? splitPascalStatements(split) : spec.shape === 'sql' ? splitSqlStatements(split) : split;
  const functions: FunctionDefinition[] = [];
  const reader = new BlockReader({ statements, spec, lines: text.split('\n'), names: countNames(statements, spec), functions });
  const body = reader.read(0, statements.length);
  const program: Program = { language: spec.id, body, functions };
  return readProgramArguments(spec.loops === 'delphi' ? readPascalLists(program) : program, spec);
}
