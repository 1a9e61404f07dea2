/**
 * What the parts of the statement translator share while they write one
 * function body: the expression writer and its context, the names the body
 * reads (a value nothing reads is not kept: noUnusedLocals), and the lines
 * written so far, indented by depth.
 *
 * @example
 * const out = new StatementOutput(context, writer, new Set(['i']));
 * out.emit(2, 'i++;'); // out.lines: ['    i++;']
 */
import { bareName } from '../ast/index.js';
import type { ExpressionContext, ExpressionWriter } from './expressions.js';

const INDENT = '  ';

/**
 * The lines of one function body and what writing them needs.
 *
 * @example
 * new StatementOutput(context, writer, new Set(['json'])).isRead('$json'); //=> true
 */
export class StatementOutput {
  readonly context: ExpressionContext;
  readonly writer: ExpressionWriter;
  readonly lines: string[] = [];
  readonly #read: ReadonlySet<string>;

  /**
   * @param context - The script's language, variables and call writer.
   * @param writer - Writes the expressions.
   * @param read - The variables the body reads (lower case, without sigils).
   */
  constructor(context: ExpressionContext, writer: ExpressionWriter, read: ReadonlySet<string>) {
    this.context = context;
    this.writer = writer;
    this.#read = read;
  }

  /** Adds a line at `depth` (1 is the function's top level). */
  emit(depth: number, line: string): void {
    this.lines.push(`${INDENT.repeat(depth)}${line}`);
  }

  /** Whether the body reads the variable (sigils aside, case folded). */
  isRead(name: string): boolean {
    return this.#read.has(bareName(name).toLowerCase());
  }
}
