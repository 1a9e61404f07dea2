/**
 * Reads counted-loop headers in each language's spelling and finds the loop
 * body, so the interpreter can unroll loops whose bounds are literal.
 *
 * @example
 * readLoopHeader(splitStatements(tokenize('For i = 0 To 2', vb6), vb6)[0]!, vb6)?.variable; //=> 'i'
 */
import { parseExpression, type Expr } from './expression.js';
import type { LanguageSpec } from './language-spec.js';
import { tokenize, type Token } from './lexer.js';
import type { Statement } from './statements.js';

/**
 * A counted loop: `variable` runs from `from` while it has not passed `to`.
 *
 * @example
 * readLoopHeader(statement, vb6)?.inclusive; //=> true
 */
export interface LoopHeader {
  readonly variable: string;
  readonly from: Expr;
  readonly to: Expr;
  /** Whether `to` itself is included. */
  readonly inclusive: boolean;
  readonly step: Expr;
  /** How the body ends. */
  readonly body: 'brace' | 'next' | 'end' | 'indent' | 'begin-end';
}

const ONE: Expr = { kind: 'number', text: '1' };

function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token?.type === 'ident' && words.includes(token.text.toLowerCase());
}

function indexOfWord(tokens: readonly Token[], from: number, ...words: string[]): number {
  for (let index = from; index < tokens.length; index += 1) if (isWord(tokens[index], ...words)) return index;
  return -1;
}

/** `a..b`, `a...b`, `a..<b` as a range. */
function readRange(tokens: readonly Token[], spec: LanguageSpec, start: number): { from: Expr; to: Expr; inclusive: boolean } | undefined {
  const from = parseExpression(tokens, spec, start);
  const op = tokens[from.next]?.text;
  if (op !== '..' && op !== '...' && op !== '..<') return undefined;
  const to = parseExpression(tokens, spec, from.next + 1);
  const inclusive = op === '..' || (op === '...' && spec.id.startsWith('swift'));
  return { from: from.expr, to: to.expr, inclusive };
}

/** `for (init; cond; step)` parts, shared by C-likes, Go, Perl, PHP, PowerShell and Tcl. */
function readClauses(init: readonly Token[], cond: readonly Token[], step: readonly Token[], spec: LanguageSpec, body: LoopHeader['body']): LoopHeader | undefined {
  // C-likes: `i = 0` (after an optional type); Tcl: `set i 0`.
  const assign = init.findIndex((token) => token.text === '=' || token.text === ':=');
  const at = assign >= 0 ? assign : isWord(init[0], 'set') ? 1 : -1;
  const variable = assign >= 0 ? init[assign - 1]?.text : init[1]?.text;
  if (variable === undefined || at < 0) return undefined;
  const from = parseExpression(init, spec, at + 1).expr;
  const opIndex = cond.findIndex((token) => ['<', '<=', '>', '>='].includes(token.text) || (token.text === '-' && isWord(cond[cond.indexOf(token) + 1], 'lt', 'le', 'gt', 'ge')));
  const opToken = cond[opIndex];
  if (!opToken) return undefined;
  const word = opToken.text === '-' ? (cond[opIndex + 1]?.text ?? '').toLowerCase() : opToken.text;
  const to = parseExpression(cond, spec, opIndex + (opToken.text === '-' ? 2 : 1)).expr;
  const inclusive = word === '<=' || word === '>=' || word === 'le' || word === 'ge';
  const down = word === '>' || word === '>=' || word === 'gt' || word === 'ge';
  const stepText = step.map((token) => token.text).join(' ');
  // `i += n` in C-likes, `incr i n` in Tcl.
  const increment = /(?:\+=|-=)\s*(.+)$/.exec(stepText) ?? /^incr\s+\S+\s+(.+)$/.exec(stepText);
  const stepExpr: Expr = increment?.[1] !== undefined ? parseExpression(tokenize(increment[1], spec), spec).expr : ONE;
  return { variable, from, to, inclusive, step: down ? { kind: 'unary', op: '-', operand: stepExpr } : stepExpr, body };
}

/**
 * Reads a loop header, if this statement is one.
 *
 * @param statement - A statement.
 * @param spec - The language.
 * @returns The loop, or `undefined` when the statement is not a counted loop header.
 * @example
 * readLoopHeader(splitStatements(tokenize('for (int i = 0; i < 3; i++)', csharp), csharp)[0]!, csharp)?.inclusive; //=> false
 */
export function readLoopHeader(statement: Statement, spec: LanguageSpec): LoopHeader | undefined {
  const tokens = statement.tokens;
  if (!isWord(tokens[0], 'for', 'foreach')) return undefined;
  switch (spec.loops) {
    case 'basic': {
      let at = 1;
      if (isWord(tokens[at], 'each')) return undefined;
      const variable = tokens[at]?.text ?? '';
      at = tokens.findIndex((token) => token.text === '=' || isWord(token, 'from'));
      const toAt = indexOfWord(tokens, at + 1, 'to');
      if (at < 0 || toAt < 0) return undefined;
      const from = parseExpression(tokens.slice(0, toAt), spec, at + 1).expr;
      const stepAt = indexOfWord(tokens, toAt + 1, 'step');
      const to = parseExpression(stepAt < 0 ? tokens : tokens.slice(0, stepAt), spec, toAt + 1).expr;
      const step = stepAt < 0 ? ONE : parseExpression(tokens, spec, stepAt + 1).expr;
      return { variable, from, to, inclusive: true, step, body: 'next' };
    }
    case 'delphi': {
      const assign = tokens.findIndex((token) => token.text === ':=');
      const toAt = indexOfWord(tokens, assign + 1, 'to', 'downto');
      const doAt = indexOfWord(tokens, toAt + 1, 'do');
      if (assign < 0 || toAt < 0) return undefined;
      const from = parseExpression(tokens.slice(0, toAt), spec, assign + 1).expr;
      const to = parseExpression(doAt < 0 ? tokens : tokens.slice(0, doAt), spec, toAt + 1).expr;
      const down = isWord(tokens[toAt], 'downto');
      return { variable: tokens[assign - 1]?.text ?? '', from, to, inclusive: true, step: down ? { kind: 'number', text: '-1' } : ONE, body: 'begin-end' };
    }
    case 'python': {
      if (!isWord(tokens[2], 'in') || !isWord(tokens[3], 'range')) return undefined;
      const call = parseExpression(tokens, spec, 3).expr;
      if (call.kind !== 'call') return undefined;
      const [a, b, c] = call.args;
      if (!a) return undefined;
      return { variable: tokens[1]?.text ?? '', from: b ? a : { kind: 'number', text: '0' }, to: b ?? a, inclusive: false, step: c ?? ONE, body: 'indent' };
    }
    case 'ruby': {
      if (!isWord(tokens[2], 'in')) return undefined;
      const range = readRange(tokens, spec, 3);
      return range ? { variable: tokens[1]?.text ?? '', ...range, step: ONE, body: 'end' } : undefined;
    }
    case 'brace':
    case 'tcl': {
      const strings = tokens.slice(1).filter((token) => token.type === 'string');
      if (spec.loops === 'tcl') {
        const [init, cond, step] = strings.map((token) => tokenize(token.text, spec).filter((t) => t.type !== 'newline'));
        return init && cond && step ? readClauses(init, cond, step, spec, 'brace') : undefined;
      }
      const open = tokens[1]?.text === '(' ? 2 : 1;
      const inner = tokens.slice(open, open === 2 ? tokens.length - 1 : tokens.length);
      const inAt = inner.findIndex((token) => isWord(token, 'in'));
      if (inAt > 0) {
        const range = readRange(inner, spec, inAt + 1);
        const variable = inner[inAt - 1]?.text ?? '';
        return range ? { variable, ...range, step: ONE, body: 'brace' } : undefined;
      }
      if (isWord(tokens[0], 'foreach')) {
        // Perl: foreach my $i (0..2)
        const variable = tokens.find((token) => token.type === 'ident' && token.text.startsWith('$'))?.text ?? '';
        const paren = tokens.findIndex((token) => token.text === '(');
        const range = readRange(tokens, spec, paren + 1);
        return range ? { variable, ...range, step: ONE, body: 'brace' } : undefined;
      }
      const semis = inner.flatMap((token, index) => (token.text === ';' ? [index] : []));
      const [s1, s2] = semis;
      if (s1 === undefined || s2 === undefined) return undefined;
      return readClauses(inner.slice(0, s1), inner.slice(s1 + 1, s2), inner.slice(s2 + 1), spec, 'brace');
    }
    case 'none':
      return undefined;
  }
}

const BLOCK_OPENERS = new Set(['if', 'unless', 'while', 'until', 'for', 'def', 'begin', 'case', 'class', 'module', 'foreach']);

/**
 * Finds the statements of a loop body.
 *
 * @param statements - All statements.
 * @param header - Index of the loop header.
 * @param loop - The parsed header.
 * @returns The body as [start, end) and the index after the loop.
 * @example
 * findLoopBody(statements, 0, header); //=> { start: 2, end: 5, after: 6 }
 */
export function findLoopBody(statements: readonly Statement[], header: number, loop: LoopHeader): { start: number; end: number; after: number } {
  const first = (index: number): string => (statements[index]?.tokens[0]?.text ?? '').toLowerCase();
  const headerStatement = statements[header];
  if (loop.body === 'indent') {
    const indent = headerStatement?.indent ?? 0;
    let end = header + 1;
    while (end < statements.length && (statements[end]?.indent ?? 0) > indent) end += 1;
    return { start: header + 1, end, after: end };
  }
  if (loop.body === 'brace' || (loop.body === 'begin-end' && first(header + 1) === 'begin')) {
    const open = loop.body === 'brace' ? '{' : 'begin';
    const close = loop.body === 'brace' ? '}' : 'end';
    if (first(header + 1) !== open) return { start: header + 1, end: header + 2, after: header + 2 };
    let depth = 0;
    for (let index = header + 1; index < statements.length; index += 1) {
      const word = first(index);
      if (word === open || (loop.body === 'begin-end' && (word === 'case' || word === 'try'))) depth += 1;
      if (word === close) depth -= 1;
      if (depth === 0) return { start: header + 2, end: index, after: index + 1 };
    }
    return { start: header + 2, end: statements.length, after: statements.length };
  }
  if (loop.body === 'begin-end') return { start: header + 1, end: header + 2, after: header + 2 };
  let depth = 1;
  for (let index = header + 1; index < statements.length; index += 1) {
    const tokens = statements[index]?.tokens ?? [];
    const word = first(index);
    if (loop.body === 'next') {
      if (word === 'for') depth += 1;
      if (word === 'next' || word === 'endfor' || word === 'loop' || (word === 'end' && isWord(tokens[1], 'for'))) depth -= 1;
    } else {
      if (BLOCK_OPENERS.has(word) || isWord(tokens.at(-1), 'do') || tokens.some((token) => isWord(token, 'do'))) depth += 1;
      if (word === 'end') depth -= 1;
    }
    if (depth === 0) return { start: header + 1, end: index, after: index + 1 };
  }
  return { start: header + 1, end: statements.length, after: statements.length };
}
