/**
 * Performs one statement for the flat reader: recognises it in its
 * language's shape (dotted calls, Tcl words, T-SQL, DataFlex) and runs the
 * action; what it cannot follow becomes an `unsupported` node.
 *
 * @example
 * new StatementPerformer(state, expressions).step(statement);
 */
import type { Action } from '../actions.js';
import { canonicalMethod, readsOnly } from '../chilkat-names.js';
import { ExpressionDepthError } from '../expression.js';
import type { Statement } from '../statements.js';
import { recognizeStatement } from '../word-shapes.js';
import type { ExpressionEvaluator } from './expressions.js';
import type { ReadingState } from './reading-state.js';
import { Unsupported } from './symbolic-value.js';

/**
 * The statement performer of one reading.
 *
 * @example
 * new StatementPerformer(state, new ExpressionEvaluator(state)).step(statement);
 */
export class StatementPerformer {
  readonly #state: ReadingState;
  readonly #expressions: ExpressionEvaluator;

  constructor(state: ReadingState, expressions: ExpressionEvaluator) {
    this.#state = state;
    this.#expressions = expressions;
  }

  /** Performs one statement; inside untranslated code only its reports are kept. */
  step(statement: Statement): void {
    const state = this.#state;
    const before = state.nodes.length;
    try {
      this.act(statement);
    } finally {
      if (state.untranslated !== undefined) {
        const added = state.nodes.splice(before);
        const kept = added.filter((node) => node.kind === 'unsupported');
        state.nodes.push(...kept);
        if (kept.length < added.length) state.unsupported(`${state.untranslated}: not ported`);
      }
    }
  }

  act(statement: Statement): void {
    let action: Action;
    try {
      action = this.recognize(statement);
    } catch (error) {
      // A too-deep expression is always reported, whatever the statement mentions.
      if (error instanceof ExpressionDepthError) return this.#state.unsupported(error.message);
      action = { kind: 'unknown', message: 'cannot read this statement' };
    }
    try {
      this.perform(action);
    } catch (error) {
      if (error instanceof Unsupported) this.#state.unsupported(error.message);
      else throw error;
    } finally {
      this.#state.target = undefined;
    }
  }

  recognize(statement: Statement): Action {
    return recognizeStatement(statement, this.#state.spec);
  }

  perform(action: Action): void {
    const state = this.#state;
    const expressions = this.#expressions;
    switch (action.kind) {
      case 'skip': {
        // A statement the reader does not follow (a condition, a return) must not hide a Chilkat call.
        const call = this.skippedCall();
        if (call !== undefined) throw new Unsupported(`a call inside a condition or return is not followed: ${call}`);
        return;
      }
      case 'unknown': {
        // A variable whose new value cannot be read must not keep its old one.
        if (action.target !== undefined) state.env.set(state.key(action.target), { kind: 'unknown', why: `cannot read the value assigned to ${action.target} on line ${String(state.line)}` });
        // Only statements that mention a Chilkat object or call are worth a diagnostic.
        if (state.sent) return;
        const mentions = [...state.env.entries()].some(([name, value]) => value.kind === 'object' && !value.ref.afterSend && state.source.toLowerCase().includes(name.toLowerCase()));
        if (mentions || /\bUpdate[A-Z]\w*|SetRequestHeader|AuthToken|PTextSb|HttpJson|PostJson/.test(state.source)) state.unsupported(action.message);
        return;
      }
      case 'new':
        state.bind(action.target, state.create(action.class));
        return;
      case 'assign':
        state.target = action.target;
        state.bind(action.target, expressions.eval(action.expr));
        return;
      case 'set': {
        const object = expressions.eval(action.object);
        if (object.kind !== 'object') {
          if (/^(?:AuthToken|Login|Password|BasicAuth)$/i.test(action.property)) throw new Unsupported(`cannot tell which object ${action.property} is set on`);
          return;
        }
        expressions.calls.setOption(object.ref, action.property, expressions.eval(action.expr));
        return;
      }
      case 'eval':
        expressions.eval(action.expr);
        return;
    }
  }

  /**
   * The first call in the current statement's tokens on a known JsonObject,
   * Http or StringBuilder that changes it (not a read such as `LastErrorText`),
   * as `handle.Method`, or `undefined`.
   */
  skippedCall(): string | undefined {
    const state = this.#state;
    if (state.sent) return undefined;
    const tokens = state.tokens;
    for (let index = 0; index + 2 < tokens.length; index += 1) {
      const [name, dot, member] = [tokens[index], tokens[index + 1], tokens[index + 2]];
      if (name?.type !== 'ident' || dot?.type !== 'op' || !['.', '->', ':'].includes(dot.text) || member?.type !== 'ident') continue;
      const value = state.env.get(state.key(name.text));
      if (value?.kind !== 'object' || value.ref.afterSend || !['JsonObject', 'Http', 'StringBuilder'].includes(value.ref.cls)) continue;
      const method = canonicalMethod(member.text);
      if (readsOnly(method, member.text)) continue;
      return `${name.text}.${method}`;
    }
    return undefined;
  }
}
