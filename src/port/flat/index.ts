/**
 * The flat reader: runs a script's statements symbolically and records the
 * Chilkat calls it makes as IR. Variables hold literals, loops with literal
 * bounds are unrolled, anything that cannot be followed becomes an
 * `unsupported` node. `port` falls back to it, and `run` uses it for the
 * languages the statement reader does not read yet.
 *
 * @example
 * interpret(statements, autoit).map((node) => node.kind); //=> ['new', 'update', ...]
 */
import type { IrNode } from '../ir.js';
import type { LanguageSpec } from '../language-spec.js';
import type { Statement } from '../statements.js';
import { ReadingState } from './reading-state.js';
import { StatementRunner } from './statement-runner.js';

/**
 * Interprets a script's statements into IR nodes.
 *
 * @param statements - From `splitStatements`.
 * @param spec - The language.
 * @param source - The script text, for the source line quoted in `unsupported` nodes.
 * @returns The IR nodes in execution order (unrolled loops repeat their lines).
 * @example
 * interpret(splitStatements(tokenize(src, csharp), csharp), csharp, src)[0]?.kind; //=> 'new'
 */
export function interpret(statements: readonly Statement[], spec: LanguageSpec, source = ''): IrNode[] {
  const state = new ReadingState(spec, source.split('\n'));
  new StatementRunner(state).start(statements);
  return state.nodes;
}
