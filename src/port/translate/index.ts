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
import { bareName, type Expression, type Program, type Statement } from '../ast/index.js';
import type { LanguageSpec } from '../language-spec.js';
import { ENV_HELPER } from '../codegen/request-source.js';
import { assignedOnce } from './assigned-once.js';
import type { CallWriter } from './call-writer.js';
import { BuilderCalls } from './builder-calls.js';
import { ChilkatCalls } from './chilkat-calls.js';
import { ExpressionWriter, type ExpressionContext } from './expressions.js';
import { NotTranslated, Scope } from './scope.js';
import { StatementWriter } from './statements.js';

/**
 * The translation, or why there is none.
 *
 * @example
 * const result: Translation = { why: 'line 3: a Select Case is not translated' };
 */
export type Translation = { readonly code: string } | { readonly why: string };

/** Every name the script reads (assignment targets excepted), folded to lower case. */
function readNames(statements: readonly Statement[], into = new Set<string>()): Set<string> {
  const expression = (value: Expression | undefined): void => {
    if (value === undefined) return;
    switch (value.kind) {
      case 'name': into.add(bareName(value.name).toLowerCase()); return;
      case 'member': expression(value.object); return;
      case 'call': case 'new': expression(value.callee); value.args.forEach(expression); return;
      case 'index': expression(value.object); expression(value.index); return;
      case 'unary': expression(value.operand); return;
      case 'binary': expression(value.left); expression(value.right); return;
      case 'list': value.items.forEach(expression); return;
      case 'dict': value.entries.forEach((entry) => { expression(entry.key); expression(entry.value); }); return;
      case 'interpolated': value.parts.forEach((part) => { if (part.kind === 'hole') expression(part.expression); }); return;
      default: return;
    }
  };
  for (const statement of statements) {
    switch (statement.kind) {
      case 'declare': expression(statement.value); break;
      case 'assign':
        if (statement.target.kind !== 'name') expression(statement.target);
        else if (statement.op !== '=') expression(statement.target);
        expression(statement.value);
        break;
      case 'expression-statement': expression(statement.expression); break;
      case 'print': statement.values.forEach(expression); break;
      case 'if': statement.branches.forEach((branch) => { expression(branch.condition); readNames(branch.body, into); }); break;
      case 'for': expression(statement.from); expression(statement.to); expression(statement.step); into.add(statement.variable.toLowerCase()); readNames(statement.body, into); break;
      case 'for-each': expression(statement.collection); readNames(statement.body, into); break;
      case 'while': expression(statement.condition); readNames(statement.body, into); break;
      case 'return': expression(statement.value); break;
      default: break;
    }
  }
  return into;
}

/**
 * The statements main() runs: the top level, then a single entry function (C#'s Main, Go's main, a Delphi
 * event) that nothing in the script calls and that makes the Chilkat objects. Any other function is a helper,
 * not translated yet.
 */
function entryStatements(program: Program): readonly Statement[] {
  if (program.functions.length === 0) return program.body;
  const [entry] = program.functions;
  // The reader writes the entry's invocation (`main()`) at the end of the top level; main() runs it in place.
  const invokes = (each: Statement) => each.kind === 'expression-statement' && each.expression.kind === 'call' && each.expression.args.length === 0 && each.expression.callee.kind === 'name' && each.expression.callee.name === entry?.name;
  const body = program.body.filter((each) => !invokes(each));
  const called = readNames([...body, ...program.functions.flatMap((each) => each.body)]);
  // An entry function does all the work: a top level that makes Chilkat objects is a script with a helper.
  const topLevelObjects = body.some((each) => (each.kind === 'declare' || each.kind === 'assign') && each.value?.kind === 'create-object');
  if (program.functions.length > 1 || entry === undefined || entry.parameters.length > 1 || called.has(entry.name.toLowerCase()) || topLevelObjects) throw new NotTranslated(entry?.line ?? 0, 'a helper function');
  return [...body, ...entry.body];
}

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
    const statements = entryStatements(program);
    const context: ExpressionContext = { language: spec.id, scope: new Scope(spec.caseInsensitive), line: 0, imports: new Set(), calls, once: assignedOnce(program) };
    const writer = new ExpressionWriter(context, spec.concat);
    const body = new StatementWriter(context, writer, readNames(statements));
    body.block(statements, 1);
    const frame = calls.frame(body.lines, context.imports);
    const env = calls.env;
    const header = ['/**', ` * Ported by pathpatch from ${file.replace(/\*\//g, '*\\/')} (${spec.name}).`, ...(env.size > 0 ? [` * main() reads these environment variables: ${[...env].join(', ')}.`] : []), ' */'];
    const envFunction = ['', ENV_HELPER];
    const code = [...header, ...frame.imports, '', ...frame.declarations, `/** ${frame.summary} */`, 'export async function main(): Promise<void> {', ...body.lines, '}', ...(env.size > 0 ? envFunction : []), ''].join('\n');
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
  return translate(program, spec, file, new BuilderCalls(new Set()));
}
