/**
 * The expression tree every language's expressions are read into, and the
 * errors of reading one.
 *
 * @example
 * dottedName({ kind: 'name', name: 'json' }); //=> 'json'
 */
import type { Hole } from '../lexer.js';

/**
 * An expression tree.
 *
 * @example
 * const expr: Expr = { kind: 'binary', op: '&', left: { kind: 'string', value: 'a' }, right: { kind: 'name', name: 'b' } };
 */
export type Expr =
  | { readonly kind: 'string'; readonly value: string; readonly problem?: string; readonly holes?: readonly Hole[] }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'member'; readonly object: Expr; readonly name: string }
  | { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[] }
  | { readonly kind: 'new'; readonly callee: Expr; readonly args: readonly Expr[] }
  | { readonly kind: 'unary'; readonly op: string; readonly operand: Expr }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'index'; readonly object: Expr; readonly index: Expr }
  | { readonly kind: 'list'; readonly items: readonly Expr[] }
  | { readonly kind: 'dict'; readonly entries: readonly { readonly key: Expr; readonly value: Expr }[] };

/**
 * The result of parsing: the expression and the index of the first unread token.
 *
 * @example
 * parseExpression(tokenize('1 + 2', csharp), csharp).next; //=> 3
 */
export interface Parsed {
  readonly expr: Expr;
  readonly next: number;
}

/**
 * Thrown when tokens do not form an expression; the interpreter turns it into an `unsupported` node.
 *
 * @example
 * parseExpression(tokenize(')', csharp), csharp); // throws ExpressionError: unexpected ")"
 */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

/**
 * How deep an expression may nest: brackets, unary operators, and each operator, call or member
 * access of a chain count one level (`a + b + c` is two). Deeper input is refused with
 * {@link ExpressionDepthError} instead of overflowing the stack of the parser or of whatever walks the tree.
 *
 * @example
 * MAX_EXPRESSION_DEPTH; //=> 500
 */
export const MAX_EXPRESSION_DEPTH = 500;

/**
 * An expression deeper than {@link MAX_EXPRESSION_DEPTH}; the porter reports it on the statement's line.
 *
 * @example
 * parseExpression(tokenize('1' + ' + 1'.repeat(600), csharp), csharp); // throws ExpressionDepthError: the expression nests deeper than 500 levels (operators, brackets, calls)
 */
export class ExpressionDepthError extends ExpressionError {
  constructor() {
    super(`the expression nests deeper than ${String(MAX_EXPRESSION_DEPTH)} levels (operators, brackets, calls)`);
  }
}

/**
 * Spells a name or member chain as dotted text (`Chilkat.Http`), or `undefined`.
 *
 * @param expr - A name or member expression.
 * @returns The dotted text.
 * @example
 * dottedName({ kind: 'member', object: { kind: 'name', name: 'a' }, name: 'b' }); //=> 'a.b'
 */
export function dottedName(expr: Expr): string | undefined {
  if (expr.kind === 'name') return expr.name;
  if (expr.kind === 'member') {
    const left = dottedName(expr.object);
    return left === undefined ? undefined : `${left}.${expr.name}`;
  }
  return undefined;
}
