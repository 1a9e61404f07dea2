/**
 * AST statements to TypeScript in chilkat style, keeping the script's shape:
 * declarations, assignments, `If`/`Else`, counted, `For Each` and `While`
 * loops, Chilkat calls on `pathpatch/chilkat`, printing. The first statement
 * it cannot write stops the translation ({@link NotTranslated}); the porter
 * then reports instead. Each kind of statement has its file: declarations.ts,
 * assignments.ts, loops.ts, call-statements.ts.
 *
 * @example
 * new StatementWriter(context, writer).block(program.body, 1);
 */
import type { Expression, Statement } from '../ast/index.js';
import { writeAssignment, writeNameAssignment } from './assignments.js';
import { writeExpressionStatement } from './call-statements.js';
import { writeEmptyDeclaration } from './declarations.js';
import type { ExpressionContext, ExpressionWriter } from './expressions.js';
import { writeCountedLoop, writeForEachLoop, type WriteBlock } from './loops.js';
import { NotTranslated } from './scope.js';
import { StatementOutput } from './statement-output.js';

/** Writes the statements of one function body. */
export class StatementWriter {
  readonly #out: StatementOutput;
  readonly #block: WriteBlock = (statements, depth) => this.block(statements, depth);

  constructor(context: ExpressionContext, writer: ExpressionWriter, read: ReadonlySet<string>) {
    this.#out = new StatementOutput(context, writer, read);
  }

  /** The body's lines so far. */
  get lines(): string[] {
    return this.#out.lines;
  }

  block(statements: readonly Statement[], depth: number): void {
    // Each block starts with no written texts (Scope.nested gives it its own) and forgets them after a statement that may set one.
    const scope = this.#out.context.scope;
    statements.forEach((statement, index) => {
      this.#out.context.line = statement.line;
      this.statement(statement, depth, statements.slice(index + 1));
      // Only a call statement leaves the texts built-ins wrote as they were (a built-in that writes updates its own, a helper forgets them all).
      if (statement.kind !== 'expression-statement' && statement.kind !== 'print') scope.forgetWritten();
    });
  }

  statement(statement: Statement, depth: number, rest: readonly Statement[]): void {
    const out = this.#out;
    const scope = out.context.scope;
    switch (statement.kind) {
      case 'declare':
        if (statement.value === undefined) return writeEmptyDeclaration(out, statement, rest, depth);
        return writeNameAssignment(out, statement.name, statement.value, depth, statement.constant, rest);
      case 'assign':
        return writeAssignment(out, statement, depth, rest);
      case 'expression-statement':
        return writeExpressionStatement(out, statement.expression, depth);
      case 'print':
        return out.emit(depth, `console.log(${statement.values.map((value) => out.writer.write(value).code).join(', ')});`);
      case 'if': {
        // A branch whose condition is false when written (builder style's `LastMethodSuccess = 0` after a send) never runs.
        const live = statement.branches.map((branch) => ({ branch, condition: branch.condition === undefined ? undefined : this.#condition(branch.condition) })).filter(({ condition }) => condition !== 'false');
        if (live.length === 0) return;
        live.forEach(({ branch, condition }, index) => {
          const head = condition === undefined ? (index === 0 ? '{' : '} else {') : `${index === 0 ? 'if' : '} else if'} (${condition}) {`;
          out.emit(depth, head);
          scope.nested(() => this.block(branch.body, depth + 1));
        });
        return out.emit(depth, '}');
      }
      case 'for':
        return writeCountedLoop(out, statement, depth, this.#block);
      case 'for-each':
        return writeForEachLoop(out, statement, depth, this.#block);
      case 'while':
        if (statement.testAfter || statement.until) return out.writer.fail('a Do ... Loop');
        out.emit(depth, `while (${this.#condition(statement.condition)}) {`);
        scope.nested(() => this.block(statement.body, depth + 1));
        return out.emit(depth, '}');
      case 'return':
        if (statement.value !== undefined) return out.writer.fail('a return with a value');
        return out.emit(depth, 'return;');
      case 'jump':
        return out.emit(depth, `${statement.jump};`);
      default:
        return out.writer.fail(statement.kind === 'unsupported' ? statement.message : `a ${statement.kind} statement`);
    }
  }

  #condition(expression: Expression): string {
    const value = this.#out.writer.write(expression);
    if (value.kind !== 'boolean') return this.#out.writer.fail(`a condition on a ${value.kind}`);
    return value.code;
  }
}

export { NotTranslated };
