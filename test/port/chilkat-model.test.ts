// The porter's Chilkat-semantics evaluator against cases recorded on the real
// Chilkat runtime (a subset of ../shared/chilkat/golden-cases.json: fresh
// objects, Update* calls and I/J/K/DelimiterChar only; the three cases about
// the Node binding's NUL, BOM and lone-surrogate handling are left out).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChilkatModel, emitModel, type IrValue, type JsonOption, type UpdateMethod } from '../../src/port/index.js';

interface GoldenCase {
  readonly id: string;
  readonly settings?: Readonly<Record<string, string | number | boolean>>;
  readonly ops: readonly { readonly m: string; readonly p?: string; readonly v?: unknown }[];
  readonly results: readonly unknown[];
  readonly emit: string;
}

const CASES = JSON.parse(readFileSync(new URL('chilkat-golden.json', import.meta.url), 'utf8')) as GoldenCase[];

function valueOf(method: string, v: unknown): IrValue | undefined {
  if (v === undefined) return undefined;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  if (method === 'UpdateString') return { type: 'string', value: text };
  if (method === 'UpdateBool') return { type: 'boolean', value: Boolean(v) };
  return { type: 'number', text };
}

describe('the evaluator agrees with recorded Chilkat behaviour', () => {
  it('has the recorded cases', () => {
    expect(CASES.length).toBeGreaterThan(150);
  });

  it.each(CASES.map((golden) => [golden.id, golden] as const))('%s', (_id, golden) => {
    const model = createChilkatModel();
    for (const [name, value] of Object.entries(golden.settings ?? {})) if (name !== 'EmitCompact') model.setOption(name as JsonOption, value);
    const results = golden.ops.map((op) => {
      if (op.m === 'set') {
        for (const [name, value] of Object.entries(op.v as Record<string, string | number>)) model.setOption(name as JsonOption, value);
        return null;
      }
      const value = valueOf(op.m, op.v);
      return model.update({ method: op.m as UpdateMethod, path: op.p ?? '', ...(value ? { value } : {}) }).ok;
    });
    expect(emitModel(model.root())).toBe(golden.emit);
    expect(results.map((result, index) => (typeof golden.results[index] === 'boolean' ? result : golden.results[index]))).toEqual(golden.results);
  });
});
