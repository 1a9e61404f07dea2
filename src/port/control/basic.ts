/**
 * BASIC-like and xBase control structures: `If`/`ElseIf`/`Else`/`End If`, `Select Case`, `Sub`/`Function`, and the closers
 * (`End If`, `EndFunc`, `Wend`, `Next`...) that end each block.
 *
 * @example
 * readBasic(statements, 0, new Map(), spec)?.kind; //=> 'if'
 */
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import type { Statement } from '../statements.js';
import { findTop, first, inline, MODIFIERS, takesParameters, word } from './tokens.js';
import type { Branch, Control } from './types.js';

const BASIC_CLOSERS = new Set([
  'endif', 'endselect', 'endfunc', 'endproc', 'endprocedure', 'endfunction', 'endwhile', 'wend', 'next', 'loop', 'endfor', 'enddo',
  'endcase', 'endwith', 'endswitch', 'endtry', 'endscan', 'until', 'forever', 'endtext', 'endsub',
]);
const END_WORDS = new Set(['if', 'select', 'sub', 'function', 'while', 'with', 'try', 'property', 'choose', 'case', 'switch']);

function basicWords(statement: Statement | undefined): readonly Token[] {
  const tokens = statement?.tokens ?? [];
  let at = 0;
  while (MODIFIERS.has(word(tokens[at])) && tokens[at + 1]?.type === 'ident') at += 1;
  return at === 0 ? tokens : tokens.slice(at);
}

function basicThen(tokens: readonly Token[]): number {
  return findTop(tokens, 1, (token) => word(token) === 'then');
}

function basicOpens(statement: Statement | undefined): boolean {
  const tokens = basicWords(statement);
  const head = word(tokens[0]);
  switch (head) {
    case 'if': {
      const then = basicThen(tokens);
      return then < 0 || then === tokens.length - 1;
    }
    case 'do':
      return tokens.length === 1 || ['while', 'until', 'case'].includes(word(tokens[1]));
    case 'select': case 'while': case 'for': case 'foreach': case 'sub': case 'function': case 'func': case 'procedure':
    case 'with': case 'switch': case 'try': case 'scan': case 'repeat': case 'choose': case 'property': case 'text':
      return true;
    default:
      return false;
  }
}

function basicCloses(statement: Statement | undefined): boolean {
  const tokens = statement?.tokens ?? [];
  const head = word(tokens[0]);
  return BASIC_CLOSERS.has(head) || (head === 'end' && END_WORDS.has(word(tokens[1])));
}

/** The index of the statement that closes the BASIC block opened at `index` (`Next`, `WEnd`, `End If`, `Loop`...), or `statements.length`. */
export function basicEnd(statements: readonly Statement[], index: number): number {
  let depth = 0;
  for (let at = index + 1; at < statements.length; at += 1) {
    if (basicOpens(statements[at])) depth += 1;
    else if (basicCloses(statements[at])) {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return statements.length;
}

/** Reads the basic structure that starts at `index`, if any. */
export function readBasic(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = basicWords(statement);
  const head = word(tokens[0]);
  if (head === 'if') {
    const then = basicThen(tokens);
    if (then >= 0 && then < tokens.length - 1) {
      const rest = tokens.slice(then + 1);
      const elseAt = findTop(rest, 0, (token) => word(token) === 'else');
      const thenBody = inline(statement, elseAt < 0 ? rest : rest.slice(0, elseAt));
      const elseBody = elseAt < 0 ? undefined : inline(statement, rest.slice(elseAt + 1));
      if (!thenBody) return undefined;
      const branches: Branch[] = [{ line: statement.line, condition: tokens.slice(1, then), negate: false, body: thenBody }];
      if (elseBody) branches.push({ line: statement.line, condition: undefined, negate: false, body: elseBody });
      return { kind: 'if', line: statement.line, branches, after: index + 1 };
    }
    const branches: Branch[] = [];
    let condition: readonly Token[] | undefined = tokens.slice(1, then < 0 ? tokens.length : then);
    let line = statement.line;
    let start = index + 1;
    let depth = 0;
    for (let at = index + 1; at < statements.length; at += 1) {
      const current = statements[at];
      const words = current?.tokens ?? [];
      const w = word(words[0]);
      if (depth === 0 && (w === 'elseif' || w === 'else' || basicCloses(current))) {
        branches.push({ line, condition, negate: false, body: { start, end: at } });
        if (basicCloses(current)) return { kind: 'if', line: statement.line, branches, after: at + 1 };
        const nested = w === 'else' && word(words[1]) === 'if';
        const from = w === 'elseif' ? 1 : nested ? 2 : -1;
        const thenAt = from < 0 ? -1 : findTop(words, from, (token) => word(token) === 'then');
        condition = from < 0 ? undefined : words.slice(from, thenAt < 0 ? words.length : thenAt);
        line = current?.line ?? line;
        start = at + 1;
        continue;
      }
      if (basicOpens(current)) depth += 1;
      else if (basicCloses(current)) depth -= 1;
    }
    return undefined;
  }
  if (head === 'select' || head === 'switch' || head === 'choose' || (head === 'do' && word(tokens[1]) === 'case')) {
    const end = basicEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  if (['sub', 'function', 'func', 'procedure'].includes(head) && tokens[1]?.type === 'ident') {
    const end = basicEnd(statements, index);
    const name = tokens[1].text;
    const lparameters = ['lparameters', 'parameters'].includes(first(statements, index + 1));
    const helper = (takesParameters(tokens, 1) || lparameters) && (names.get(spec.caseInsensitive ? name.toLowerCase() : name) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  return undefined;
}
