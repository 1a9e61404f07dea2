/**
 * Reads the bodies of loops that are not counted ones (`For Each`, `while`, `Do … Loop Until`, `foreach`,
 * Ruby's `each`), with each family's block rule, and C's `for (;;)` whose condition is not one comparison.
 *
 * @example
 * readLoopBody(reader, index, loop)?.statement(place).kind; //=> 'for-each'
 */
import { basicEnd, braceBody, indentedEnd, pascalBody, rubyEnd } from '../control.js';
import { parseExpression, type Expr } from '../expression.js';
import type { OtherLoop } from './loop-headers.js';
import type { Statement } from './nodes.js';
import type { BlockReader } from './read-blocks.js';
import { toExpression } from './read-expression.js';

/**
 * `for (init; a && b; step)`: a condition that is not one comparison is not a counted loop; it is
 * read as `init` then `while (condition) { body; step }`.
 *
 * @example
 * readConditionLoop(reader, 0)?.statements.length; //=> 2
 */
export function readConditionLoop(reader: BlockReader, index: number): { statements: Statement[]; after: number } | undefined {
  const { statements, spec, names } = reader.context;
  const statement = statements[index];
  const tokens = statement?.tokens ?? [];
  if (!statement || tokens[0]?.text !== 'for' || tokens[1]?.text !== '(' || tokens.at(-1)?.text !== ')') return undefined;
  const inner = tokens.slice(2, -1);
  const semicolons = inner.flatMap((token, at) => (token.text === ';' ? [at] : []));
  const [first, second] = semicolons;
  if (semicolons.length !== 2 || first === undefined || second === undefined) return undefined;
  const condition = inner.slice(first + 1, second);
  if (!condition.some((token) => token.type === 'op' && (token.text === '&&' || token.text === '||'))) return undefined;
  const found = braceBody(statements, index, [], names, spec);
  if ('inline' in found.body) return undefined;
  const part = (slice: typeof tokens): Statement[] => (slice.length === 0 ? [] : reader.readStatement({ tokens: slice, line: statement.line, indent: statement.indent }));
  const place = { line: statement.line, source: reader.source(statement.line) };
  const body = [...reader.read(found.body.start, found.body.end), ...part(inner.slice(second + 1))];
  return { statements: [...part(inner.slice(0, first)), { kind: 'while', ...place, condition: reader.expression(condition, statement.line), until: false, testAfter: false, body }], after: found.next };
}

/**
 * Finds the body of a for-each or while loop with the family's block rule.
 *
 * @example
 * readLoopBody(reader, 3, loop)?.after; //=> 9
 */
export function readLoopBody(reader: BlockReader, index: number, loop: OtherLoop): { statement: (place: { line: number; source: string }) => Statement; after: number } | undefined {
  const { statements, spec, names } = reader.context;
  let start: number;
  let end: number;
  let after: number;
  let tail: Expr | undefined;
  let tailUntil = false;
  switch (spec.loops) {
    case 'basic': {
      end = basicEnd(statements, index);
      start = index + 1;
      after = Math.min(end + 1, statements.length);
      // `Loop While c` / `Loop Until c`.
      const closer = statements[end]?.tokens ?? [];
      const mode = closer[1]?.text.toLowerCase();
      if (closer[0]?.text.toLowerCase() === 'loop' && (mode === 'while' || mode === 'until')) {
        try {
          tail = parseExpression(closer, spec, 2).expr;
          tailUntil = mode === 'until';
        } catch {
          return undefined;
        }
      }
      break;
    }
    case 'brace': {
      const found = braceBody(statements, index, [], names, spec);
      if ('inline' in found.body) return undefined;
      ({ start, end } = found.body);
      after = found.next;
      const closer = statements[after]?.tokens ?? [];
      if (loop.kind === 'while' && loop.condition === undefined && closer[0]?.text.toLowerCase() === 'while') {
        try {
          tail = parseExpression(closer, spec, 1).expr;
        } catch {
          return undefined;
        }
        after += 1;
      }
      break;
    }
    case 'python':
      start = index + 1;
      end = indentedEnd(statements, index);
      after = end;
      break;
    case 'ruby':
      start = index + 1;
      end = rubyEnd(statements, index);
      after = Math.min(end + 1, statements.length);
      break;
    case 'delphi': {
      const found = pascalBody(statements, index + 1, names, spec);
      if ('inline' in found.body) return undefined;
      ({ start, end } = found.body);
      after = found.next;
      break;
    }
    default:
      return undefined;
  }
  const body = reader.read(start, end);
  if (loop.kind === 'for-each') {
    return { after, statement: (place) => ({ kind: 'for-each', ...place, item: loop.item, ...(loop.index === undefined ? {} : { index: loop.index }), collection: toExpression(loop.collection, spec), body }) };
  }
  const condition = loop.condition ?? tail;
  if (condition === undefined) return undefined;
  const testAfter = loop.condition === undefined;
  return { after, statement: (place) => ({ kind: 'while', ...place, condition: toExpression(condition, spec), until: testAfter ? tailUntil : loop.until, testAfter, body }) };
}
