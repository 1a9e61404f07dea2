/**
 * Runs the loops of a script's AST: counted loops (the bound computed once in BASIC and Pascal,
 * tested at every turn in C-likes), loops over lists and dictionaries, `While`/`Do`/`Until`.
 *
 * @example
 * await runWhile(statement, host);
 */
import type { Expression, Statement } from '../ast/nodes.js';
import { BuiltinError, tclList } from '../builtins/index.js';
import { NotTranslated, plain, type PlainValue, type RunValue } from './values.js';

/**
 * What the loop runners need from the interpreter.
 *
 * @example
 * const host: LoopHost = { language: 'vb6', evaluate, assign, lookup, loopBody, holds };
 */
export interface LoopHost {
  readonly language: string;
  evaluate(expr: Expression): Promise<RunValue>;
  assign(name: string, value: RunValue): void;
  lookup(name: string): RunValue | undefined;
  /** Runs a body; `break` when it ended with one. */
  loopBody(body: readonly Statement[]): Promise<'break' | 'next'>;
  holds(value: RunValue, line: number): boolean;
}

const MAX_ITERATIONS = 10_000;
/** Languages whose counted loop tests its condition (`i < count($a)`) before every turn. */
const RETESTS_BOUND = new Set(['csharp', 'java', 'android', 'c', 'unicode-c', 'cpp', 'unicode-cpp', 'objc', 'go', 'php-ext', 'php-ax', 'perl', 'powershell', 'nodejs', 'swift', 'swift3']);

/**
 * Runs a loop over a list (each item, its 0-based position) or a dictionary (each value, its key).
 *
 * @param statement - The loop.
 * @param host - The interpreter.
 * @example
 * await runForEach(statement, host);
 */
export async function runForEach(statement: Extract<Statement, { kind: 'for-each' }>, host: LoopHost): Promise<void> {
  const evaluate = (expr: Expression): Promise<RunValue> => host.evaluate(expr);
  const given = plain(await evaluate(statement.collection), 'the collection of this loop');
  // A Tcl list is text: `foreach h $hosts` after `set hosts {a b c}`.
  const collection = host.language === 'tcl' && given.kind === 'text' ? tclListOf(given) : given;
  const pairs: [PlainValue, PlainValue][] =
    collection.kind === 'list' ? collection.items.map((item, at) => [{ kind: 'integer', value: at }, item])
    : collection.kind === 'dict' ? collection.entries.map(([name, value]) => [{ kind: 'text', value: name }, value])
    : [];
  if (collection.kind !== 'list' && collection.kind !== 'dict') throw new NotTranslated(`a loop over a ${collection.kind} is not translated`);
  for (const [index, item] of pairs) {
    if (statement.item !== '') host.assign(statement.item, item);
    if (statement.index !== undefined) host.assign(statement.index, index);
    if ((await host.loopBody(statement.body)) === 'break') break;
  }
}

/**
 * Runs `While`/`Do … Loop [While|Until]`/`repeat … until`.
 *
 * @param statement - The loop.
 * @param host - The interpreter.
 * @example
 * await runWhile(statement, host);
 */
export async function runWhile(statement: Extract<Statement, { kind: 'while' }>, host: LoopHost): Promise<void> {
  for (let count = 0; ; count += 1) {
    if (count > MAX_ITERATIONS) throw new NotTranslated(`this loop runs more than ${String(MAX_ITERATIONS)} times`);
    if (!statement.testAfter || count > 0) {
      const holds = host.holds(await host.evaluate(statement.condition), statement.line);
      if (holds === statement.until) return;
    }
    if ((await host.loopBody(statement.body)) === 'break') return;
  }
}

/**
 * Runs a counted loop.
 *
 * @param statement - The loop.
 * @param host - The interpreter.
 * @example
 * await runCounted(statement, host);
 */
export async function runCounted(statement: Extract<Statement, { kind: 'for' }>, host: LoopHost): Promise<void> {
  const evaluate = (expr: Expression): Promise<PlainValue> => host.evaluate(expr).then((value) => plain(value, `the bounds of the loop over ${statement.variable}`));
  const numeric = (value: PlainValue): number => {
    if (value.kind !== 'integer' && value.kind !== 'float') throw new NotTranslated(`the bounds of the loop over ${statement.variable} are not numbers`);
    return value.value;
  };
  const start = numeric(await evaluate(statement.from));
  const step = numeric(await evaluate(statement.step));
  if (step === 0) throw new NotTranslated(`the loop over ${statement.variable} has a step of 0`);
  // BASIC and Pascal compute the bound once; C-likes test their condition at every turn.
  const fixed = numeric(await evaluate(statement.to));
  const retest = RETESTS_BOUND.has(host.language);
  for (let i = start, count = 0; ; i += step, count += 1) {
    const bound = retest && count > 0 ? numeric(await evaluate(statement.to)) : fixed;
    const inside = step > 0 ? (statement.inclusive ? i <= bound : i < bound) : statement.inclusive ? i >= bound : i > bound;
    if (!inside) return;
    if (count >= MAX_ITERATIONS) throw new NotTranslated(`the loop over ${statement.variable} runs more than ${String(MAX_ITERATIONS)} times`);
    host.assign(statement.variable, { kind: Number.isInteger(i) ? 'integer' : 'float', value: i });
    if ((await host.loopBody(statement.body)) === 'break') return;
    const current = host.lookup(statement.variable);
    if (current?.kind === 'integer' || current?.kind === 'float') i = current.value;
  }
}

function tclListOf(value: PlainValue): PlainValue {
  try {
    return tclList(value, 'foreach');
  } catch (error) {
    if (error instanceof BuiltinError) throw new NotTranslated(error.message);
    throw error;
  }
}
