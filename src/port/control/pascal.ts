/**
 * Pascal (Delphi) control structures: `begin`/`end` blocks, `case ... of`, procedures and functions.
 *
 * @example
 * readPascal(statements, 0, new Map(), spec)?.kind; //=> 'if'
 */
import type { LanguageSpec } from '../language-spec.js';
import type { Statement } from '../statements.js';
import { findTop, first, isOp, word } from './tokens.js';
import type { Body, Branch, Control } from './types.js';

const PASCAL_OPENERS = new Set(['begin', 'case', 'try', 'asm', 'record']);

function pascalEnd(statements: readonly Statement[], open: number): number {
  let depth = 0;
  for (let at = open; at < statements.length; at += 1) {
    const w = first(statements, at);
    if (PASCAL_OPENERS.has(w)) depth += 1;
    else if (w === 'end') {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return statements.length;
}

/** A Pascal body at `index`: `begin … end` or one statement. */
export function pascalBody(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): { body: Body; next: number } {
  if (first(statements, index) === 'begin') {
    const end = pascalEnd(statements, index);
    return { body: { start: index + 1, end }, next: end + 1 };
  }
  const nested = readPascal(statements, index, names, spec);
  if (nested) return { body: { start: index, end: nested.after }, next: nested.after };
  return { body: { start: index, end: index + 1 }, next: index + 1 };
}

/** Reads the pascal structure that starts at `index`, if any. */
export function readPascal(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  if (head === 'if') {
    const then = findTop(tokens, 1, (token) => word(token) === 'then');
    const { body, next } = pascalBody(statements, index + 1, names, spec);
    const branches: Branch[] = [{ line: statement.line, condition: tokens.slice(1, then < 0 ? tokens.length : then), negate: false, body }];
    if (first(statements, next) !== 'else') return { kind: 'if', line: statement.line, branches, after: next };
    const tail = pascalBody(statements, next + 1, names, spec);
    branches.push({ line: statements[next]?.line ?? statement.line, condition: undefined, negate: false, body: tail.body });
    return { kind: 'if', line: statement.line, branches, after: tail.next };
  }
  if (head === 'case') {
    const end = pascalEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  if ((head === 'procedure' || head === 'function') && tokens[1]?.type === 'ident') {
    let begin = index + 1;
    while (begin < statements.length && first(statements, begin) !== 'begin') {
      // A declaration without a body (forward, interface section).
      if (['procedure', 'function', 'implementation'].includes(first(statements, begin))) return undefined;
      begin += 1;
    }
    const end = pascalEnd(statements, begin);
    const open = tokens.findIndex((token) => isOp(token, '('));
    const nameToken = open < 0 ? tokens.filter((token) => token.type === 'ident').at(1) : tokens[open - 1];
    const name = nameToken?.text ?? '';
    const helper = (open < 0 ? false : !isOp(tokens[open + 1], ')')) && (names.get(name.toLowerCase()) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  return undefined;
}
