/**
 * A small expression parser shared by every language: literals, variables,
 * member access (`.`, `->`, `::`), calls (labelled arguments allowed),
 * Objective-C messages, `new`, unary and binary operators.
 *
 * @example
 * parseExpression(tokenize('json.UpdateInt("a", 1 + 2)', csharp), csharp).expr.kind; //=> 'call'
 */
import type { LanguageSpec } from './language-spec.js';
import type { Hole, Token } from './lexer.js';

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

/** Parses expressions from a token slice. */
class Parser {
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

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  isOp(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && token.type === 'op' && token.text === text;
  }

  expect(text: string): void {
    if (!this.isOp(text)) throw new ExpressionError(`expected "${text}"`);
    this.pos += 1;
  }

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

  parseArgs(close: string): Expr[] {
    const args: Expr[] = [];
    if (this.isOp(close)) {
      this.pos += 1;
      return args;
    }
    for (;;) {
      // Labelled arguments (Swift `value:`, VB `name:=`) keep only the value.
      if (this.peek()?.type === 'ident' && (this.isOp(':', 1) || this.isOp(':=', 1)) && !this.isOp(':', 2)) this.pos += 2;
      args.push(this.parseExpression());
      if (this.isOp(',')) {
        this.pos += 1;
        continue;
      }
      this.expect(close);
      return args;
    }
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

  /** `[receiver method: arg label: arg]`, or an array literal; in Tcl, a command's result (`[string tolower $x]`). */
  parseBracket(): Expr {
    if (this.spec.shape === 'tcl') return this.parseTclCommand();
    const receiver = this.parseExpression();
    if (this.isOp(']')) {
      this.pos += 1;
      return this.node({ kind: 'list', items: [receiver] }, [receiver]);
    }
    if (this.isOp(',')) {
      this.pos += 1;
      const items = [receiver, ...this.parseArgs(']')];
      return this.node({ kind: 'list', items }, [...items]);
    }
    const method = this.peek();
    if (method?.type !== 'ident') throw new ExpressionError('expected a message name');
    this.pos += 1;
    const args: Expr[] = [];
    while (this.isOp(':')) {
      this.pos += 1;
      args.push(this.parseExpression());
      // Variadic arguments: `[NSString stringWithFormat: @"%d/%d", a, b]`.
      while (this.isOp(',')) {
        this.pos += 1;
        args.push(this.parseExpression());
      }
      if (this.peek()?.type === 'ident' && this.isOp(':', 1)) this.pos += 1;
    }
    this.expect(']');
    const callee = this.node({ kind: 'member', object: receiver, name: method.text }, [receiver]);
    return this.node({ kind: 'call', callee, args }, [callee, ...args]);
  }

  /** Tcl's `[cmd word...]` after its `[`: a call; an ensemble's subcommand is a member (`string tolower` → `string.tolower`). */
  parseTclCommand(): Expr {
    const name = this.peek();
    if (name?.type !== 'ident') throw new ExpressionError('expected a command name');
    this.pos += 1;
    const sub = this.peek();
    const ensemble = /^(?:string|dict|array|file|info)$/.test(name.text) && sub?.type === 'ident' && !sub.text.startsWith('$');
    if (ensemble) this.pos += 1;
    const callee: Expr = ensemble ? { kind: 'member', object: { kind: 'name', name: name.text }, name: sub.text } : { kind: 'name', name: name.text };
    const args: Expr[] = [];
    while (!this.isOp(']')) {
      if (!this.peek()) throw new ExpressionError('expected "]"');
      if (this.isOp('-') && this.peek(1)?.type === 'number') {
        this.pos += 1;
        args.push({ kind: 'unary', op: '-', operand: this.parsePrimary() });
        continue;
      }
      args.push(this.parsePrimary());
    }
    this.pos += 1;
    return this.node({ kind: 'call', callee, args }, args);
  }

  /**
   * The items of a literal up to `close`: a list (`{ "a", "b" }`, `@("a")`, `("a", "b")`), or a dictionary when
   * its items are pairs (`{"k": v}`, `array('k' => v)`, `@{k = v; m = w}`).
   */
  parseLiteral(close: string): Expr {
    const items: Expr[] = [];
    const entries: { key: Expr; value: Expr }[] = [];
    while (!this.isOp(close)) {
      const item = this.parseExpression();
      if (this.isOp(':') || this.isOp('=>') || this.isOp('=')) {
        this.pos += 1;
        entries.push({ key: item, value: this.parseExpression() });
      } else {
        items.push(item);
      }
      if (this.isOp(',') || this.isOp(';')) this.pos += 1;
      else if (!this.isOp(close)) throw new ExpressionError(`expected "${close}"`);
    }
    this.pos += 1;
    if (entries.length > 0 && items.length > 0) throw new ExpressionError('a literal mixes items and pairs');
    const children = entries.length > 0 ? entries.flatMap((entry) => [entry.key, entry.value]) : items;
    return this.node(entries.length > 0 ? { kind: 'dict', entries } : { kind: 'list', items }, children);
  }

  /** Skips `[]` pairs (`new string[] {`, Go's `[]string{`); whether any were there. */
  skipEmptyBrackets(): boolean {
    let skipped = false;
    while (this.isOp('[') && this.isOp(']', 1)) {
      this.pos += 2;
      skipped = true;
    }
    return skipped;
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
