/**
 * The loops that declare their own variables: a counted `For` (its start
 * and step integer constants, its bound any integer) and a `For Each` over
 * a list or, with a key, a dictionary. Their bodies are written by the
 * statement writer, in a scope of their own.
 *
 * @example
 * writeCountedLoop(out, forStatement, 1, block); // out.lines: ['  for (let i = 0; i <= 2; i++) {', ..., '  }']
 */
import type { ForEachStatement, ForStatement, Statement } from '../ast/index.js';
import { tsIdentifier } from '../codegen/ts-text.js';
import type { StatementOutput } from './statement-output.js';

/**
 * Writes the statements of a loop's body at a depth (the statement writer's `block`).
 *
 * @example
 * const block: WriteBlock = (statements, depth) => statementWriter.block(statements, depth);
 */
export type WriteBlock = (statements: readonly Statement[], depth: number) => void;

/**
 * A counted loop (`For i = 1 To n Step 2`, `for (int i = 0; i < n; i++)`) as a TypeScript `for`.
 *
 * @param out - The body being written.
 * @param statement - The loop.
 * @param depth - Its depth (1 is the function's top level).
 * @param block - Writes its body.
 * @example
 * writeCountedLoop(out, forStatement, 1, block); // the variable is declared with let unless the script declared it before
 */
export function writeCountedLoop(out: StatementOutput, statement: ForStatement, depth: number, block: WriteBlock): void {
  const { writer, context } = out;
  const from = writer.write(statement.from);
  const step = writer.write(statement.step);
  if (from.kind !== 'integer' || step.kind !== 'integer' || !/^-?\d+$/.test(step.code) || step.code === '0') writer.fail('a loop whose start or step is not an integer constant');
  const existing = context.scope.lookup(statement.variable);
  const id = existing?.id ?? tsIdentifier(statement.variable);
  context.scope.nested(() => {
    if (existing === undefined) context.scope.declare(statement.variable, { id, kind: 'integer' });
    const to = writer.write(statement.to);
    if (to.kind !== 'integer') writer.fail('a loop bound that is not an integer');
    const up = !step.code.startsWith('-');
    const test = `${id} ${up ? (statement.inclusive ? '<=' : '<') : statement.inclusive ? '>=' : '>'} ${to.code}`;
    const next = step.code === '1' ? `${id}++` : step.code === '-1' ? `${id}--` : `${id} += ${step.code}`;
    out.emit(depth, `for (${existing === undefined ? 'let ' : ''}${id} = ${from.code}; ${test}; ${next}) {`);
    block(statement.body, depth + 1);
  });
  out.emit(depth, '}');
}

/**
 * A `For Each` over a list (`for (const item of list)`), with an index over its entries, or over a
 * dictionary's keys and values (a Map, in the order they were written).
 *
 * @param out - The body being written.
 * @param statement - The loop.
 * @param depth - Its depth.
 * @param block - Writes its body.
 * @example
 * writeForEachLoop(out, forEachStatement, 1, block); // out.lines: ['  for (const host of hosts) {', ..., '  }']
 */
export function writeForEachLoop(out: StatementOutput, statement: ForEachStatement, depth: number, block: WriteBlock): void {
  const { writer, context } = out;
  const scope = context.scope;
  const collection = writer.write(statement.collection);
  if (collection.kind !== 'list' && collection.kind !== 'dict') return writer.fail('a For Each over something that is not a list');
  if (collection.kind === 'dict' && statement.index === undefined) return writer.fail('a For Each over the values of a dictionary');
  const item = tsIdentifier(statement.item);
  const index = statement.index === undefined ? undefined : tsIdentifier(statement.index);
  // An element the body never reads is left out of the binding (noUnusedLocals).
  const used = out.isRead(statement.item);
  // A Map gives its entries, key then value, in the order they were written (as PHP arrays and Python dicts do).
  const entries = collection.kind === 'dict' ? collection.code : `${collection.code}.entries()`;
  const head = index === undefined ? `const ${used ? item : '_'} of ${collection.code}` : `const [${index}${used ? `, ${item}` : ''}] of ${entries}`;
  out.emit(depth, `for (${head}) {`);
  scope.nested(() => {
    scope.declare(statement.item, { id: item, kind: collection.item ?? 'unknown' });
    if (statement.index !== undefined && index !== undefined) scope.declare(statement.index, { id: index, kind: collection.kind === 'dict' ? 'text' : 'integer' });
    block(statement.body, depth + 1);
  });
  out.emit(depth, '}');
}
