import type { Statement } from './nodes.js';

/**
 * Every statement of a body, nested ones included, in order.
 *
 * @param statements - A body.
 * @returns Its statements, depth first.
 * @example
 * [...walkStatements(program.body)].length;
 */
export function* walkStatements(statements: readonly Statement[]): Generator<Statement> {
  for (const statement of statements) {
    yield statement;
    switch (statement.kind) {
      case 'if':
        for (const branch of statement.branches) yield* walkStatements(branch.body);
        break;
      case 'select':
        for (const each of statement.cases) yield* walkStatements(each.body);
        break;
      case 'for':
      case 'for-each':
      case 'while':
        yield* walkStatements(statement.body);
        break;
      default:
        break;
    }
  }
}
