/**
 * The literals and argument lists of the expression parser: call arguments
 * (labelled ones keep only the value), list and dictionary literals in every
 * language's spelling, and Objective-C messages.
 *
 * @example
 * parseExpression(tokenize('{"a": 1}', python), python).expr.kind; //=> 'dict'
 */
import { ExpressionError, type Expr } from './expr.js';
import { TokenCursor } from './token-cursor.js';

/**
 * Reads literals and argument lists; the expression grammar itself is the subclass's.
 *
 * @example
 * class Parser extends LiteralReader { parseExpression(): Expr { ... } }
 */
export abstract class LiteralReader extends TokenCursor {
  /** Arguments up to `close`, which it steps over. */
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

  /** A value with no operator around it; the expression grammar's. */
  abstract parsePrimary(): Expr;

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

}
