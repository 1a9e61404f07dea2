/**
 * Reads the cases of a `Select Case`/`switch`: BASIC `Case a, b` / `Case Else` and brace-family
 * `case a:` / `default:`. Other spellings (Ruby `case`/`when`, Pascal `case … of`, Python `match`)
 * are read as a statement the porter reports.
 *
 * @example
 * readSelect(reader, control, index, place).kind; //=> 'select'
 */
import type { Control } from '../control.js';
import { parseArgumentList } from '../expression.js';
import type { Token } from '../lexer.js';
import type { BlockReader } from './read-blocks.js';
import type { Expression, SelectCase, Statement } from './nodes.js';
import { toExpression } from './read-expression.js';

interface Place {
  readonly line: number;
  readonly source: string;
}

/** The reader's context, as far as cases need it. */
type Reader = Pick<BlockReader, 'expression' | 'read' | 'readStatement' | 'context'>;

function word(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text.toLowerCase() : '';
}

/**
 * Reads a select structure found by the control reader.
 *
 * @param reader - The block reader (its statements and spec).
 * @param control - The `select` structure.
 * @param index - Index of its header statement.
 * @param place - The header's line and source.
 * @returns A select statement, or an unsupported one for spellings not read.
 * @example
 * readSelect(reader, control, 4, { line: 5, source: 'Select Case t' }).kind; //=> 'select'
 */
export function readSelect(reader: Reader, control: Extract<Control, { kind: 'select' }>, index: number, place: Place): Statement {
  const { statements, spec } = reader.context;
  const header = statements[index]?.tokens ?? [];
  const unsupported: Statement = { kind: 'unsupported', ...place, message: `this ${header[0]?.text ?? 'select'} is not translated` };
  if ('inline' in control.body) return unsupported;
  const basic = word(header[0]) === 'select' && word(header[1]) === 'case';
  const brace = word(header[0]) === 'switch' && spec.braces;
  if (!basic && !brace) return unsupported;
  const subjectTokens = basic ? header.slice(2) : header.slice(1);
  const subject = reader.expression(subjectTokens[0]?.text === '(' && subjectTokens.at(-1)?.text === ')' ? subjectTokens.slice(1, -1) : subjectTokens, place.line);
  const cases: SelectCase[] = [];
  let current: { line: number; values: Expression[]; start: number; inline: Statement[] } | undefined;
  const close = (end: number): void => {
    if (current) cases.push({ line: current.line, values: current.values, body: [...current.inline, ...reader.read(current.start, end)] });
  };
  let depth = 0;
  for (let at = control.body.start; at < control.body.end; at += 1) {
    const tokens = statements[at]?.tokens ?? [];
    const head = word(tokens[0]);
    if (tokens.length === 1 && tokens[0]?.text === '{') depth += 1;
    if (tokens.length === 1 && tokens[0]?.text === '}') depth -= 1;
    if (depth > (brace ? 1 : 0) || (head !== 'case' && head !== 'default')) continue;
    close(at);
    const line = statements[at]?.line ?? place.line;
    if (head === 'default' || (basic && word(tokens[1]) === 'else')) {
      const colon = tokens.findIndex((token) => token.text === ':');
      const rest = colon < 0 ? [] : tokens.slice(colon + 1);
      current = { line, values: [], start: at + 1, inline: rest.length > 0 ? reader.readStatement({ tokens: rest, line, indent: 0 }) : [] };
      continue;
    }
    const colon = brace ? tokens.findIndex((token) => token.text === ':') : -1;
    const valueTokens = tokens.slice(1, colon < 0 ? tokens.length : colon);
    let values: Expression[];
    try {
      const list = parseArgumentList(valueTokens, spec, 0);
      if (list.next !== valueTokens.length) return unsupported;
      values = list.args.map((arg) => toExpression(arg, spec));
    } catch {
      return unsupported;
    }
    const rest = colon < 0 ? [] : tokens.slice(colon + 1);
    current = { line, values, start: at + 1, inline: rest.length > 0 ? reader.readStatement({ tokens: rest, line, indent: 0 }) : [] };
  }
  close(control.body.end);
  // A `break` ends a case of a switch; it is not a loop's.
  const withoutBreak = cases.map((each) => ({ ...each, body: each.body.filter((statement, at) => !(statement.kind === 'jump' && statement.jump === 'break' && at === each.body.length - 1)) }));
  return { kind: 'select', ...place, subject, cases: withoutBreak };
}
