// Parts of one document held in their own variables (ObjectOf, ArrayOf, ObjectAt, ArrayAt): the
// evaluator writes a call on a part as a step at the part's place, and follows a variable that is
// given another part, as a reused C++ pointer or C handle is.
import { describe, expect, it } from 'vitest';
import { JsonObject } from '../../src/chilkat.js';
import { createChilkatEvaluator } from '../../src/port/index.js';
import { DocumentParts, locateNode } from '../../src/port/document-parts.js';

describe('the parts of a document a script holds', () => {
  it('locates a node by identity, and not at all once it left the document', () => {
    const json = new JsonObject();
    json.UpdateString('a.b[0].q', 'x');
    const parts = new DocumentParts(json);
    expect(parts.refer({ kind: 'json-ref', line: 1, handle: 'arr', from: 'json', method: 'ArrayOf', arg: 'a.b' })).toBeUndefined();
    expect(parts.refer({ kind: 'json-ref', line: 2, handle: 'obj', from: 'arr', method: 'ObjectAt', arg: 0 })).toBeUndefined();
    expect(parts.where('obj')).toEqual(['a', 'b', 0]);
    expect(parts.where('json')).toEqual([]);
    json.UpdateString('a.b', 'gone');
    expect(parts.where('obj')).toBeUndefined();
    expect(locateNode({ kind: 'null' }, { kind: 'null' })).toBeUndefined();
  });

  it('says why Chilkat gives no part, and then names nothing', () => {
    const parts = new DocumentParts(new JsonObject());
    expect(parts.refer({ kind: 'json-ref', line: 1, handle: 'arr', from: 'json', method: 'ArrayOf', arg: 'items' })).toBe('ArrayOf("items") returned null: ArrayOf: no array at path "items"');
    expect(parts.target('arr')).toBeUndefined();
  });

  it('writes calls on a reused element variable at each element it names in turn', () => {
    const evaluator = createChilkatEvaluator();
    evaluator.update({ method: 'UpdateNewArray', path: 'items' });
    expect(evaluator.refer({ kind: 'json-ref', line: 2, handle: 'jarr', from: 'json', method: 'ArrayOf', arg: 'items' })).toEqual({ ok: true });
    const steps: unknown[] = [];
    for (const [index, sku] of ['A1', 'B7'].entries()) {
      const added = evaluator.addAt({ kind: 'array-add', line: 3, handle: 'jarr', method: 'AddObjectAt', index: -1 });
      expect(added).toMatchObject({ ok: true, segments: ['items', index], write: 'object', inserted: false });
      evaluator.refer({ kind: 'json-ref', line: 4, handle: 'obj', from: 'jarr', method: 'ObjectAt', arg: index });
      steps.push(evaluator.update({ handle: 'obj', method: 'UpdateString', path: 'sku', value: { type: 'string', value: sku } }).segments);
    }
    expect(steps).toEqual([['items', 0, 'sku'], ['items', 1, 'sku']]);
    expect(evaluator.emit()).toBe('{"items":[{"sku":"A1"},{"sku":"B7"}]}');
    // An index before the end inserts there (the chain reports it: the builder only appends).
    expect(evaluator.addAt({ kind: 'array-add', line: 5, handle: 'jarr', method: 'AddArrayAt', index: 0 })).toMatchObject({ ok: true, segments: ['items', 0], write: 'array', inserted: true });
  });

  it('a part keeps its own properties, and a call on a variable Chilkat gave null changes nothing', () => {
    const evaluator = createChilkatEvaluator();
    evaluator.update({ method: 'UpdateNewObject', path: 'a' });
    evaluator.refer({ kind: 'json-ref', line: 2, handle: 'part', from: 'json', method: 'ObjectOf', arg: 'a' });
    evaluator.setOption('DelimiterChar', '/', 'part');
    expect(evaluator.update({ handle: 'part', method: 'UpdateNull', path: 'x/y' }).segments).toEqual(['a', 'x', 'y']);
    expect(evaluator.update({ method: 'UpdateNull', path: 'b/c' }).segments).toEqual(['b/c']);
    expect(evaluator.refer({ kind: 'json-ref', line: 5, handle: 'part', from: 'json', method: 'ObjectOf', arg: 'missing' })).toEqual({ ok: false, reason: 'ObjectOf("missing") returned null: ObjectOf: no object at path "missing"' });
    expect(evaluator.update({ handle: 'part', method: 'UpdateNull', path: 'z' })).toMatchObject({ ok: false, reason: 'part is not an object of the document here' });
    expect(evaluator.emit()).toBe('{"a":{"x":{"y":null}},"b/c":null}');
  });
});
