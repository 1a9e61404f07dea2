/**
 * Token tests the control-structure readers share: words, operators,
 * top-level search, inline bodies and definition modifiers.
 *
 * @example
 * word({ type: 'ident', text: 'If', line: 1, column: 0 }); //=> 'if'
 */
import type { Token } from '../lexer.js';
import type { Statement } from '../statements.js';
import type { Body } from './types.js';

/** A word token in lower case, `''` for anything else. */
export function word(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text.toLowerCase() : '';
}

/** The first word of statement `index`. */
export function first(statements: readonly Statement[], index: number): string {
  return word(statements[index]?.tokens[0]);
}

/** Whether a token is the operator `text`. */
export function isOp(token: Token | undefined, text: string): boolean {
  return token?.type === 'op' && token.text === text;
}

/** Index of the first token at bracket depth 0 that `match` accepts, or -1. */
export function findTop(tokens: readonly Token[], from: number, match: (token: Token) => boolean): number {
  let depth = 0;
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) break;
    if (token.type === 'op' && (token.text === '(' || token.text === '[' || token.text === '{')) depth += 1;
    else if (token.type === 'op' && (token.text === ')' || token.text === ']' || token.text === '}')) depth -= 1;
    else if (depth === 0 && match(token)) return index;
  }
  return -1;
}

/** A body written on the header's line (`If x Then y`), or `undefined` when nothing follows. */
export function inline(statement: Statement, tokens: readonly Token[]): Body | undefined {
  return tokens.length === 0 ? undefined : { inline: { tokens, line: tokens[0]?.line ?? statement.line, indent: statement.indent } };
}

/** Words that may precede a definition (`Private Sub`, `public static`). */
export const MODIFIERS = new Set(['private', 'public', 'friend', 'static', 'protected', 'shared', 'overrides', 'overridable', 'global', 'hidden']);

/** A definition's parameters are non-empty (or unknown, when it has no parentheses). */
export function takesParameters(tokens: readonly Token[], nameAt: number): boolean {
  const open = tokens[nameAt + 1];
  if (!isOp(open, '(')) return true;
  return !isOp(tokens[nameAt + 2], ')');
}
