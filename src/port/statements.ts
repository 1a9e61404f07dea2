/**
 * Groups tokens into statements: at line breaks outside brackets, at `;` in
 * C-like languages, and around `{`/`}` so blocks show up as statements.
 *
 * @example
 * splitStatements(tokenize('a = 1; b = 2', csharp), csharp).length; //=> 2
 */
import type { LanguageSpec } from './language-spec.js';
import type { Token } from './lexer.js';

/**
 * The tokens of one statement, with its first line and indentation.
 *
 * @example
 * splitStatements(tokenize('a = 1', csharp), csharp)[0]?.line; //=> 1
 */
export interface Statement {
  readonly tokens: readonly Token[];
  readonly line: number;
  /** Column of the first token (Python blocks are indentation). */
  readonly indent: number;
}

const OPENERS = new Set(['(', '[']);
const CLOSERS = new Set([')', ']']);
/** Tokens after which `{` starts a literal (`= { "a" }`, `f({ ... })`, `@{`), not a block. */
const BEFORE_LITERAL = new Set(['=', ':=', ',', '(', '[', '@', 'return', '=>']);

/** Whether a `{` after `current` opens a list or map literal (`x = {…}`, Go's `[]string{…}`, `new T[] {…}`). */
function opensLiteral(current: readonly Token[]): boolean {
  const last = current.at(-1);
  if (last === undefined) return false;
  if (BEFORE_LITERAL.has(last.text) && (last.type === 'op' || last.text === 'return')) return true;
  if (last.type === 'op' && last.text === ']') return current.some((token) => token.type === 'ident' && token.text === 'new');
  // Go's `[]string{`, `map[string]int{`: a type right after `]`.
  return last.type === 'ident' && current.at(-2)?.text === ']';
}

/**
 * Splits a token list into statements.
 *
 * @param tokens - Tokens from {@link tokenize}.
 * @param spec - The language, for its `;` and brace rules.
 * @returns Non-empty statements in source order.
 * @example
 * splitStatements(tokenize('if (x) {\n y(); }', csharp), csharp).map((s) => s.tokens[0]?.text); //=> ['if', '{', 'y', '}']
 */
export function splitStatements(tokens: readonly Token[], spec: LanguageSpec): Statement[] {
  const statements: Statement[] = [];
  let current: Token[] = [];
  let depth = 0;
  /** Open `{` of literals: their braces and line breaks stay inside the statement. */
  let literal = 0;
  const flush = (): void => {
    const first = current[0];
    if (first) statements.push({ tokens: current, line: first.line, indent: first.column });
    current = [];
  };
  for (const token of tokens) {
    if (spec.braces && token.type === 'op' && token.text === '{' && (literal > 0 || opensLiteral(current))) {
      literal += 1;
      depth += 1;
      current.push(token);
      continue;
    }
    if (literal > 0 && token.type === 'op' && token.text === '}') {
      literal -= 1;
      depth = Math.max(0, depth - 1);
      current.push(token);
      continue;
    }
    if (token.type === 'op' && OPENERS.has(token.text)) depth += 1;
    if (token.type === 'op' && CLOSERS.has(token.text)) depth = Math.max(0, depth - 1);
    if (token.type === 'newline') {
      if (depth === 0) flush();
      continue;
    }
    if (depth === 0 && token.type === 'op' && spec.semicolons && token.text === ';') {
      flush();
      continue;
    }
    if (depth === 0 && token.type === 'op' && spec.braces && (token.text === '{' || token.text === '}')) {
      flush();
      current.push(token);
      flush();
      continue;
    }
    current.push(token);
  }
  flush();
  return statements;
}
