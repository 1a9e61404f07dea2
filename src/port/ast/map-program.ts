/**
 * Rewriting a read program: a mapper that rebuilds every statement and expression, nested ones
 * included, for the reader's passes that give a language's own spellings the tree's one shape
 * (Delphi's lists, {@link readPascalLists}; command-line arguments, {@link readProgramArguments}).
 * A pass overrides the hooks it needs; the rest copies the tree.
 *
 * @example
 * new ProgramMapper().program(program); // the same program
 */
import { bareName } from './names.js';
import type { Expression, FunctionDefinition, Program, Statement } from './nodes.js';
import { walkStatements } from './walk-statements.js';

/**
 * The names a program gives a value to by name, in lower case without sigils: declarations,
 * assignments, loop variables, functions, and the parameters of every function but `except`.
 *
 * @param program - The program.
 * @param except - Functions whose parameters do not count (an entry point's `args`).
 * @returns The names.
 * @example
 * namedValues(program).has('days'); //=> false when the script never declares days
 */
export function namedValues(program: Program, except: (definition: FunctionDefinition) => boolean = () => false): Set<string> {
  const names = new Set<string>();
  const add = (name: string): void => void names.add(bareName(name).toLowerCase());
  for (const definition of program.functions) {
    add(definition.name);
    if (!except(definition)) for (const parameter of definition.parameters) add(parameter.name);
  }
  for (const body of [program.body, ...program.functions.map((definition) => definition.body)]) {
    for (const statement of walkStatements(body)) {
      if (statement.kind === 'declare') add(statement.name);
      if (statement.kind === 'assign' && statement.target.kind === 'name') add(statement.target.name);
      if (statement.kind === 'for') add(statement.variable);
      if (statement.kind === 'for-each') {
        add(statement.item);
        if (statement.index !== undefined) add(statement.index);
      }
    }
  }
  return names;
}

/** Rebuilds a program; each hook maps one node after (expressions) or instead of (statements) the copy. */
export class ProgramMapper {
  program(program: Program): Program {
    const body = this.body(program.body);
    return { ...program, body, functions: program.functions.map((definition) => this.definition(definition)) };
  }

  /** One function definition: its body mapped (the hook for a pass whose reading differs inside functions). */
  definition(definition: FunctionDefinition): FunctionDefinition {
    return { ...definition, body: this.body(definition.body) };
  }

  /** A body: each statement mapped in order. */
  body(statements: readonly Statement[]): Statement[] {
    return statements.map((statement) => this.statement(statement));
  }

  /** One expression: its parts mapped, then {@link ProgramMapper.rewrite}. */
  expression(expr: Expression): Expression {
    const map = (e: Expression): Expression => this.expression(e);
    switch (expr.kind) {
      case 'index': return this.rewrite({ ...expr, object: map(expr.object), index: map(expr.index) });
      case 'member': return this.rewrite({ ...expr, object: map(expr.object) });
      case 'call': return this.rewrite({ ...expr, callee: map(expr.callee), args: expr.args.map(map) });
      case 'new': return this.rewrite({ ...expr, callee: map(expr.callee), args: expr.args.map(map) });
      case 'unary': return this.rewrite({ ...expr, operand: map(expr.operand) });
      case 'binary': return this.rewrite({ ...expr, left: map(expr.left), right: map(expr.right) });
      case 'list': return this.rewrite({ ...expr, items: expr.items.map(map) });
      case 'dict': return this.rewrite({ ...expr, entries: expr.entries.map((entry) => ({ key: map(entry.key), value: map(entry.value) })) });
      case 'interpolated': return this.rewrite({ ...expr, parts: expr.parts.map((part) => (part.kind === 'hole' ? { ...part, expression: map(part.expression) } : part)) });
      default: return this.rewrite(expr);
    }
  }

  /** The hook for one expression whose parts are mapped already; the copy by default. */
  rewrite(expr: Expression): Expression {
    return expr;
  }

  /** One statement, its expressions and bodies mapped. */
  statement(statement: Statement): Statement {
    const map = (e: Expression): Expression => this.expression(e);
    switch (statement.kind) {
      case 'assign': return { ...statement, target: statement.target.kind === 'name' ? statement.target : (map(statement.target) as typeof statement.target), value: map(statement.value) };
      case 'expression-statement': return { ...statement, expression: map(statement.expression) };
      case 'declare': return { ...statement, ...(statement.value === undefined ? {} : { value: map(statement.value) }), ...(statement.lowerBound === undefined ? {} : { lowerBound: map(statement.lowerBound) }), ...(statement.upperBound === undefined ? {} : { upperBound: map(statement.upperBound) }) };
      case 'print': return { ...statement, values: statement.values.map(map) };
      case 'return': return statement.value === undefined ? statement : { ...statement, value: map(statement.value) };
      case 'if': return { ...statement, branches: statement.branches.map((branch) => ({ ...branch, ...(branch.condition === undefined ? {} : { condition: map(branch.condition) }), body: this.body(branch.body) })) };
      case 'select': return { ...statement, ...(statement.subject === undefined ? {} : { subject: map(statement.subject) }), cases: statement.cases.map((each) => ({ ...each, values: each.values.map(map), body: this.body(each.body) })) };
      case 'for': return { ...statement, from: map(statement.from), to: map(statement.to), step: map(statement.step), body: this.body(statement.body) };
      case 'for-each': return { ...statement, collection: map(statement.collection), body: this.body(statement.body) };
      case 'while': return { ...statement, condition: map(statement.condition), body: this.body(statement.body) };
      default: return statement;
    }
  }
}
