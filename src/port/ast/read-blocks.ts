/**
 * The block reader: walks a script's statements and builds the AST's control flow — counted and
 * other loops, `If` chains, `Select Case`/`switch`, function definitions — finding each body with
 * its family's block rule (BASIC closers, braces, Python indentation, Ruby `end`, Pascal
 * `begin`/`end`), and hands every other statement to the simple-statement reader.
 *
 * @example
 * new BlockReader(context).read(0, statements.length);
 */
import { readControl, type Body, type Control } from '../control.js';
import { ExpressionDepthError, parseExpression, type Expr } from '../expression.js';
import type { LanguageSpec } from '../language-spec.js';
import { findLoopBody, readLoopHeader } from '../loops.js';
import type { Statement as TokenStatement } from '../statements.js';
import { readOtherLoop } from './loop-headers.js';
import { readConditionLoop, readLoopBody } from './read-loops.js';
import type { Expression, FunctionDefinition, IfBranch, Statement } from './nodes.js';
import { readParameters } from './parameters.js';
import { readSelect } from './read-select.js';
import { readSimpleStatement } from './read-statement.js';
import { readSqlBlock } from './sql-blocks.js';
import { readDataflexBlock } from './dataflex-blocks.js';
import { readTclBlock } from './tcl-blocks.js';
import { toExpression } from './read-expression.js';

/**
 * What the block reader works on.
 *
 * @example
 * const context: ReadContext = { statements, spec, lines: source.split('\n'), names: countNames(statements, spec), functions: [] };
 */
export interface ReadContext {
  readonly statements: readonly TokenStatement[];
  readonly spec: LanguageSpec;
  readonly lines: readonly string[];
  /** How often each identifier occurs: a definition named once is an entry point, run where it is defined. */
  readonly names: ReadonlyMap<string, number>;
  /** Definitions found so far (the reader adds to it). */
  readonly functions: FunctionDefinition[];
}

const OTHER_LOOP_WORDS = /^(?:for|foreach|while|until|repeat|scan|do)$/;

/** Reads statement ranges into AST statements. */
export class BlockReader {
  readonly #context: ReadContext;

  constructor(context: ReadContext) {
    this.#context = context;
  }

  get context(): ReadContext {
    return this.#context;
  }

  source(line: number): string {
    return this.#context.lines[line - 1]?.trim() ?? '';
  }

  expression(tokens: TokenStatement['tokens'] | undefined, line: number): Expression {
    if (tokens === undefined || tokens.length === 0) return { kind: 'unreadable', why: `no condition on line ${String(line)}` };
    try {
      const parsed = parseExpression(tokens, this.#context.spec, 0);
      if (parsed.next === tokens.length) return toExpression(parsed.expr, this.#context.spec);
    } catch {
      // Reported by whoever uses it.
    }
    return { kind: 'unreadable', why: `cannot read the expression on line ${String(line)}` };
  }

  body(body: Body): Statement[] {
    return 'inline' in body ? this.readStatement(body.inline) : this.read(body.start, body.end);
  }

  /** Reads statements `[start, end)`. */
  read(start: number, end: number): Statement[] {
    const { statements, spec } = this.#context;
    const out: Statement[] = [];
    let index = start;
    while (index < end) {
      const statement = statements[index];
      if (!statement) break;
      const next = this.readAt(index, out);
      if (next > index) {
        index = next;
        continue;
      }
      const head = statement.tokens[0];
      if (head?.type === 'ident' && OTHER_LOOP_WORDS.test(head.text.toLowerCase()) && spec.shape === 'dot' && !statement.tokens.some((token, at) => at > 0 && token.text === '=' && head.text.toLowerCase() === 'do')) {
        out.push({ kind: 'unsupported', line: statement.line, source: this.source(statement.line), message: 'this loop is not translated (its form is not known); its body runs once' });
      }
      out.push(...this.readStatement(statement));
      index += 1;
    }
    return out;
  }

  readStatement(statement: TokenStatement): Statement[] {
    try {
      return this.readParts(statement);
    } catch (error) {
      // A too-deep expression is reported on its line, whatever the statement is.
      if (error instanceof ExpressionDepthError) return [{ kind: 'unsupported', line: statement.line, source: this.source(statement.line), message: error.message }];
      throw error;
    }
  }

  readParts(statement: TokenStatement): Statement[] {
    const { spec } = this.#context;
    // BASIC writes several statements on one line with `:`.
    if (spec.loops === 'basic' && !spec.braces) {
      const parts: TokenStatement[] = [];
      let current: TokenStatement['tokens'][number][] = [];
      let depth = 0;
      for (const token of statement.tokens) {
        if (token.text === '(') depth += 1;
        if (token.text === ')') depth -= 1;
        if (depth === 0 && token.type === 'op' && token.text === ':' && current.length > 0) {
          parts.push({ tokens: current, line: statement.line, indent: statement.indent });
          current = [];
          continue;
        }
        current.push(token);
      }
      if (parts.length > 0 && current.length > 0) {
        parts.push({ tokens: current, line: statement.line, indent: statement.indent });
        return parts.flatMap((part) => readSimpleStatement(part, spec, this.source(part.line)));
      }
    }
    return readSimpleStatement(statement, spec, this.source(statement.line));
  }

  /** Reads a block structure at `index` into `out`; returns the index after it, or `index` when there is none. */
  readAt(index: number, out: Statement[]): number {
    const { statements, spec, names } = this.#context;
    const statement = statements[index];
    if (!statement) return index;
    const place = { line: statement.line, source: this.source(statement.line) };
    if (spec.shape === 'sql') return readSqlBlock(this, index, out);
    if (spec.shape === 'dataflex') return readDataflexBlock(this, index, out);
    const general = spec.braces ? readConditionLoop(this, index) : undefined;
    if (general) {
      out.push(...general.statements);
      return general.after;
    }
    const counted = readLoopHeader(statement, spec);
    if (counted) {
      const body = findLoopBody(statements, index, counted);
      const expr = (e: Expr): Expression => toExpression(e, spec);
      out.push({ kind: 'for', ...place, variable: counted.variable, from: expr(counted.from), to: expr(counted.to), inclusive: counted.inclusive, step: expr(counted.step), body: this.read(body.start, body.end) });
      return body.after;
    }
    if (spec.shape === 'tcl') return readTclBlock(this, index, out);
    const other = spec.shape === 'dot' ? readOtherLoop(statement.tokens, spec) : undefined;
    if (other) {
      const found = readLoopBody(this, index, other);
      if (found) {
        out.push(found.statement(place));
        return found.after;
      }
    }
    const control = readControl(statements, index, spec, names);
    if (!control || control.after <= index) return index;
    this.control(control, index, place, out);
    return control.after;
  }

  control(control: Control, index: number, place: { line: number; source: string }, out: Statement[]): void {
    const { statements, spec, names, functions } = this.#context;
    switch (control.kind) {
      case 'if': {
        const branches: IfBranch[] = control.branches.map((branch) => {
          const condition = branch.condition === undefined ? undefined : this.expression(branch.condition, branch.line);
          const test: Expression | undefined = condition !== undefined && branch.negate ? { kind: 'unary', op: '!', operand: condition } : condition;
          return { line: branch.line, ...(test === undefined ? {} : { condition: test }), body: this.body(branch.body) };
        });
        out.push({ kind: 'if', ...place, branches });
        return;
      }
      case 'select':
        out.push(readSelect(this, control, index, place));
        return;
      case 'definition': {
        const header = statements[index]?.tokens ?? [];
        const read = this.body(control.body);
        // FoxPro's `LPARAMETERS a, b` first in a PROCEDURE names its parameters (the statement reader reads them as the program's arguments).
        const declared = read.findIndex((statement) => !(statement.kind === 'declare' && statement.value?.kind === 'index' && statement.value.object.kind === 'arguments'));
        const lparameters = read.slice(0, declared < 0 ? read.length : declared).map((statement) => ({ name: statement.kind === 'declare' ? statement.name : '', byReference: false }));
        const body = read.slice(lparameters.length);
        functions.push({ kind: 'function', ...place, name: control.name, parameters: [...readParameters(header, control.name, spec, this), ...lparameters], body });
        const key = spec.caseInsensitive ? control.name.toLowerCase() : control.name;
        // An entry point (`Sub Main`, `ChilkatSample`, an event handler) nobody calls runs where it is defined.
        if ((names.get(key) ?? 0) <= 1 || (spec.id === 'go' && control.name === 'main')) out.push({ kind: 'expression-statement', ...place, expression: { kind: 'call', callee: { kind: 'name', name: control.name }, args: [] } });
        return;
      }
    }
  }
}
