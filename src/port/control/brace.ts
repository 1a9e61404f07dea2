/**
 * Control structures of the brace languages (C-likes, Go, Swift, PHP, Perl, PowerShell, JavaScript):
 * `if`/`else if`/`else`, `switch`, function definitions, with a brace body or one statement.
 *
 * @example
 * readBrace(statements, 0, new Map(), spec)?.kind; //=> 'if'
 */
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import type { Statement } from '../statements.js';
import { findTop, inline, isOp, takesParameters, word } from './tokens.js';
import type { Body, Branch, Control } from './types.js';

const BRACE_CONTROL = new Set(['if', 'unless', 'else', 'elseif', 'elsif', 'while', 'until', 'for', 'foreach', 'do', 'switch', 'try', 'catch', 'finally', 'using', 'lock', 'select', 'synchronized', 'with', 'defer', 'guard', 'repeat']);
const CONTAINERS = new Set(['class', 'struct', 'namespace', 'interface', 'enum', 'module', 'package', 'extension', 'protocol', 'implementation', 'object', 'record']);

function isBrace(statements: readonly Statement[], index: number, text: '{' | '}'): boolean {
  const tokens = statements[index]?.tokens ?? [];
  return tokens.length === 1 && isOp(tokens[0], text);
}

function matchingBrace(statements: readonly Statement[], open: number): number {
  let depth = 0;
  for (let at = open; at < statements.length; at += 1) {
    if (isBrace(statements, at, '{')) depth += 1;
    else if (isBrace(statements, at, '}')) {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return statements.length;
}

/** The body after a header at `index` (`rest`: tokens written after the header on its statement). */
export function braceBody(statements: readonly Statement[], index: number, rest: readonly Token[], names: ReadonlyMap<string, number>, spec: LanguageSpec): { body: Body; next: number } {
  const statement = statements[index];
  const written = statement ? inline(statement, rest) : undefined;
  if (written) return { body: written, next: index + 1 };
  if (isBrace(statements, index + 1, '{')) {
    const close = matchingBrace(statements, index + 1);
    return { body: { start: index + 2, end: close }, next: close + 1 };
  }
  const nested = readBrace(statements, index + 1, names, spec);
  if (nested) return { body: { start: index + 1, end: nested.after }, next: nested.after };
  return { body: { start: index + 1, end: index + 2 }, next: index + 2 };
}

/** Splits `if (cond) rest` / `if cond` into the condition and what follows it. */
function braceCondition(tokens: readonly Token[], from: number): { condition: readonly Token[]; rest: readonly Token[] } {
  if (isOp(tokens[from], '(')) {
    let depth = 0;
    for (let at = from; at < tokens.length; at += 1) {
      if (isOp(tokens[at], '(')) depth += 1;
      if (isOp(tokens[at], ')')) depth -= 1;
      if (depth === 0) return { condition: tokens.slice(from + 1, at), rest: tokens.slice(at + 1) };
    }
  }
  return { condition: tokens.slice(from), rest: [] };
}

function readBraceIf(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const branches: Branch[] = [];
  let header = statement;
  let at = index;
  let from = 1;
  let negate = word(statement.tokens[0]) === 'unless';
  for (;;) {
    const { condition, rest } = braceCondition(header.tokens, from);
    const { body, next } = braceBody(statements, at, rest, names, spec);
    branches.push({ line: header.line, condition, negate, body });
    const following = statements[next];
    const w = word(following?.tokens[0]);
    if (following && (w === 'elseif' || w === 'elsif' || (w === 'else' && word(following.tokens[1]) === 'if'))) {
      header = following;
      at = next;
      from = w === 'else' ? 2 : 1;
      negate = false;
      continue;
    }
    if (following && w === 'else') {
      const tail = braceBody(statements, next, following.tokens.slice(1), names, spec);
      branches.push({ line: following.line, condition: undefined, negate: false, body: tail.body });
      return { kind: 'if', line: statement.line, branches, after: tail.next };
    }
    return { kind: 'if', line: statement.line, branches, after: next };
  }
}

/** Reads the brace structure that starts at `index`, if any. */
export function readBrace(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  if (head === 'if' || head === 'unless') return readBraceIf(statements, index, names, spec);
  if (head === 'switch' || (head === 'select' && isBrace(statements, index + 1, '{'))) {
    const { body, next } = braceBody(statements, index, [], names, spec);
    return { kind: 'select', line: statement.line, body, after: next };
  }
  if (!isBrace(statements, index + 1, '{') || BRACE_CONTROL.has(head)) return undefined;
  if (tokens.some((token) => CONTAINERS.has(word(token)))) return undefined;
  if (findTop(tokens, 0, (token) => token.type === 'op' && (token.text === '=' || token.text === ':=')) >= 0) return undefined;
  let nameAt: number;
  if (head === 'function' || head === 'sub' || head === 'func' || head === 'fn' || head === 'def') {
    // Go methods: `func (r *T) Name(...)`.
    const receiver = isOp(tokens[1], '(') ? braceCondition(tokens, 1).rest : tokens.slice(1);
    nameAt = tokens.length - receiver.length;
    if (tokens[nameAt]?.type !== 'ident') return undefined;
  } else {
    nameAt = tokens.findIndex((token, at) => token.type === 'ident' && isOp(tokens[at + 1], '('));
    if (nameAt < 0 || !isOp(tokens.at(-1), ')')) return undefined;
  }
  const name = tokens[nameAt]?.text ?? '';
  const close = matchingBrace(statements, index + 1);
  const helper = takesParameters(tokens, nameAt) && (names.get(spec.caseInsensitive ? name.toLowerCase() : name) ?? 0) > 1;
  return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 2, end: close }, after: Math.min(close + 1, statements.length) };
}
