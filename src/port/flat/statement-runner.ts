/**
 * Runs a script's statements in order for the flat reader: counted loops with
 * literal bounds are unrolled, a branch is taken when its condition is known
 * (else every branch runs as untranslated), and each other statement is
 * performed (see {@link StatementPerformer}).
 *
 * @example
 * new StatementRunner(state).start(statements); // state.nodes holds the IR
 */
import { countNames, readControl, type Body, type Control } from '../control.js';
import { parseExpression, type Expr } from '../expression.js';
import type { Token } from '../lexer.js';
import { findLoopBody, readLoopHeader } from '../loops.js';
import type { Statement } from '../statements.js';
import { ExpressionEvaluator } from './expressions.js';
import type { ReadingState } from './reading-state.js';
import { StatementPerformer } from './statement-performer.js';
import { numberValue, Unsupported, type SymbolicValue } from './symbolic-value.js';

const MAX_ITERATIONS = 10_000;

/**
 * The statement runner of one reading.
 *
 * @example
 * new StatementRunner(new ReadingState(vb6, lines)).start(statements);
 */
export class StatementRunner {
  readonly #state: ReadingState;
  readonly #expressions: ExpressionEvaluator;
  readonly #performer: StatementPerformer;
  #names: ReadonlyMap<string, number> = new Map();

  constructor(state: ReadingState) {
    this.#state = state;
    this.#expressions = new ExpressionEvaluator(state);
    this.#performer = new StatementPerformer(state, this.#expressions);
  }

  /** Runs the whole script. */
  start(statements: readonly Statement[]): void {
    this.#names = countNames(statements, this.#state.spec);
    this.run(statements, 0, statements.length);
  }

  /** Runs the statements from `start` to before `end`. */
  run(statements: readonly Statement[], start: number, end: number): void {
    const state = this.#state;
    let index = start;
    while (index < end) {
      const statement = statements[index];
      if (!statement) break;
      state.line = statement.line;
      state.source = state.lines[statement.line - 1]?.trim() ?? '';
      state.tokens = statement.tokens;
      const loop = readLoopHeader(statement, state.spec);
      if (loop) {
        const body = findLoopBody(statements, index, loop);
        this.unroll(statements, loop, body);
        index = body.after;
        continue;
      }
      const control = readControl(statements, index, state.spec, this.#names);
      if (control && control.after <= end && control.after > index) {
        this.control(statements, control);
        index = control.after;
        continue;
      }
      if (this.isOtherLoop(statement)) {
        state.unsupported(`loop not unrolled (its bounds are not literal or its form is not known); its body is ported once`);
      }
      this.#performer.step(statement);
      index += 1;
    }
  }

  /** A loop header the unroller does not read: `While`, `Do`, `For Each`, Ruby's `each do`. */
  isOtherLoop(statement: Statement): boolean {
    const [head, next] = statement.tokens;
    if (head?.type !== 'ident' || this.#state.spec.shape === 'tcl') return false;
    const word = head.text.toLowerCase();
    if (/^(?:for|foreach|while|until|repeat|scan)$/.test(word)) return true;
    if (word === 'do') return statement.tokens.length === 1 || /^(?:while|until)$/i.test(next?.text ?? '');
    return this.#state.spec.loops === 'ruby' && statement.tokens.some((token, index) => index > 0 && token.type === 'ident' && token.text === 'do');
  }

  /** Runs a control structure: the branch a known condition picks, or every branch as untranslated. */
  control(statements: readonly Statement[], control: Control): void {
    const state = this.#state;
    switch (control.kind) {
      case 'if': {
        for (const branch of control.branches) {
          const holds = branch.condition === undefined ? true : this.condition(branch.condition, branch.line);
          if (typeof holds === 'string') {
            state.untranslatedWhile(`inside the If on line ${String(control.line)}, whose condition is not known (${holds})`, () => {
              for (const each of control.branches) this.body(statements, each.body);
            });
            return;
          }
          if (holds !== branch.negate || branch.condition === undefined) {
            this.body(statements, branch.body);
            return;
          }
        }
        return;
      }
      case 'select':
        state.untranslatedWhile(`inside the Select Case/switch on line ${String(control.line)}, which is not translated`, () => this.body(statements, control.body));
        return;
      case 'definition':
        if (!control.helper) {
          this.body(statements, control.body);
          return;
        }
        state.helpers.add(state.key(control.name));
        state.untranslatedWhile(`inside ${control.name} (line ${String(control.line)}), a helper the porter does not translate`, () => this.body(statements, control.body));
        return;
    }
  }

  body(statements: readonly Statement[], body: Body): void {
    if ('inline' in body) this.run([body.inline], 0, 1);
    else this.run(statements, body.start, body.end);
  }

  /** A condition's truth, or why it cannot be known. */
  condition(tokens: readonly Token[], line: number): boolean | string {
    this.#state.line = line;
    let expr: Expr;
    try {
      const parsed = parseExpression(tokens, this.#state.spec, 0);
      if (parsed.next !== tokens.length) return 'cannot read the condition';
      expr = parsed.expr;
    } catch {
      return 'cannot read the condition';
    }
    let value: SymbolicValue;
    try {
      value = this.#expressions.eval(expr);
    } catch (error) {
      if (error instanceof Unsupported) return error.message;
      throw error;
    }
    switch (value.kind) {
      case 'boolean': return value.value;
      case 'number': return value.number !== 0;
      case 'null': return false;
      case 'unknown': return value.why;
      default: return 'the condition is not a plain value';
    }
  }

  /** Runs a counted loop's body once per value of its variable, when the bounds are known. */
  unroll(statements: readonly Statement[], loop: NonNullable<ReturnType<typeof readLoopHeader>>, body: { start: number; end: number }): void {
    const state = this.#state;
    let from: SymbolicValue;
    let to: SymbolicValue;
    let step: SymbolicValue;
    try {
      from = this.#expressions.eval(loop.from);
      to = this.#expressions.eval(loop.to);
      step = this.#expressions.eval(loop.step);
    } catch {
      from = { kind: 'unknown', why: '' };
      to = from;
      step = from;
    }
    if (from.kind !== 'number' || to.kind !== 'number' || step.kind !== 'number' || step.number === 0) {
      state.unsupported(`loop bounds of ${loop.variable} are not literal; its body is ported once`);
      this.run(statements, body.start, body.end);
      return;
    }
    let count = 0;
    const last = to.number;
    for (let i = from.number; step.number > 0 ? (loop.inclusive ? i <= last : i < last) : loop.inclusive ? i >= last : i > last; i += step.number) {
      if ((count += 1) > MAX_ITERATIONS) {
        state.unsupported(`loop over ${loop.variable} runs more than ${String(MAX_ITERATIONS)} times`);
        return;
      }
      state.env.set(state.key(loop.variable), numberValue(i));
      this.run(statements, body.start, body.end);
    }
  }
}
