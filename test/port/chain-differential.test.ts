// Differential property test: for random Update* sequences, the chain the
// porter writes (canonical paths, applied to the STRICT builder) emits the
// same bytes as pathpatch/chilkat's JsonObject running the original calls.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObject } from '../../src/chilkat.js';
import { payloadFromIr } from '../../src/port/build-from-ir.js';
import type { IrNode, UpdateMethod } from '../../src/port/index.js';

const key = fc.constantFrom('a', 'b', 'c');
const index = fc.constantFrom('[0]', '[1]', '[3]', '[]', '[i]', '[-1]');
const segment = fc.oneof(key.map((k) => `.${k}`), index);
const path = fc.tuple(key, fc.array(segment, { maxLength: 3 })).map(([first, rest]) => first + rest.join(''));

type Op = { method: UpdateMethod; path: string; value?: string | number | boolean } | { method: 'I'; value: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ method: fc.constant<UpdateMethod>('UpdateString'), path, value: fc.constantFrom('x', 'y z', 'q"uote') }),
  fc.record({ method: fc.constant<UpdateMethod>('UpdateInt'), path, value: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ method: fc.constant<UpdateMethod>('UpdateBool'), path, value: fc.boolean() }),
  fc.record({ method: fc.constant<UpdateMethod>('UpdateNumber'), path, value: fc.constantFrom('1.50', '2', '-0.25') }),
  fc.record({ method: fc.constant<UpdateMethod>('UpdateNull'), path }),
  fc.record({ method: fc.constant<UpdateMethod>('UpdateNewObject'), path }),
  fc.record({ method: fc.constant<UpdateMethod>('UpdateNewArray'), path }),
  fc.record({ method: fc.constant<'I'>('I'), value: fc.integer({ min: 0, max: 2 }) }),
);

function irOf(ops: readonly Op[]): IrNode[] {
  return ops.map((entry, line): IrNode => {
    if (entry.method === 'I') return { kind: 'json-option', line, handle: 'json', name: 'I', value: entry.value };
    const base = { kind: 'update', line, handle: 'json', method: entry.method, path: entry.path } as const;
    if (entry.value === undefined) return base;
    if (typeof entry.value === 'boolean') return { ...base, value: { type: 'boolean', value: entry.value } };
    if (typeof entry.value === 'number' || entry.method === 'UpdateNumber') return { ...base, value: { type: 'number', text: String(entry.value) } };
    return { ...base, value: { type: 'string', value: entry.value } };
  });
}

function chilkat(ops: readonly Op[]): string {
  const json = new JsonObject();
  for (const entry of ops) {
    if (entry.method === 'I') json.I = entry.value;
    else if (entry.method === 'UpdateString') json.UpdateString(entry.path, String(entry.value));
    else if (entry.method === 'UpdateInt') json.UpdateInt(entry.path, Number(entry.value));
    else if (entry.method === 'UpdateBool') json.UpdateBool(entry.path, entry.value === true);
    else if (entry.method === 'UpdateNumber') json.UpdateNumber(entry.path, String(entry.value));
    else if (entry.method === 'UpdateNull') json.UpdateNull(entry.path);
    else if (entry.method === 'UpdateNewObject') json.UpdateNewObject(entry.path);
    else if (entry.method === 'UpdateNewArray') json.UpdateNewArray(entry.path);
  }
  return json.Emit();
}

// The ported chain as shipped: planChain's steps applied to the strict builder by payloadFromIr.
function ported(ops: readonly Op[]): string {
  return payloadFromIr({ language: 'test', nodes: irOf(ops) }).emit();
}

describe('the ported chain against pathpatch/chilkat', () => {
  it('emits the same bytes for random Update* sequences', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        expect(ported(ops)).toBe(chilkat(ops));
      }),
      { numRuns: 1500 },
    );
  });
});
