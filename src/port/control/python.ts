/**
 * Python's control structures, whose bodies are the lines indented under their header.
 *
 * @example
 * readPython(statements, 0, new Map())?.kind; //=> 'if'
 */
import type { Token } from '../lexer.js';
import type { Statement } from '../statements.js';
import { findTop, inline, isOp, takesParameters, word } from './tokens.js';
import type { Branch, Control } from './types.js';

/** The index after a Python block whose header is at `index`. */
export function indentedEnd(statements: readonly Statement[], index: number): number {
  const indent = statements[index]?.indent ?? 0;
  let end = index + 1;
  while (end < statements.length && (statements[end]?.indent ?? 0) > indent) end += 1;
  return end;
}

/** Reads the python structure that starts at `index`, if any. */
export function readPython(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const head = word(statement.tokens[0]);
  const colonOf = (tokens: readonly Token[]): number => findTop(tokens, 1, (token) => isOp(token, ':'));
  if (head === 'if') {
    const branches: Branch[] = [];
    let at = index;
    for (;;) {
      const current = statements[at];
      if (!current) break;
      const w = word(current.tokens[0]);
      const colon = colonOf(current.tokens);
      if (colon < 0) return undefined;
      const rest = current.tokens.slice(colon + 1);
      const end = rest.length > 0 ? at + 1 : indentedEnd(statements, at);
      const body = inline(current, rest) ?? { start: at + 1, end };
      branches.push({ line: current.line, condition: w === 'else' ? undefined : current.tokens.slice(1, colon), negate: false, body });
      const following = statements[end];
      const next = word(following?.tokens[0]);
      if (w !== 'else' && following?.indent === statement.indent && (next === 'elif' || next === 'else')) {
        at = end;
        continue;
      }
      return { kind: 'if', line: statement.line, branches, after: end };
    }
    return undefined;
  }
  if (head === 'match') {
    const end = indentedEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: end };
  }
  if (head === 'def' && statement.tokens[1]?.type === 'ident') {
    const end = indentedEnd(statements, index);
    const name = statement.tokens[1].text;
    const helper = takesParameters(statement.tokens, 1) && (names.get(name) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: end };
  }
  return undefined;
}
