/**
 * T-SQL's blocks: `IF cond stmt [ELSE stmt]`, `WHILE cond stmt`, where `stmt` is one statement or a
 * `BEGIN … END` block, and `CREATE PROCEDURE name AS …` whose body runs where it is defined (the script is
 * the procedure). Statements are first cut at the words that open and close blocks, and the type argument
 * of `CAST(x AS type)` / `CONVERT(type, x)` becomes a text so the expression reader reads the call.
 *
 * @example
 * readSqlBlock(reader, index, out); //=> the index after the IF, WHILE or BEGIN … END read at index
 */
import type { Token } from '../lexer.js';
import type { Statement as TokenStatement } from '../statements.js';
import type { IfBranch, Statement } from './nodes.js';
import type { BlockReader } from './read-blocks.js';

const BLOCK_WORDS = new Set(['begin', 'end', 'else']);
/** Words that start a statement: after `IF cond` or `WHILE cond` on the same line, the body starts there. */
const STATEMENT_WORDS = new Set(['exec', 'execute', 'set', 'print', 'return', 'break', 'continue', 'declare', 'select', 'if', 'while', 'goto', 'raiserror', 'throw', 'insert', 'update', 'delete', 'begin']);
/** `BEGIN TRY`, `END CATCH`, `BEGIN TRANSACTION`: the second word belongs to the first. */
const BLOCK_KINDS = new Set(['try', 'catch', 'tran', 'transaction']);

function word(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text.toLowerCase() : '';
}

function isOp(token: Token | undefined, text: string): boolean {
  return token?.type === 'op' && token.text === text;
}

/** `CAST(x AS varchar(10))` → `CAST(x, 'varchar')`; `CONVERT(varchar(10), x)` → `CONVERT('varchar', x)`. */
function typeArguments(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token === undefined) break;
    out.push(token);
    const name = word(token);
    if ((name !== 'cast' && name !== 'convert') || !isOp(tokens[at + 1], '(')) continue;
    // Find the type: after a top-level AS (CAST) or first (CONVERT), a name with an optional (size).
    let depth = 0;
    let typeAt = name === 'convert' ? at + 2 : -1;
    for (let inner = at + 1; inner < tokens.length && typeAt < 0; inner += 1) {
      if (isOp(tokens[inner], '(')) depth += 1;
      if (isOp(tokens[inner], ')')) depth -= 1;
      if (depth === 0) break;
      if (depth === 1 && word(tokens[inner]) === 'as') typeAt = inner + 1;
    }
    const typeToken = tokens[typeAt];
    if (typeToken?.type !== 'ident') continue;
    const sized = isOp(tokens[typeAt + 1], '(');
    const typeEnd = sized ? tokens.findIndex((each, index) => index > typeAt && isOp(each, ')')) : typeAt;
    if (typeEnd < 0) continue;
    const typeText: Token = { ...typeToken, type: 'string', text: typeToken.text.toLowerCase() };
    const before = tokens.slice(at + 1, name === 'cast' ? typeAt - 1 : typeAt);
    const after = tokens.slice(typeEnd + 1);
    const comma: Token = { ...typeToken, type: 'op', text: ',' };
    const rest = name === 'cast' ? [...before, comma, typeText, ...after] : [...before, typeText, ...after];
    return [...out, ...typeArguments(rest)];
  }
  return out;
}

/**
 * Cuts T-SQL statements at `BEGIN`, `END` and `ELSE`, after `AS` of `CREATE PROCEDURE`, and between an
 * `IF`/`WHILE` condition and a statement on the same line; a `CASE … END` expression is left whole.
 *
 * @param statements - Statements from `splitStatements`.
 * @returns The statements, cut.
 * @example
 * splitSqlStatements(splitStatements(tokenize('IF @a = 1 SET @b = 2', sql), sql)).length; //=> 2
 */
export function splitSqlStatements(statements: readonly TokenStatement[]): TokenStatement[] {
  const out: TokenStatement[] = [];
  for (const statement of statements) {
    const tokens = typeArguments(statement.tokens);
    let current: Token[] = [];
    let depth = 0;
    let cases = 0;
    const flush = (): void => {
      const head = current[0];
      if (head) out.push({ tokens: current, line: head.line, indent: head.column });
      current = [];
    };
    const header = ['if', 'while'].includes(word(tokens[0]));
    const procedure = ['create', 'alter'].includes(word(tokens[0]));
    for (const [at, token] of tokens.entries()) {
      if (isOp(token, '(')) depth += 1;
      if (isOp(token, ')')) depth -= 1;
      const w = depth === 0 ? word(token) : '';
      if (w === 'case') cases += 1;
      const closesCase = w === 'end' && cases > 0;
      if (closesCase) cases -= 1;
      const block = BLOCK_WORDS.has(w) && !closesCase;
      const startsBody = header && at > 0 && STATEMENT_WORDS.has(w) && current.length > 0 && ['if', 'while'].includes(word(current[0]));
      if ((block || startsBody) && !BLOCK_KINDS.has(w)) flush();
      current.push(token);
      const kindFollows = BLOCK_KINDS.has(word(tokens[at + 1]));
      if ((block && !kindFollows) || (BLOCK_KINDS.has(w) && ['begin', 'end'].includes(word(tokens[at - 1]))) || (procedure && w === 'as')) flush();
    }
    flush();
  }
  return out;
}

/** The index of the `END` that closes the `BEGIN` at `index`, or the end of the script. */
function matchingEnd(statements: readonly TokenStatement[], index: number): number {
  let depth = 0;
  for (let at = index; at < statements.length; at += 1) {
    const head = word(statements[at]?.tokens[0]);
    if (head === 'begin') depth += 1;
    if (head === 'end') {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return statements.length;
}

/** One body: a `BEGIN … END` block, a nested IF or WHILE, or one statement. */
function readBody(reader: BlockReader, index: number): { body: Statement[]; after: number } {
  const { statements } = reader.context;
  const statement = statements[index];
  if (statement === undefined) return { body: [], after: index };
  const head = word(statement.tokens[0]);
  if (head === 'begin') {
    const end = matchingEnd(statements, index);
    const skipped = word(statement.tokens[1]) === 'catch';
    return { body: skipped ? [] : reader.read(index + 1, end), after: Math.min(end + 1, statements.length) };
  }
  const body: Statement[] = [];
  const after = readSqlBlock(reader, index, body);
  if (after > index) return { body, after };
  return { body: reader.read(index, index + 1), after: index + 1 };
}

/**
 * Reads the T-SQL block at `index` into `out`.
 *
 * @param reader - The block reader.
 * @param index - The statement to look at.
 * @param out - Where the statements go.
 * @returns The index after the block, or `index` when the statement opens none.
 * @example
 * readSqlBlock(reader, 0, out); //=> 4
 */
export function readSqlBlock(reader: BlockReader, index: number, out: Statement[]): number {
  const { statements } = reader.context;
  const statement = statements[index];
  if (statement === undefined) return index;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  const place = { line: statement.line, source: reader.source(statement.line) };
  if (head === 'if' || head === 'while') {
    const condition = reader.expression(tokens.slice(1), statement.line);
    const then = readBody(reader, index + 1);
    if (head === 'while') {
      out.push({ kind: 'while', ...place, condition, until: false, testAfter: false, body: then.body });
      return then.after;
    }
    const branches: IfBranch[] = [{ line: statement.line, condition, body: then.body }];
    let after = then.after;
    const following = statements[after];
    if (word(following?.tokens[0]) === 'else' && following) {
      const otherwise = readBody(reader, after + 1);
      branches.push({ line: following.line, body: otherwise.body });
      after = otherwise.after;
    }
    out.push({ kind: 'if', ...place, branches });
    return after;
  }
  if (head === 'begin') {
    const { body, after } = readBody(reader, index);
    out.push(...body);
    return after;
  }
  // The procedure the script defines is the script: its body runs here.
  if ((head === 'create' || head === 'alter') && ['procedure', 'proc'].includes(word(tokens[1]))) return index + 1;
  if (head === 'go' || head === 'end') return index + 1;
  return index;
}

/**
 * `EXEC @hr = sp_OA… …`: the OLE automation procedures return 0 when they succeed, which is what `run`
 * takes (a failure would stop the script before its request).
 *
 * @param tokens - The statement's tokens.
 * @param place - The statement's line and source.
 * @returns The assignment of the return code, or nothing.
 * @example
 * sqlReturnCode(tokenize("EXEC @hr = sp_OADestroy @http", sql), place)[0]?.kind; //=> 'assign'
 */
export function sqlReturnCode(tokens: readonly Token[], place: { line: number; source: string }): Statement[] {
  const name = tokens[1];
  if (!['exec', 'execute'].includes(word(tokens[0])) || name?.type !== 'ident' || !isOp(tokens[2], '=') || !/^sp_OA/i.test(tokens[3]?.text ?? '')) return [];
  return [{ kind: 'assign', ...place, target: { kind: 'name', name: name.text }, op: '=', value: { kind: 'number', text: '0' } }];
}
