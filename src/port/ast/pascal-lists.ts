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
import { namedValues, ProgramMapper } from './map-program.js';
import { walkStatements } from './walk-statements.js';
import type { Expression, FunctionDefinition, Program, Statement } from './nodes.js';

const LIST_CLASSES = /^(?:TStringList|TStrings)$/i;
const ZERO: Expression = { kind: 'number', text: '0' };

const key = (name: string): string => bareName(name).toLowerCase();

/** `TStringList.Create` or `TStringList.Create()`. */
function createsList(expr: Expression): boolean {
  const callee = expr.kind === 'call' && expr.args.length === 0 ? expr.callee : expr;
  return callee.kind === 'member' && /^create$/i.test(callee.name) && callee.object.kind === 'name' && LIST_CLASSES.test(callee.object.name);
}

/** Rewrites one program's lists; `lists` are the names given a `TStringList`, `named` every name given a value. */
class ListRewriter extends ProgramMapper {
  readonly #lists: ReadonlySet<string>;
  readonly #named: ReadonlySet<string>;
  /** The undeclared arrays of the function being mapped that were given a declaration. */
  #declared = new Set<string>();

  constructor(lists: ReadonlySet<string>, named: ReadonlySet<string>) {
    super();
    this.#lists = lists;
    this.#named = named;
  }

  #isList(expr: Expression): expr is Extract<Expression, { kind: 'name' }> {
    return expr.kind === 'name' && this.#lists.has(key(expr.name));
  }

  // Each function declares its own arrays.
  override definition(definition: FunctionDefinition): FunctionDefinition {
    this.#declared = new Set();
    return super.definition(definition);
  }

  /** `days.Strings[i]` is `days[i]`. */
  override rewrite(expr: Expression): Expression {
    if (expr.kind === 'index' && expr.object.kind === 'member' && /^strings$/i.test(expr.object.name) && this.#isList(expr.object.object)) return { ...expr, object: expr.object.object };
    return expr;
  }

  override body(statements: readonly Statement[]): Statement[] {
    const out: Statement[] = [];
    for (const statement of statements) {
      const target = statement.kind === 'assign' && statement.target.kind === 'index' && statement.target.object.kind === 'name' ? statement.target.object.name : undefined;
      const first = statement.kind === 'assign' && statement.target.kind === 'index' && statement.target.index.kind === 'number' && statement.target.index.text === '0';
      if (target !== undefined && first && !this.#named.has(key(target)) && !this.#lists.has(key(target)) && !this.#declared.has(key(target))) {
        this.#declared.add(key(target));
        out.push({ kind: 'declare', line: statement.line, source: statement.source, name: target, constant: false, lowerBound: ZERO });
      }
      out.push(this.statement(statement));
    }
    return out;
  }

  override statement(statement: Statement): Statement {
    if (statement.kind === 'assign' && statement.target.kind === 'name' && this.#lists.has(key(statement.target.name)) && createsList(statement.value)) {
      return { kind: 'declare', line: statement.line, source: statement.source, name: statement.target.name, constant: false, lowerBound: ZERO };
    }
    const call = statement.kind === 'expression-statement' ? statement.expression : undefined;
    if (call?.kind === 'call' && call.callee.kind === 'member' && /^add$/i.test(call.callee.name) && this.#isList(call.callee.object) && call.args.length === 1 && call.args[0]) {
      const list = call.callee.object;
      return { kind: 'assign', line: statement.line, source: statement.source, target: { kind: 'index', object: list, index: { kind: 'member', object: list, name: 'Count' } }, op: '=', value: this.expression(call.args[0]) };
    }
    return super.statement(statement);
  }
}

/**
 * Reads a Delphi program's lists as arrays (see the module comment).
 *
 * @param program - The program as the Pascal reader read it.
 * @returns The same program, its lists as arrays.
 * @example
 * readPascalLists({ language: 'delphi-ax', body: [], functions: [] }).body; //=> []
 */
export function readPascalLists(program: Program): Program {
  const lists = new Set<string>();
  for (const body of [program.body, ...program.functions.map((definition) => definition.body)]) {
    for (const statement of walkStatements(body)) {
      if (statement.kind === 'assign' && statement.target.kind === 'name' && createsList(statement.value)) lists.add(key(statement.target.name));
    }
  }
  return new ListRewriter(lists, namedValues(program)).program(program);
}
