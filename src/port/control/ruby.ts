/**
 * Ruby's control structures, each closed by its `end`.
 *
 * @example
 * readRuby(statements, 0, new Map())?.kind; //=> 'if'
 */
import type { Token } from '../lexer.js';
import type { Statement } from '../statements.js';
import { first, isOp, word } from './tokens.js';
import type { Branch, Control } from './types.js';

const RUBY_OPENERS = new Set(['if', 'unless', 'while', 'until', 'case', 'def', 'begin', 'class', 'module', 'for']);

function rubyOpens(statement: Statement | undefined): boolean {
  const tokens = statement?.tokens ?? [];
  return RUBY_OPENERS.has(word(tokens[0])) || tokens.some((token) => word(token) === 'do');
}

/** The index of the `end` that closes the Ruby block opened at `index`. */
export function rubyEnd(statements: readonly Statement[], index: number): number {
  let depth = 0;
  for (let at = index + 1; at < statements.length; at += 1) {
    if (rubyOpens(statements[at])) depth += 1;
    else if (first(statements, at) === 'end') {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return statements.length;
}

/** Reads the ruby structure that starts at `index`, if any. */
export function readRuby(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  const withoutThen = (list: readonly Token[]): readonly Token[] => (word(list.at(-1)) === 'then' ? list.slice(0, -1) : list);
  if (head === 'if' || head === 'unless') {
    const branches: Branch[] = [];
    let condition: readonly Token[] | undefined = withoutThen(tokens.slice(1));
    let line = statement.line;
    let start = index + 1;
    let depth = 0;
    for (let at = index + 1; at < statements.length; at += 1) {
      const w = first(statements, at);
      if (depth === 0 && (w === 'elsif' || w === 'else' || w === 'end')) {
        branches.push({ line, condition, negate: branches.length === 0 && head === 'unless', body: { start, end: at } });
        if (w === 'end') return { kind: 'if', line: statement.line, branches, after: at + 1 };
        condition = w === 'elsif' ? withoutThen(statements[at]?.tokens.slice(1) ?? []) : undefined;
        line = statements[at]?.line ?? line;
        start = at + 1;
        continue;
      }
      if (rubyOpens(statements[at])) depth += 1;
      else if (w === 'end') depth -= 1;
    }
    return undefined;
  }
  if (head === 'case') {
    const end = rubyEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  if (head === 'def' && tokens[1]?.type === 'ident') {
    const end = rubyEnd(statements, index);
    const name = tokens[1].text;
    const helper = tokens.length > 2 && !(isOp(tokens[2], '(') && isOp(tokens[3], ')')) && (names.get(name) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  return undefined;
}
