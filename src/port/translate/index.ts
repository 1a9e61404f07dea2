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
import { ExpressionWriter, type ExpressionContext } from './expressions.js';
import { Helpers, mainStatements } from './functions.js';
import { readNames } from './read-names.js';
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
 * Translates a program to a chilkat-style module.
 *
 * @param program - The statement tree.
 * @param spec - Its language.
 * @param file - The script's file name, for the header.
 * @returns The module's code, or why the script is not translated.
 * @example
 * translateChilkat(program, spec, 'a.bas'); //=> { code: '/**\n * Ported by pathpatch ...' }
 */
export function translateChilkat(program: Program, spec: LanguageSpec, file: string): Translation {
  try {
    const statements = mainStatements(program);
    const env = new Set<string>();
    const runtime = new Set<string>();
    const helpers = new Helpers(program, { language: spec.id, caseInsensitive: spec.caseInsensitive, concat: spec.concat, imports: runtime, env });
    const context: ExpressionContext = { language: spec.id, scope: new Scope(spec.caseInsensitive), line: 0, imports: runtime, helpers: { call: (name, args) => helpers.call(name, args, writer) } };
    const writer = new ExpressionWriter(context, spec.concat);
    const body = new StatementWriter(context, writer, readNames(statements), env);
    body.block(statements, 1);
    const functions = helpers.lines();
    const all = [...body.lines, ...functions];
    // Classes the module creates, or that a helper takes.
    const classes = ['JsonObject', 'StringBuilder'].filter((name) => all.some((line) => line.includes(`new ${name}()`) || line.includes(`: ${name}`)));
    const header = ['/**', ` * Ported by pathpatch from ${file.replace(/\*\//g, '*\\/')} (${spec.name}).`, ...(env.size > 0 ? [` * main() reads these environment variables: ${[...env].join(', ')}.`] : []), ' */'];
    const imports = [
      ...(classes.length > 0 ? [`import { ${classes.join(', ')} } from 'pathpatch/chilkat';`] : []),
      ...(all.some((line) => line.includes('new Http()') || line.includes(': Http')) ? ["import { Http } from 'pathpatch/chilkat/http';"] : []),
      ...(context.imports.size > 0 ? [`import { ${[...context.imports].sort().join(', ')} } from 'pathpatch/port';`] : []),
    ];
    const envFunction = [
      '',
      '/** Reads a required environment variable (secrets are never written into this file). */',
      'function env(name: string): string {',
      '  const value = process.env[name];',
      '  if (value === undefined) throw new Error(`Set the ${name} environment variable.`);',
      '  return value;',
      '}',
    ];
    const code = [...header, ...imports, '', '/** Runs the script as it was written, on pathpatch/chilkat. */', 'export async function main(): Promise<void> {', ...body.lines, '}', ...functions, ...(env.size > 0 ? envFunction : []), ''].join('\n');
    return { code };
  } catch (error) {
    if (error instanceof NotTranslated) return { why: error.message };
    throw error;
  }
}
