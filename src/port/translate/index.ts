/**
 * The translator: a script's statement tree (AST) to a TypeScript module that
 * keeps its shape. Chilkat style for now: the script's own variables, loops
 * and conditions around the same calls on `pathpatch/chilkat`. All or
 * nothing: a script with anything the translator does not write is left to
 * the reporting porter, so a half-translated module never runs.
 *
 * @example
 * translateChilkat(readProgram(source, vb6), vb6, 'sync.bas').code?.includes('for (let i = 0;'); //=> true
 */
import type { Program } from '../ast/index.js';
import type { LanguageSpec } from '../language-spec.js';
import { ENV_HELPER } from '../codegen/request-source.js';
import { assignedOnce } from './assigned-once.js';
import type { CallWriter } from './call-writer.js';
import { BuilderCalls } from './builder-calls.js';
import { ChilkatCalls } from './chilkat-calls.js';
import { ExpressionWriter, type ExpressionContext } from './expressions.js';
import { Helpers, mainStatements } from './functions.js';
import { readNames } from './read-names.js';
import { responseHolders } from './response-data.js';
import { NotTranslated, Scope } from './scope.js';
import { StatementWriter } from './statements.js';

/**
 * The translation, or why there is none.
 *
 * @example
 * const result: Translation = { why: 'line 3: a Select Case is not translated' };
 */
export type Translation = { readonly code: string } | { readonly why: string };

/**
 * Translates a program to a module in one output style.
 *
 * @param program - The statement tree.
 * @param spec - Its language.
 * @param file - The script's file name, for the header.
 * @param calls - The output style's call writer.
 * @returns The module's code, or why the script is not translated.
 * @example
 * translate(program, spec, 'a.bas', new ChilkatCalls(new Set())); //=> { code: '/**\n * Ported by pathpatch ...' }
 */
export function translate(program: Program, spec: LanguageSpec, file: string, calls: CallWriter): Translation {
  try {
    const statements = mainStatements(program);
    const runtime = new Set<string>();
    const needed = new Set<string>();
    const helpers = new Helpers(program, { language: spec.id, caseInsensitive: spec.caseInsensitive, concat: spec.concat, imports: runtime, calls, functions: needed });
    const context: ExpressionContext = { language: spec.id, scope: new Scope(spec.caseInsensitive), line: 0, imports: runtime, calls, once: assignedOnce(program), helpers: { call: (name, args) => helpers.call(name, args, writer), defines: (name) => helpers.defines(name) }, functions: needed };
    const writer = new ExpressionWriter(context, spec.concat);
    const body = new StatementWriter(context, writer, readNames(statements, helpers.globalReads()));
    body.block(statements, 1);
    const functions = helpers.lines();
    const frame = calls.frame([...body.lines, ...functions], context.imports);
    const env = calls.env;
    const header = ['/**', ` * Ported by pathpatch from ${file.replace(/\*\//g, '*\\/')} (${spec.name}).`, ...(env.size > 0 ? [` * main() reads these environment variables: ${[...env].join(', ')}.`] : []), ' */'];
    const envFunction = ['', ENV_HELPER];
    const code = [...header, ...frame.imports, '', ...frame.declarations, `/** ${frame.summary} */`, 'export async function main(): Promise<void> {', ...body.lines, '}', ...functions, ...[...needed].flatMap((text) => ['', text]), ...(env.size > 0 ? envFunction : []), ''].join('\n');
    return { code };
  } catch (error) {
    if (error instanceof NotTranslated) return { why: error.message };
    throw error;
  }
}

/**
 * Translates a program to a chilkat-style module: the calls stay on `pathpatch/chilkat`.
 *
 * @param program - The statement tree.
 * @param spec - Its language.
 * @param file - The script's file name, for the header.
 * @returns The module's code, or why the script is not translated.
 * @example
 * translateChilkat(program, spec, 'a.bas'); //=> { code: '/**\n * Ported by pathpatch ...' }
 */
export function translateChilkat(program: Program, spec: LanguageSpec, file: string): Translation {
  return translate(program, spec, file, new ChilkatCalls(new Set()));
}

/**
 * Translates a program to a builder-style module: the body is a `payload()` builder reassigned through
 * the script's control flow, sent with `send()`.
 *
 * @param program - The statement tree.
 * @param spec - Its language.
 * @param file - The script's file name, for the header.
 * @returns The module's code, or why the script is not translated.
 * @example
 * translateBuilder(program, spec, 'a.bas'); //=> { code: '/**\n * Ported by pathpatch ...' }
 */
export function translateBuilder(program: Program, spec: LanguageSpec, file: string): Translation {
  return translate(program, spec, file, new BuilderCalls(new Set(), responseHolders(program, mainStatements(program))));
}
