/**
 * Delphi's lists as the tree's arrays, so `run` and the translator need no rule of their own:
 * a `TStringList` (`days := TStringList.Create`) is an empty array counted from 0, `days.Add(x)` stores
 * `x` after its last element (`days[days.Count] := x`), `days.Strings[i]` is `days[i]`, and its
 * `Count` is the Delphi table's `.Count`. An array the script fills from index 0 without declaring it
 * (a sample whose `var` section was left out) is an array counted from 0, declared where it is first
 * stored into: index 0 rules out any other lower bound.
 *
 * @example
 * readPascalLists(readProgram('days := TStringList.Create;\ndays.Add(\'mon\');', delphiAx)).body[0]?.kind; //=> 'declare'
 */
import { bareName } from './names.js';
import type { Expression, FunctionDefinition, Program, Statement } from './nodes.js';

const LIST_CLASSES = /^(?:TStringList|TStrings)$/i;
const ZERO: Expression = { kind: 'number', text: '0' };

const key = (name: string): string => bareName(name).toLowerCase();

/** `TStringList.Create` or `TStringList.Create()`. */
function createsList(expr: Expression): boolean {
  const callee = expr.kind === 'call' && expr.args.length === 0 ? expr.callee : expr;
  return callee.kind === 'member' && /^create$/i.test(callee.name) && callee.object.kind === 'name' && LIST_CLASSES.test(callee.object.name);
}

/** Every statement of a body, nested ones included. */
function* walk(statements: readonly Statement[]): Generator<Statement> {
  for (const statement of statements) {
    yield statement;
    switch (statement.kind) {
      case 'if':
        for (const branch of statement.branches) yield* walk(branch.body);
        break;
      case 'select':
        for (const each of statement.cases) yield* walk(each.body);
        break;
      case 'for':
      case 'for-each':
      case 'while':
        yield* walk(statement.body);
        break;
      default:
        break;
    }
  }
}

/** The names a program gives a value to by name (declarations, assignments, loop variables, parameters, functions). */
function namedValues(program: Program): Set<string> {
  const names = new Set<string>();
  const bodies = [program.body, ...program.functions.map((definition) => definition.body)];
  for (const definition of program.functions) {
    names.add(key(definition.name));
    for (const parameter of definition.parameters) names.add(key(parameter.name));
  }
  for (const statement of bodies.flatMap((body) => [...walk(body)])) {
    if (statement.kind === 'declare') names.add(key(statement.name));
    if (statement.kind === 'assign' && statement.target.kind === 'name') names.add(key(statement.target.name));
    if (statement.kind === 'for') names.add(key(statement.variable));
    if (statement.kind === 'for-each') {
      names.add(key(statement.item));
      if (statement.index !== undefined) names.add(key(statement.index));
    }
  }
  return names;
}

/** Rewrites one program's lists; `lists` are the names given a `TStringList`, `named` every name given a value. */
class ListRewriter {
  readonly #lists: ReadonlySet<string>;
  readonly #named: ReadonlySet<string>;

  constructor(lists: ReadonlySet<string>, named: ReadonlySet<string>) {
    this.#lists = lists;
    this.#named = named;
  }

  #isList(expr: Expression): expr is Extract<Expression, { kind: 'name' }> {
    return expr.kind === 'name' && this.#lists.has(key(expr.name));
  }

  expression(expr: Expression): Expression {
    switch (expr.kind) {
      case 'index': {
        // `days.Strings[i]` is `days[i]`.
        const object = expr.object.kind === 'member' && /^strings$/i.test(expr.object.name) && this.#isList(expr.object.object) ? expr.object.object : this.expression(expr.object);
        return { ...expr, object, index: this.expression(expr.index) };
      }
      case 'member': return { ...expr, object: this.expression(expr.object) };
      case 'call': return { ...expr, callee: this.expression(expr.callee), args: expr.args.map((arg) => this.expression(arg)) };
      case 'unary': return { ...expr, operand: this.expression(expr.operand) };
      case 'binary': return { ...expr, left: this.expression(expr.left), right: this.expression(expr.right) };
      case 'list': return { ...expr, items: expr.items.map((item) => this.expression(item)) };
      case 'dict': return { ...expr, entries: expr.entries.map((entry) => ({ key: this.expression(entry.key), value: this.expression(entry.value) })) };
      case 'interpolated': return { ...expr, parts: expr.parts.map((part) => (part.kind === 'hole' ? { ...part, expression: this.expression(part.expression) } : part)) };
      default: return expr;
    }
  }

  /** A body's statements; `declared` are the undeclared arrays given a declaration so far. */
  body(statements: readonly Statement[], declared: Set<string>): Statement[] {
    const out: Statement[] = [];
    for (const statement of statements) {
      const target = statement.kind === 'assign' && statement.target.kind === 'index' && statement.target.object.kind === 'name' ? statement.target.object.name : undefined;
      const first = statement.kind === 'assign' && statement.target.kind === 'index' && statement.target.index.kind === 'number' && statement.target.index.text === '0';
      if (target !== undefined && first && !this.#named.has(key(target)) && !this.#lists.has(key(target)) && !declared.has(key(target))) {
        declared.add(key(target));
        out.push({ kind: 'declare', line: statement.line, source: statement.source, name: target, constant: false, lowerBound: ZERO });
      }
      out.push(this.statement(statement, declared));
    }
    return out;
  }

  statement(statement: Statement, declared: Set<string>): Statement {
    const expr = (e: Expression): Expression => this.expression(e);
    switch (statement.kind) {
      case 'assign':
        if (statement.target.kind === 'name' && this.#lists.has(key(statement.target.name)) && createsList(statement.value)) {
          return { kind: 'declare', line: statement.line, source: statement.source, name: statement.target.name, constant: false, lowerBound: ZERO };
        }
        return { ...statement, target: statement.target.kind === 'name' ? statement.target : (expr(statement.target) as typeof statement.target), value: expr(statement.value) };
      case 'expression-statement': {
        const call = statement.expression;
        if (call.kind === 'call' && call.callee.kind === 'member' && /^add$/i.test(call.callee.name) && this.#isList(call.callee.object) && call.args.length === 1 && call.args[0]) {
          const list = call.callee.object;
          return { kind: 'assign', line: statement.line, source: statement.source, target: { kind: 'index', object: list, index: { kind: 'member', object: list, name: 'Count' } }, op: '=', value: expr(call.args[0]) };
        }
        return { ...statement, expression: expr(call) };
      }
      case 'declare': return statement.value === undefined ? statement : { ...statement, value: expr(statement.value) };
      case 'print': return { ...statement, values: statement.values.map(expr) };
      case 'return': return statement.value === undefined ? statement : { ...statement, value: expr(statement.value) };
      case 'if': return { ...statement, branches: statement.branches.map((branch) => ({ ...branch, ...(branch.condition === undefined ? {} : { condition: expr(branch.condition) }), body: this.body(branch.body, declared) })) };
      case 'select': return { ...statement, ...(statement.subject === undefined ? {} : { subject: expr(statement.subject) }), cases: statement.cases.map((each) => ({ ...each, values: each.values.map(expr), body: this.body(each.body, declared) })) };
      case 'for': return { ...statement, from: expr(statement.from), to: expr(statement.to), step: expr(statement.step), body: this.body(statement.body, declared) };
      case 'for-each': return { ...statement, collection: expr(statement.collection), body: this.body(statement.body, declared) };
      case 'while': return { ...statement, condition: expr(statement.condition), body: this.body(statement.body, declared) };
      default: return statement;
    }
  }
}

/**
 * Reads a Delphi program's lists as arrays (see the module comment).
 *
 * @param program - The program as the Pascal reader read it.
 * @returns The same program, its lists as arrays; the program itself when it has none.
 * @example
 * readPascalLists({ language: 'delphi-ax', body: [], functions: [] }).body; //=> []
 */
export function readPascalLists(program: Program): Program {
  const bodies = [program.body, ...program.functions.map((definition) => definition.body)];
  const lists = new Set<string>();
  for (const statement of bodies.flatMap((body) => [...walk(body)])) {
    if (statement.kind === 'assign' && statement.target.kind === 'name' && createsList(statement.value)) lists.add(key(statement.target.name));
  }
  const rewriter = new ListRewriter(lists, namedValues(program));
  const functions: FunctionDefinition[] = program.functions.map((definition) => ({ ...definition, body: rewriter.body(definition.body, new Set()) }));
  return { ...program, body: rewriter.body(program.body, new Set()), functions };
}
