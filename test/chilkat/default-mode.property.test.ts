// Whatever a ported script does, the default JsonObject never throws and never emits invalid JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObject } from '../../src/chilkat/json-object.js';

const pathChars = fc.constantFrom('a', 'b', '.', '.', '[', ']', '0', '1', 'i', '"', '\\', ' ', '\t', '\u000b', '-', '/', 'é', '\ud800', 'u', '0');
const path = fc.array(pathChars, { maxLength: 12 }).map((chars) => chars.join(''));
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('1.50', '01', '1,5', 'true', 'abc', '"q"'));

const op = fc.oneof(
  fc.record({ m: fc.constantFrom('UpdateString', 'SetStringOf', 'UpdateNumber', 'SetNumberOf', 'AppendString'), p: path, v: text }),
  fc.record({ m: fc.constantFrom('UpdateInt', 'UpdateUInt', 'SetIntOf'), p: path, v: fc.oneof(fc.integer(), fc.double()) }),
  fc.record({ m: fc.constantFrom('UpdateBool', 'SetBoolOf'), p: path, v: fc.boolean() }),
  fc.record({ m: fc.constantFrom('UpdateNull', 'UpdateNewObject', 'UpdateNewArray', 'Delete', 'StringOf', 'ObjectOf'), p: path }),
  fc.record({ m: fc.constant('Load'), p: fc.constantFrom('{"a":[1,{"b":"c"}]}', '{"a\\u0041":1,"a":2,"a":3}', 'garbage', '{') }),
);

describe('default mode (property)', () => {
  it('never throws and always emits valid JSON, compact and pretty', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), fc.constantFrom('.', '/', '"', '\\'), (ops, delimiter) => {
        const json = new JsonObject();
        json.DelimiterChar = delimiter;
        for (const { m, p, v } of ops as { m: string; p: string; v?: unknown }[]) {
          const method = (json as unknown as Record<string, (...args: unknown[]) => unknown>)[m];
          if (m === 'AppendString') method?.call(json, p, v);
          else if (v === undefined) method?.call(json, p);
          else method?.call(json, p, v);
          if (!json.LastMethodSuccess) expect(json.LastErrorText).not.toBe('');
        }
        JSON.parse(json.Emit());
        json.EmitCompact = false;
        JSON.parse(json.Emit());
      }),
      { numRuns: 2000 },
    );
  });
});
