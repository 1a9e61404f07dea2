/**
 * What the translator reads from statements before writing them: whether a
 * block sets a variable again (a response or object kept in one variable
 * twice is declared with `let`; a helper that sets its parameter is not
 * written), whether it ends the script, and an array size written with literal numbers.
 *
 * @example
 * setsVariable(statements, ['resp'], scope); //=> true
 */
import { walkStatements, type Expression, type Statement } from '../ast/index.js';

/**
 * Does any of these statements (or a block inside them) set one of the variables: an assignment, a
 * declaration, or a loop variable?
 *
 * @param statements - The statements.
 * @param names - The variables.
 * @param scope - Compares names the language's way (case folded where it folds case).
 * @returns Whether one is set.
 * @example
 * setsVariable([{ kind: 'assign', line: 1, source: 'k = 1', target: { kind: 'name', name: 'k' }, op: '=', value: { kind: 'number', text: '1' } }], ['K'], new Scope(true)); //=> true
 */
export function setsVariable(statements: readonly Statement[], names: readonly string[], scope: { same(a: string, b: string): boolean }): boolean {
  const hit = (name: string): boolean => names.some((each) => scope.same(each, name));
  return statements.some((statement) => {
    switch (statement.kind) {
      case 'assign': return statement.target.kind === 'name' && hit(statement.target.name);
      case 'declare': return hit(statement.name);
      case 'if': return statement.branches.some((branch) => setsVariable(branch.body, names, scope));
      case 'select': return statement.cases.some((each) => setsVariable(each.body, names, scope));
      case 'for': return hit(statement.variable) || setsVariable(statement.body, names, scope);
      case 'for-each': return hit(statement.item) || (statement.index !== undefined && hit(statement.index)) || setsVariable(statement.body, names, scope);
      case 'while': return setsVariable(statement.body, names, scope);
      default: return false;
    }
  });
}

/** Calls that end the script: main() returns there. */
const EXITS = /^(?:sys\.exit|exit|die|Exit|quit)$/;

/**
 * Does this expression end the script (`sys.exit()`, `exit`, `die`, `quit`)?
 *
 * @param expression - An expression statement's expression.
 * @returns Whether it is a call that ends the script.
 * @example
 * endsScript({ kind: 'call', callee: { kind: 'name', name: 'die' }, args: [] }); //=> true
 */
export function endsScript(expression: Expression): boolean {
  if (expression.kind !== 'call') return false;
  const { callee } = expression;
  if (callee.kind === 'name') return EXITS.test(callee.name);
  return callee.kind === 'member' && EXITS.test(`${callee.object.kind === 'name' ? callee.object.name : ''}.${callee.name}`);
}

/**
 * Does any of these statements (or a block inside them) end the script? Inside a helper that is not
 * the helper's own return.
 *
 * @param statements - The statements.
 * @returns Whether one ends the script.
 * @example
 * endsScriptIn([{ kind: 'expression-statement', line: 1, source: 'exit', expression: { kind: 'call', callee: { kind: 'name', name: 'exit' }, args: [] } }]); //=> true
 */
export function endsScriptIn(statements: readonly Statement[]): boolean {
  for (const statement of walkStatements(statements)) if (statement.kind === 'expression-statement' && endsScript(statement.expression)) return true;
  return false;
}

/**
 * An array size written with literal numbers (`64`, `64 - 1`), or `undefined`.
 *
 * @example
 * constantInteger({ kind: 'binary', op: '-', left: { kind: 'number', text: '64' }, right: { kind: 'number', text: '1' } }); //=> 63
 */
export function constantInteger(expression: Expression): number | undefined {
  if (expression.kind === 'number') return /^\d+$/.test(expression.text) ? Number(expression.text) : undefined;
  if (expression.kind !== 'binary' || (expression.op !== '+' && expression.op !== '-')) return undefined;
  const [left, right] = [constantInteger(expression.left), constantInteger(expression.right)];
  if (left === undefined || right === undefined) return undefined;
  return expression.op === '+' ? left + right : left - right;
}
