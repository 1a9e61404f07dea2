// The last index of a list (Perl's `$#list`) is its lower bound plus its length less one.
import { describe, expect, it } from 'vitest';
import type { Expression } from '../../../src/port/ast/index.js';
import { Evaluator, type EvaluatorHost } from '../../../src/port/execute/evaluate.js';
import type { PlainValue, RunValue } from '../../../src/port/execute/values.js';

function evaluator(variables: Readonly<Record<string, RunValue>>): Evaluator {
  const host: EvaluatorHost = {
    language: 'perl',
    asText: String,
    lookup: (name) => variables[name],
    assign: () => undefined,
    callFunction: () => Promise.resolve(undefined),
    sizeOf: () => undefined,
    send: () => Promise.resolve({ kind: 'null' }),
  };
  return new Evaluator(host);
}

const lastIndex: Expression = { kind: 'unary', op: '$#', operand: { kind: 'name', name: '@days' } };
const text = (value: string): PlainValue => ({ kind: 'text', value });

describe('the last index of a list', () => {
  it('is the length less one for a list from 0', async () => {
    const days: RunValue = { kind: 'list', lower: 0, items: [text('mon'), text('tue'), text('wed')] };
    expect(await evaluator({ '@days': days }).evaluate(lastIndex)).toEqual({ kind: 'integer', value: 2 });
  });

  it('honours a lower bound of 1', async () => {
    const days: RunValue = { kind: 'list', lower: 1, items: [text('mon'), text('tue')] };
    expect(await evaluator({ '@days': days }).evaluate(lastIndex)).toEqual({ kind: 'integer', value: 2 });
  });

  it('is -1 for an empty list, so a loop to it runs no time', async () => {
    expect(await evaluator({ '@days': { kind: 'list', lower: 0, items: [] } }).evaluate(lastIndex)).toEqual({ kind: 'integer', value: -1 });
  });

  it('is not translated for a value that is not a list', async () => {
    await expect(evaluator({ '@days': text('mon') }).evaluate(lastIndex)).rejects.toThrow('the operator $# on a text');
  });
});
