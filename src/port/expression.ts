/**
 * A small expression parser shared by every language: literals, variables,
 * member access (`.`, `->`, `::`), calls (labelled arguments allowed),
 * Objective-C messages, `new`, unary and binary operators.
 *
 * @example
 * parseExpression(tokenize('json.UpdateInt("a", 1 + 2)', csharp), csharp).expr.kind; //=> 'call'
 */
import type { LanguageSpec } from './language-spec.js';
import type { Token } from './lexer.js';
import { ExpressionDepthError, type Expr, type Parsed } from './expression/expr.js';
import { Parser } from './expression/parser.js';

export { dottedName, ExpressionDepthError, ExpressionError, MAX_EXPRESSION_DEPTH } from './expression/expr.js';
export type { Expr, Parsed } from './expression/expr.js';

/**
 * Parses all of `tokens` as one expression: `undefined` when they are not one (a syntax error, or tokens
 * left over). Too deep a nesting is not a syntax error and still throws, so it is reported as such.
 *
 * @param tokens - The tokens.
 * @param spec - The language.
 * @returns The expression, or `undefined`.
 * @throws {@link ExpressionDepthError} when the expression nests too deep.
 * @example
 * parseWhole(tokenize('a + 1', csharp), csharp)?.kind; //=> 'binary'
 */
export function parseWhole(tokens: readonly Token[], spec: LanguageSpec): Expr | undefined {
  try {
    const parsed = parseExpression(tokens, spec, 0);
    return parsed.next === tokens.length ? parsed.expr : undefined;
  } catch (error) {
    if (error instanceof ExpressionDepthError) throw error;
    return undefined;
  }
}

/**
 * Parses one expression from `tokens`, starting at `start`.
 *
 * @param tokens - A statement's tokens.
 * @param spec - The language (operators, literals).
 * @param start - Index of the first token of the expression.
 * @returns The expression and where parsing stopped.
 * @throws {@link ExpressionError} when the tokens are not an expression.
 * @example
 * parseExpression(tokenize('1 + 2', csharp), csharp).next; //=> 3
 */
export function parseExpression(tokens: readonly Token[], spec: LanguageSpec, start = 0): Parsed {
  const parser = new Parser(tokens, spec, start);
  const expr = parser.parseExpression();
  return { expr, next: parser.pos };
}

/**
 * Parses a comma-separated argument list (VB's call without parentheses).
 *
 * @param tokens - A statement's tokens.
 * @param spec - The language.
 * @param start - Index of the first argument.
 * @returns The arguments and where parsing stopped.
 * @example
 * parseArgumentList(tokenize('"a", 1', vb6), vb6).args.length; //=> 2
 */
export function parseArgumentList(tokens: readonly Token[], spec: LanguageSpec, start = 0): { args: Expr[]; next: number } {
  const parser = new Parser(tokens, spec, start);
  const args: Expr[] = [];
  while (parser.peek()) {
    args.push(parser.parseExpression());
    if (!parser.isOp(',')) break;
    parser.pos += 1;
  }
  return { args, next: parser.pos };
}

/**
 * Parses space-separated words as arguments (Tcl, DataFlex), each a primary
 * expression or a parenthesised one.
 *
 * @param tokens - A statement's tokens.
 * @param spec - The language.
 * @param start - Index of the first word.
 * @param stop - Index after the last word.
 * @returns One expression per word.
 * @example
 * parseWords(tokenize('"a" 1', tcl), tcl, 0, 2).length; //=> 2
 */
export function parseWords(tokens: readonly Token[], spec: LanguageSpec, start: number, stop: number): Expr[] {
  const parser = new Parser(tokens.slice(0, stop), spec, start);
  const words: Expr[] = [];
  while (parser.pos < stop) {
    if (parser.isOp('-') && parser.peek(1)?.type === 'number') {
      parser.pos += 1;
      words.push({ kind: 'unary', op: '-', operand: parser.parsePrimary() });
      continue;
    }
    // Words are separated by spaces, so `"a" (x)` is two words, not a call.
    words.push(parser.parsePrimary());
  }
  return words;
}
