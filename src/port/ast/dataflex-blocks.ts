/**
 * DataFlex's blocks and the statements only it has: `If (c) Begin … End` with `Else Begin … End` (or one
 * statement after the condition or `Else`), `While (c) … Loop`, `For i From a To b … Loop`,
 * `Repeat … Until (c)`, `Procedure`/`Function … End_Procedure`/`End_Function` (an entry point nobody sends
 * to runs where it is defined), `Define NAME for value`, `Send Name args`, `Get Name args To x` of the
 * script's own procedures, `Procedure_Return`/`Function_Return`. `Case Begin … Case End` is reported.
 *
 * @example
 * readDataflexBlock(reader, index, out); //=> the index after the block read at index
 */
import { parseExpression, parseWhole, parseWords } from '../expression.js';
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import { readLoopHeader } from '../loops.js';
import type { Statement as TokenStatement } from '../statements.js';
import type { Expression, IfBranch, Parameter, SourcePlace, Statement } from './nodes.js';
import type { BlockReader } from './read-blocks.js';
import { toExpression } from './read-expression.js';

function word(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text.toLowerCase() : '';
}

function opensBlock(statement: TokenStatement | undefined): boolean {
  const tokens = statement?.tokens ?? [];
  return word(tokens.at(-1)) === 'begin';
}

/** The statement that closes the block opened at `index` (`End` for `Begin`, `Loop` for `While`/`For`, `Until` for `Repeat`). */
function closer(statements: readonly TokenStatement[], index: number, closes: (head: string) => boolean, opens: (statement: TokenStatement) => boolean): number {
  let depth = 0;
  for (let at = index + 1; at < statements.length; at += 1) {
    const statement = statements[at];
    if (statement === undefined) break;
    if (closes(word(statement.tokens[0])) && !(word(statement.tokens[0]) === 'end' && statement.tokens.length > 1)) {
      if (depth === 0) return at;
      depth -= 1;
    }
    if (opens(statement)) depth += 1;
  }
  return statements.length;
}

const LOOP_OPENERS = new Set(['while', 'for', 'repeat']);

/** The `(condition)` right after the keyword, and what follows it. */
function condition(reader: BlockReader, tokens: readonly Token[], line: number): { condition: Expression; rest: readonly Token[] } {
  const { spec } = reader.context;
  try {
    const parsed = parseExpression(tokens, spec, 1);
    return { condition: toExpression(parsed.expr, spec), rest: tokens.slice(parsed.next) };
  } catch {
    return { condition: { kind: 'unreadable', why: `cannot read the condition on line ${String(line)}` }, rest: [] };
  }
}

/** The body after a header whose own tokens end at `rest`: `Begin … End`, or the statement written after it. */
function body(reader: BlockReader, index: number, rest: readonly Token[]): { body: Statement[]; after: number } {
  const { statements } = reader.context;
  const statement = statements[index];
  if (statement === undefined) return { body: [], after: index + 1 };
  if (rest.length === 1 && word(rest[0]) === 'begin') {
    const end = closer(statements, index, (head) => head === 'end', opensBlock);
    return { body: reader.read(index + 1, end), after: Math.min(end + 1, statements.length) };
  }
  if (rest.length === 0) return { body: [], after: index + 1 };
  return { body: reader.readStatement({ ...statement, tokens: [...rest] }), after: index + 1 };
}

function readIf(reader: BlockReader, index: number, place: SourcePlace): { statement: Statement; after: number } {
  const { statements } = reader.context;
  const branches: IfBranch[] = [];
  let header = statements[index];
  let at = index;
  let from: readonly Token[] = header?.tokens ?? [];
  for (;;) {
    const line = header?.line ?? place.line;
    const head = condition(reader, from, line);
    const then = body(reader, at, head.rest);
    branches.push({ line, condition: head.condition, body: then.body });
    const following = statements[then.after];
    if (word(following?.tokens[0]) !== 'else' || following === undefined) return { statement: { kind: 'if', ...place, branches }, after: then.after };
    const rest = following.tokens.slice(1);
    if (word(rest[0]) === 'if') {
      header = following;
      at = then.after;
      from = rest;
      continue;
    }
    const otherwise = body(reader, then.after, rest);
    branches.push({ line: following.line, body: otherwise.body });
    return { statement: { kind: 'if', ...place, branches }, after: otherwise.after };
  }
}

function readParameters(tokens: readonly Token[]): Parameter[] {
  // `Procedure Name Integer iA String sB` / `Function Name Integer iA Returns String`: type, name pairs.
  const parameters: Parameter[] = [];
  for (let at = 2; at + 1 < tokens.length && word(tokens[at]) !== 'returns'; at += 2) parameters.push({ name: tokens[at + 1]?.text ?? '', type: tokens[at]?.text ?? '', byReference: false });
  return parameters;
}

/**
 * Reads the DataFlex block at `index` into `out`.
 *
 * @param reader - The block reader.
 * @param index - The statement to look at.
 * @param out - Where the statements go.
 * @returns The index after the block, or `index` when the statement opens none.
 * @example
 * readDataflexBlock(reader, 0, out); //=> 5
 */
export function readDataflexBlock(reader: BlockReader, index: number, out: Statement[]): number {
  const { statements, spec, names, functions } = reader.context;
  const statement = statements[index];
  if (statement === undefined) return index;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  const place = { line: statement.line, source: reader.source(statement.line) };
  const loopEnd = (): number => closer(statements, index, (w) => w === 'loop', (each) => LOOP_OPENERS.has(word(each.tokens[0])) && word(each.tokens[0]) !== 'repeat');
  switch (head) {
    case 'if': {
      const read = readIf(reader, index, place);
      out.push(read.statement);
      return read.after;
    }
    case 'while': {
      const end = loopEnd();
      out.push({ kind: 'while', ...place, condition: condition(reader, tokens, statement.line).condition, until: false, testAfter: false, body: reader.read(index + 1, end) });
      return Math.min(end + 1, statements.length);
    }
    case 'for': {
      const header = readLoopHeader(statement, spec);
      if (header === undefined) return index;
      const end = loopEnd();
      const expr = (e: Parameters<typeof toExpression>[0]): Expression => toExpression(e, spec);
      out.push({ kind: 'for', ...place, variable: header.variable, from: expr(header.from), to: expr(header.to), inclusive: true, step: expr(header.step), body: reader.read(index + 1, end) });
      return Math.min(end + 1, statements.length);
    }
    case 'repeat': {
      const end = closer(statements, index, (w) => w === 'until', (each) => word(each.tokens[0]) === 'repeat');
      const until = statements[end];
      out.push({ kind: 'while', ...place, condition: until ? condition(reader, until.tokens, until.line).condition : { kind: 'unreadable', why: 'a Repeat without Until' }, until: true, testAfter: true, body: reader.read(index + 1, end) });
      return Math.min(end + 1, statements.length);
    }
    case 'procedure':
    case 'function': {
      const name = tokens[1]?.text ?? '';
      const end = closer(statements, index, (w) => w === `end_${head}`, (each) => word(each.tokens[0]) === head);
      functions.push({ kind: 'function', ...place, name, parameters: readParameters(tokens), body: reader.read(index + 1, end) });
      if ((names.get(name.toLowerCase()) ?? 0) <= 1) out.push({ kind: 'expression-statement', ...place, expression: { kind: 'call', callee: { kind: 'name', name }, args: [] } });
      return Math.min(end + 1, statements.length);
    }
    case 'case': {
      if (word(tokens[1]) !== 'begin') return index;
      const close = statements.findIndex((each, at) => at > index && word(each.tokens[0]) === 'case' && word(each.tokens[1]) === 'end');
      out.push({ kind: 'unsupported', ...place, message: 'a DataFlex Case block is not translated' });
      return close < 0 ? statements.length : close + 1;
    }
    default: {
      const defined = (name: string): boolean => statements.some((each) => ['procedure', 'function'].includes(word(each.tokens[0])) && word(each.tokens[1]) === name.toLowerCase());
      const read = readDataflexStatement(tokens, spec, place, defined);
      if (read === undefined) return index;
      out.push(...read);
      return index + 1;
    }
  }
}
/**
 * Reads the DataFlex statements the shared recogniser does not: `Define NAME for value`, a call of the
 * script's own procedure (`Send Name args`) or function (`Get Name args To x`), and returns.
 *
 * @param tokens - The statement's tokens.
 * @param spec - The DataFlex spec.
 * @param place - The statement's line and source.
 * @param own - Whether a name is a procedure or function the script defines.
 * @returns The statements, or `undefined` when the statement is none of these.
 * @example
 * readDataflexStatement(tokenize('Define CS_URL for "https://a"', dataflex), dataflex, place, () => false)?.[0]?.kind; //=> 'declare'
 */
export function readDataflexStatement(tokens: readonly Token[], spec: LanguageSpec, place: SourcePlace, own: (name: string) => boolean): Statement[] | undefined {
  const head = word(tokens[0]);
  const name = tokens[1]?.text ?? '';
  if (head === 'define' && tokens[1]?.type === 'ident' && ['for', 'as'].includes(word(tokens[2]))) {
    const value = parseWhole(tokens.slice(3), spec);
    return value ? [{ kind: 'declare', ...place, name, constant: true, value: toExpression(value, spec) }] : [{ kind: 'unsupported', ...place, message: 'cannot read the value of this Define', target: name }];
  }
  if (head === 'procedure_return' || head === 'function_return') {
    const value = tokens.length > 1 ? parseWhole(tokens.slice(1), spec) : undefined;
    return [{ kind: 'return', ...place, ...(value === undefined ? {} : { value: toExpression(value, spec) }) }];
  }
  if ((head !== 'send' && head !== 'get') || !own(name)) return undefined;
  const toAt = tokens.findLastIndex((token) => word(token) === 'to');
  const stop = head === 'get' && toAt > 1 ? toAt : tokens.length;
  const call: Expression = { kind: 'call', callee: { kind: 'name', name }, args: parseWords(tokens, spec, 2, stop).map((arg) => toExpression(arg, spec)) };
  if (head === 'send') return [{ kind: 'expression-statement', ...place, expression: call }];
  const target = tokens[toAt + 1];
  return target?.type === 'ident' ? [{ kind: 'assign', ...place, target: { kind: 'name', name: target.text }, op: '=', value: call }] : [{ kind: 'unsupported', ...place, message: 'cannot read this Get' }];
}
