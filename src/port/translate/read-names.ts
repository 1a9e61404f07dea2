/**
 * The names a list of statements reads (assignment targets excepted), folded
 * to lower case: a variable nothing reads is not declared in the output, and
 * a function no other statement names is an entry point.
 *
 * @example
 * readNames(program.body).has('urls'); //=> true
 */
import { bareName, type Expression, type Statement } from '../ast/index.js';

/**
 * Every name the statements read.
 *
 * @param statements - The statements (blocks inside them included).
 * @param into - The set to add to.
 * @returns The names, without sigils, in lower case.
 * @example
 * readNames([]).size; //=> 0
 */
export function readNames(statements: readonly Statement[], into = new Set<string>()): Set<string> {
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

