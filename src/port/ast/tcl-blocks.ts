/**
 * Tcl's blocks: `if {c} {…} elseif {c} {…} else {…}` (with or without `then`), `foreach x $list {…}`,
 * `while {c} {…}` and `proc name {args} {…}` (run only when called, as Tcl does). A body written over several
 * lines comes as its own statements between `{` and `}`; a body written on the header's line is a braced word,
 * read here as statements of its own. Conditions are Tcl expressions (`$i < 2`, `$env eq "prod"`,
 * `[string length $h] > 4`).
 *
 * @example
 * readTclBlock(reader, index, out); //=> the index after the block read at index
 */
import type { LanguageSpec } from '../language-spec.js';
import { tokenize, type Token } from '../lexer.js';
import { splitStatements, type Statement as TokenStatement } from '../statements.js';
import { parseWords } from '../expression.js';
import type { Expression, IfBranch, Statement } from './nodes.js';
import { BlockReader } from './read-blocks.js';
import { tclExpression, toExpression } from './read-expression.js';

function word(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text : '';
}

function isBrace(statement: TokenStatement | undefined, text: '{' | '}'): boolean {
  const tokens = statement?.tokens ?? [];
  return tokens.length === 1 && tokens[0]?.type === 'op' && tokens[0].text === text;
}

/** Statements of a braced word written on `line` (a one-line body), their lines those of the script. */
function wordStatements(text: string, line: number, spec: LanguageSpec): TokenStatement[] {
  const shift = (token: Token): Token => ({ ...token, line: token.line + line - 1 });
  return splitStatements(tokenize(text, spec).map(shift), spec);
}

/** The body that follows a header at `index`: a braced word on its line, or the statements up to the matching `}`. */
function body(reader: BlockReader, index: number, inline: Token | undefined): { body: Statement[]; after: number } {
  const { statements, spec } = reader.context;
  if (inline?.type === 'string') {
    const sub = new BlockReader({ ...reader.context, statements: wordStatements(inline.text, inline.line, spec) });
    return { body: sub.read(0, sub.context.statements.length), after: index + 1 };
  }
  if (!isBrace(statements[index + 1], '{')) return { body: [], after: index + 1 };
  let depth = 0;
  for (let at = index + 1; at < statements.length; at += 1) {
    if (isBrace(statements[at], '{')) depth += 1;
    if (isBrace(statements[at], '}')) depth -= 1;
    if (depth === 0) return { body: reader.read(index + 2, at), after: at + 1 };
  }
  return { body: reader.read(index + 2, statements.length), after: statements.length };
}

function condition(token: Token | undefined, spec: LanguageSpec, line: number): Expression {
  if (token?.type === 'string') return tclExpression(token.text, spec, line);
  return token === undefined ? { kind: 'unreadable', why: `no condition on line ${String(line)}` } : toExpression(parseWords([token], spec, 0, 1)[0] ?? { kind: 'null' }, spec);
}

/** `if c [then] b elseif c [then] b else b`, its parts on one statement or spread over the `}` lines. */
function readIf(reader: BlockReader, index: number): { branches: IfBranch[]; after: number } {
  const { statements, spec } = reader.context;
  const branches: IfBranch[] = [];
  let at = index;
  let tokens = statements[index]?.tokens ?? [];
  let pos = 0;
  for (;;) {
    const keyword = word(tokens[pos]);
    const line = tokens[pos]?.line ?? statements[at]?.line ?? 0;
    if (keyword !== 'if' && keyword !== 'elseif' && keyword !== 'else') return { branches, after: at + 1 };
    let test: Expression | undefined;
    pos += 1;
    if (keyword !== 'else') {
      test = condition(tokens[pos], spec, line);
      pos += 1;
      if (word(tokens[pos]) === 'then') pos += 1;
    }
    const found = body(reader, at, tokens[pos]);
    branches.push({ line, ...(test === undefined ? {} : { condition: test }), body: found.body });
    if (tokens[pos]?.type === 'string') {
      pos += 1;
      if (pos < tokens.length) continue;
      return { branches, after: at + 1 };
    }
    // The chain goes on after the closing `}` (`} elseif {…} {`, `} else {`).
    const next = statements[found.after];
    if (next === undefined || !['elseif', 'else'].includes(word(next.tokens[0]))) return { branches, after: found.after };
    at = found.after;
    tokens = next.tokens;
    pos = 0;
  }
}

/**
 * Reads the Tcl block at `index` into `out`.
 *
 * @param reader - The block reader.
 * @param index - The statement to look at.
 * @param out - Where the statements go.
 * @returns The index after the block, or `index` when the statement opens none.
 * @example
 * readTclBlock(reader, 0, out); //=> 7
 */
export function readTclBlock(reader: BlockReader, index: number, out: Statement[]): number {
  const { statements, spec, functions } = reader.context;
  const statement = statements[index];
  if (statement === undefined) return index;
  const tokens = statement.tokens;
  const place = { line: statement.line, source: reader.source(statement.line) };
  switch (word(tokens[0])) {
    case 'if': {
      const { branches, after } = readIf(reader, index);
      out.push({ kind: 'if', ...place, branches });
      return after;
    }
    case 'while': {
      const found = body(reader, index, tokens[2]);
      out.push({ kind: 'while', ...place, condition: condition(tokens[1], spec, statement.line), until: false, testAfter: false, body: found.body });
      return found.after;
    }
    case 'foreach': {
      const variable = tokens[1];
      const list = tokens[2];
      const found = body(reader, index, tokens[3]);
      if (variable?.type !== 'ident' || list === undefined) {
        out.push({ kind: 'unsupported', ...place, message: 'this foreach (several variables or lists) is not translated; its body is left out' });
        return found.after;
      }
      // A braced word is a list literal: `foreach h {a b c}`.
      const collection: Expression = list.type === 'string' ? { kind: 'list', items: parseWords(tokenize(list.text, spec).filter((token) => token.type !== 'newline'), spec, 0, Number.MAX_SAFE_INTEGER).map((item) => toExpression(item, spec)) } : condition(list, spec, statement.line);
      out.push({ kind: 'for-each', ...place, item: variable.text, collection, body: found.body });
      return found.after;
    }
    case 'proc': {
      const name = tokens[1]?.text ?? '';
      const found = body(reader, index, tokens[3]);
      const parameters = (tokens[2]?.type === 'string' ? tokens[2].text : word(tokens[2])).split(/\s+/).filter((each) => each !== '').map((each) => ({ name: each, byReference: false }));
      functions.push({ kind: 'function', ...place, name, parameters, body: found.body });
      return found.after;
    }
    default:
      return index;
  }
}
