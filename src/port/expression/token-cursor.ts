/**
 * A cursor over a statement's tokens for the expression parser, with the
 * nesting limit every parse step goes through.
 *
 * @example
 * new Parser(tokens, csharp, 0).peek()?.text; //=> 'json'
 */
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import { ExpressionDepthError, ExpressionError, MAX_EXPRESSION_DEPTH, type Expr } from './expr.js';

/**
 * The cursor: where the parser is, how deep it is, and the height of every node it built.
 *
 * @example
 * class Parser extends TokenCursor { parseExpression(): Expr { ... } }
 */
export abstract class TokenCursor {
  pos: number;
  readonly tokens: readonly Token[];
  readonly spec: LanguageSpec;
  /** Current recursion depth of the parse functions. */
  depth = 0;
  /** Height of every compound node built so far (a leaf is 1). */
  readonly heights = new WeakMap<Expr, number>();

  constructor(tokens: readonly Token[], spec: LanguageSpec, start: number) {
    this.tokens = tokens;
    this.spec = spec;
    this.pos = start;
  }

  /** Records a compound node's height, refusing one taller than the limit. */
  node<Node extends Expr>(expr: Node, children: readonly Expr[]): Node {
    let height = 1;
    for (const child of children) height = Math.max(height, (this.heights.get(child) ?? 1) + 1);
    if (height > MAX_EXPRESSION_DEPTH) throw new ExpressionDepthError();
    this.heights.set(expr, height);
    return expr;
  }

  /** Runs a recursive step one level deeper, refusing to go past the limit. */
  nested<Result>(parse: () => Result): Result {
    if (this.depth >= MAX_EXPRESSION_DEPTH) throw new ExpressionDepthError();
    this.depth += 1;
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  /** The token `offset` tokens after the cursor. */
  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  /** Whether the token at `offset` is the operator `text`. */
  isOp(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && token.type === 'op' && token.text === text;
  }

  /** Steps over the operator `text`, or throws. */
  expect(text: string): void {
    if (!this.isOp(text)) throw new ExpressionError(`expected "${text}"`);
    this.pos += 1;
  }

  /** Parses one whole expression at the cursor. */
  abstract parseExpression(): Expr;
}
