/**
 * The expression grammar: binary operators by precedence, unary operators,
 * postfix member access, calls and indexing, and primary values.
 *
 * @example
 * new Parser(tokenize('1 + 2', csharp), csharp, 0).parseExpression().kind; //=> 'binary'
 */
import { ExpressionError, type Expr } from './expr.js';
import { LiteralReader } from './literal-reader.js';

const BINARY: readonly (readonly string[])[] = [
  ['||', 'or', 'orelse'],
  ['&&', 'and', 'andalso'],
  ['==', '!=', '<>', '<', '>', '<=', '>=', '=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', 'eq', 'ne', 'lt', 'le', 'gt', 'ge'],
  ['+', '-', '&', '.', '..', '~'],
  ['*', '/', '%', 'mod', 'div'],
];

/** Languages whose compiler joins adjacent string literals. */
const ADJACENT_STRINGS = new Set(['c', 'cpp', 'unicode-c', 'unicode-cpp']);

/**
 * Parses expressions from a token slice.
 *
 * @example
 * new Parser(tokens, vb6, 0).parseExpression();
 */
export class Parser extends LiteralReader {
  /** The binary operator at the cursor for precedence `level`, and how many tokens it spans. */
  binaryOp(level: number): { op: string; width: number } | undefined {
    const token = this.peek();
    if (!token) return undefined;
    const ops = BINARY[level] ?? [];
    const lower = this.spec.caseInsensitive || token.type === 'ident' ? token.text.toLowerCase() : token.text;
    // PowerShell comparisons lex as "-" followed by a word.
    if (token.text === '-' && this.peek(1)?.type === 'ident') {
      const word = `-${(this.peek(1)?.text ?? '').toLowerCase()}`;
      if (ops.includes(word)) return { op: word, width: 2 };
      // `-ge` at the `+`/`-` level is PowerShell's comparison, not a minus.
      if (BINARY.some((level) => level.includes(word))) return undefined;
    }
    // C joins adjacent string literals (`HOST "/api/" ID` with macros): an implicit concatenation.
    const previous = this.tokens[this.pos - 1];
    if (level === 3 && ADJACENT_STRINGS.has(this.spec.id) && (token.type === 'string' || (token.type === 'ident' && previous?.type === 'string'))) return { op: 'adjacent', width: 0 };
    if (token.type === 'string' || token.type === 'number') return undefined;
    // PowerShell's `-eq` may lex as one word.
    if (token.type === 'ident' && !/^-?[a-z]+$/.test(lower)) return undefined;
    if (!ops.includes(lower)) return undefined;
    // "." is concatenation only where the language says so (PHP, Perl); "&" likewise (VB, AutoIt).
    if ((lower === '.' || lower === '&' || lower === '..' || lower === '~') && !this.spec.concat.includes(lower)) return undefined;
    return { op: lower, width: 1 };
  }

  parseBinary(level: number): Expr {
    if (level >= BINARY.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const found = this.binaryOp(level);
      if (!found) return left;
      this.pos += found.width;
      const right = this.parseBinary(level + 1);
      left = this.node({ kind: 'binary', op: found.op, left, right }, [left, right]);
    }
  }

  parseUnary(): Expr {
    const token = this.peek();
    if (token?.type === 'op' && (token.text === '-' || token.text === '+' || token.text === '!')) {
      this.pos += 1;
      const operand = this.nested(() => this.parseUnary());
      return this.node({ kind: 'unary', op: token.text, operand }, [operand]);
    }
    // Go and C dereference (`*resp.BodyStr()`) and take addresses (`&sb`): the value is the same for the porter.
    if (token?.type === 'op' && (token.text === '*' || token.text === '&') && this.spec.braces && !this.spec.concat.includes('&')) {
      this.pos += 1;
      return this.nested(() => this.parseUnary());
    }
    // Perl's `$#list` (the last index of `@list`), `$#$ref`, `$#{expr}`: the operand is the list itself.
    if (token?.type === 'op' && token.text === '$#') {
      this.pos += 1;
      const name = this.peek();
      if (name?.type === 'ident' && !name.text.startsWith('$')) {
        this.pos += 1;
        const list: Expr = { kind: 'name', name: `@${name.text}` };
        return this.node({ kind: 'unary', op: '$#', operand: list }, [list]);
      }
      const braced = this.isOp('{');
      if (braced) this.pos += 1;
      const operand = this.nested(() => (braced ? this.parseExpression() : this.parsePrimary()));
      if (braced) this.expect('}');
      return this.node({ kind: 'unary', op: '$#', operand }, [operand]);
    }
    if (token?.type === 'ident' && /^not$/i.test(token.text)) {
      this.pos += 1;
      const operand = this.nested(() => this.parseUnary());
      return this.node({ kind: 'unary', op: '!', operand }, [operand]);
    }
    return this.parsePostfix(this.parsePrimary());
  }

  parsePostfix(start: Expr): Expr {
    let expr = start;
    for (;;) {
      const token = this.peek();
      if (!token || token.type !== 'op') return expr;
      const memberOp = token.text === '->' || token.text === '::' || (token.text === '.' && !this.spec.concat.includes('.'));
      if (memberOp && this.peek(1)?.type === 'ident') {
        expr = this.node({ kind: 'member', object: expr, name: this.peek(1)?.text ?? '' }, [expr]);
        this.pos += 2;
      } else if (token.text === '(') {
        this.pos += 1;
        const args = this.parseArgs(')');
        expr = this.node({ kind: 'call', callee: expr, args }, [expr, ...args]);
      } else if (token.text === '[' && this.spec.id !== 'tcl') {
        this.pos += 1;
        const index = this.parseExpression();
        this.expect(']');
        expr = this.node({ kind: 'index', object: expr, index }, [expr, index]);
      } else if (token.text === '!' && !(this.peek(1)?.type === 'op' && this.peek(1)?.text === '=')) {
        // Swift's force unwrap changes nothing for the porter.
        this.pos += 1;
      } else {
        return expr;
      }
    }
  }

  parsePrimary(): Expr {
    const token = this.peek();
    if (!token) throw new ExpressionError('expected a value');
    this.pos += 1;
    if (token.type === 'op' && token.text === '{') return this.parseLiteral('}');
    // Objective-C: `@[a, b]` is an NSArray literal, `@(n)` boxes a number (the value is unchanged).
    if (token.type === 'op' && token.text === '@' && this.isOp('[')) {
      this.pos += 1;
      return this.parseLiteral(']');
    }
    if (token.type === 'op' && token.text === '@' && this.isOp('(') && this.spec.id === 'objc') {
      this.pos += 1;
      const inner = this.parseExpression();
      this.expect(')');
      return inner;
    }
    if (token.type === 'op' && token.text === '@' && (this.isOp('(') || this.isOp('{'))) {
      const open = this.peek()?.text === '(' ? ')' : '}';
      this.pos += 1;
      return this.parseLiteral(open);
    }
    // Go's `[]string{"a", "b"}`.
    if (token.type === 'op' && token.text === '[' && this.isOp(']')) {
      this.pos -= 1;
      this.skipEmptyBrackets();
      while (this.peek()?.type === 'ident' || this.isOp('.') || this.isOp('*')) this.pos += 1;
      this.expect('{');
      return this.parseLiteral('}');
    }
    // PHP's `array('a', 'k' => v)`.
    if (token.type === 'ident' && token.text.toLowerCase() === 'array' && this.isOp('(') && this.spec.id.startsWith('php')) {
      this.pos += 1;
      return this.parseLiteral(')');
    }
    if (token.type === 'string') return { kind: 'string', value: token.text, ...(token.problem === undefined ? {} : { problem: token.problem }), ...(token.holes === undefined ? {} : { holes: token.holes }) };
    if (token.type === 'number') return { kind: 'number', text: token.text };
    if (token.type === 'ident') {
      const word = token.text.toLowerCase();
      if (this.spec.trueWords.some((w) => w.toLowerCase() === word)) return { kind: 'boolean', value: true };
      if (this.spec.falseWords.some((w) => w.toLowerCase() === word)) return { kind: 'boolean', value: false };
      if ((this.spec.nullWords ?? []).some((w) => w.toLowerCase() === word)) return { kind: 'null' };
      if (word === 'new' && this.peek()?.type === 'ident') {
        const callee = this.parsePostfixNoCall({ kind: 'name', name: this.peek()?.text ?? '' });
        // `new string[] { "a", "b" }` is a list literal.
        if (this.skipEmptyBrackets() && this.isOp('{')) {
          this.pos += 1;
          return this.parseLiteral('}');
        }
        const args = this.isOp('(') ? (this.pos++, this.parseArgs(')')) : [];
        return this.node({ kind: 'new', callee, args }, [callee, ...args]);
      }
      return { kind: 'name', name: token.text };
    }
    if (token.text === '(') {
      const inner = this.parseExpression();
      // Perl's `("a", "b")` is a list.
      if (this.isOp(',')) {
        this.pos += 1;
        const rest = this.parseLiteral(')');
        if (rest.kind !== 'list') throw new ExpressionError('expected a list');
        return this.node({ kind: 'list', items: [inner, ...rest.items] }, [inner, ...rest.items]);
      }
      this.expect(')');
      return inner;
    }
    if (token.text === '[') return this.parseBracket();
    if (token.text === '@' && this.peek()?.type === 'number') return this.parsePrimary();
    throw new ExpressionError(`unexpected "${token.text}"`);
  }

  /** Member chain without calls, for `new A.B.C(...)`. */
  parsePostfixNoCall(start: Expr): Expr {
    this.pos += 1;
    let expr = start;
    while ((this.isOp('.') || this.isOp('::')) && this.peek(1)?.type === 'ident') {
      expr = this.node({ kind: 'member', object: expr, name: this.peek(1)?.text ?? '' }, [expr]);
      this.pos += 2;
    }
    return expr;
  }

  parseExpression(): Expr {
    return this.nested(() => this.parseBinary(0));
  }
}
