/**
 * Reads the control structures around statements — `If`/`ElseIf`/`Else`
 * chains, `Select Case`/`switch`, `Sub`/`Function` definitions — in each
 * family's spelling (BASIC-like and xBase keywords, braces, Python
 * indentation, Ruby `end`, Pascal `begin`/`end`), so the interpreter can run
 * the branch a known condition picks and report what it cannot translate.
 *
 * @example
 * readControl(statements, 0, vbscript, new Map())?.kind; //=> 'if'
 */
import type { LanguageSpec } from './language-spec.js';
import type { Token } from './lexer.js';
import type { Statement } from './statements.js';
import { readBasic } from './control/basic.js';
import { readBrace } from './control/brace.js';
import { readPascal } from './control/pascal.js';
import { readPython } from './control/python.js';
import { readRuby } from './control/ruby.js';
import { isOp, word } from './control/tokens.js';
import type { Control } from './control/types.js';

export type { Body, Branch, Control } from './control/types.js';
export { basicEnd } from './control/basic.js';
export { braceBody } from './control/brace.js';
export { indentedEnd } from './control/python.js';
export { rubyEnd } from './control/ruby.js';
export { pascalBody } from './control/pascal.js';

type Family = 'basic' | 'brace' | 'python' | 'ruby' | 'delphi';

function familyOf(spec: LanguageSpec): Family | undefined {
  if (spec.shape !== 'dot') return undefined;
  if (spec.loops === 'python') return 'python';
  if (spec.loops === 'ruby') return 'ruby';
  if (spec.loops === 'delphi') return 'delphi';
  if (spec.braces) return 'brace';
  return spec.loops === 'basic' ? 'basic' : undefined;
}

/** How many times each identifier occurs, to tell helpers (called somewhere) from entry points. */
export function countNames(statements: readonly Statement[], spec: LanguageSpec): Map<string, number> {
  const counts = new Map<string, number>();
  for (const statement of statements) {
    for (const [index, token] of statement.tokens.entries()) {
      const before = statement.tokens[index - 1];
      // `super.onCreate(...)` is a member, not a call of the script's own onCreate.
      if (token.type !== 'ident' || (before?.type === 'op' && ['.', '->', '::'].includes(before.text))) continue;
      const name = spec.caseInsensitive ? token.text.toLowerCase() : token.text;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Reads the control structure that starts at `index`, if any.
 *
 * @param statements - All statements of the script.
 * @param index - The statement to look at.
 * @param spec - The language.
 * @param names - Identifier counts from {@link countNames} (a definition named elsewhere is a helper).
 * @returns The structure, or `undefined` when the statement does not open one the reader knows.
 * @example
 * readControl(statements, 0, python, countNames(statements, python))?.kind; //=> 'if'
 */
export function readControl(statements: readonly Statement[], index: number, spec: LanguageSpec, names: ReadonlyMap<string, number>): Control | undefined {
  switch (familyOf(spec)) {
    case 'basic': return readBasic(statements, index, names, spec);
    case 'brace': return readBrace(statements, index, names, spec);
    case 'python': return readPython(statements, index, names);
    case 'ruby': return readRuby(statements, index, names);
    case 'delphi': return readPascal(statements, index, names, spec);
    case undefined: return undefined;
  }
}

const PASCAL_AFTER = new Set(['then', 'do', 'else', 'begin', 'end', 'repeat', 'try', 'except', 'finally']);
const PASCAL_BEFORE = new Set(['else', 'begin', 'end', 'repeat', 'until', 'except', 'finally']);

/**
 * Splits Pascal statements at the words that end a header or a block
 * (`if x then y` → `if x then` | `y`; `end else begin` → `end` | `else` | `begin`),
 * so blocks read the same way as in the other families.
 *
 * @param statements - Statements from `splitStatements`.
 * @returns The statements, split.
 * @example
 * splitPascalStatements(splitStatements(tokenize('if a then b', delphi), delphi)).length; //=> 2
 */
export function splitPascalStatements(statements: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const statement of statements) {
    let current: Token[] = [];
    let depth = 0;
    const flush = (): void => {
      const head = current[0];
      if (head) out.push({ tokens: current, line: head.line, indent: head.column });
      current = [];
    };
    const caseOf = word(statement.tokens[0]) === 'case';
    for (const token of statement.tokens) {
      if (isOp(token, '(') || isOp(token, '[')) depth += 1;
      if (isOp(token, ')') || isOp(token, ']')) depth -= 1;
      const w = depth === 0 ? word(token) : '';
      if (PASCAL_BEFORE.has(w)) flush();
      current.push(token);
      if (PASCAL_AFTER.has(w) || (caseOf && w === 'of')) flush();
    }
    flush();
  }
  return out;
}
