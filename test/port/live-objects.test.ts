// The script's objects executed call by call: what `run` sends and what the reader asks (an array's Size).
import { describe, expect, it } from 'vitest';
import { LiveObjects } from '../../src/port/live-objects.js';

describe('live Chilkat objects by handle', () => {
  it('follows a variable given another element, and a root created again starts empty', () => {
    const live = new LiveObjects();
    live.apply({ kind: 'new', line: 1, handle: 'json', class: 'JsonObject' });
    expect(live.apply({ kind: 'update', line: 2, handle: 'json', method: 'UpdateString', path: 'draft', value: { type: 'string', value: 'yes' } })).toBeUndefined();
    live.apply({ kind: 'new', line: 3, handle: 'json', class: 'JsonObject' });
    live.apply({ kind: 'update', line: 4, handle: 'json', method: 'UpdateNewArray', path: 'items' });
    live.apply({ kind: 'json-ref', line: 5, handle: 'jarr', from: 'json', method: 'ArrayOf', arg: 'items' });
    for (const [index, sku] of ['A1', 'B7'].entries()) {
      expect(live.apply({ kind: 'array-add', line: 6, handle: 'jarr', method: 'AddObjectAt', index: -1 })).toBeUndefined();
      expect(live.size('jarr')).toBe(index + 1);
      live.apply({ kind: 'json-ref', line: 7, handle: 'obj', from: 'jarr', method: 'ObjectAt', arg: index });
      live.apply({ kind: 'update', line: 8, handle: 'obj', method: 'UpdateString', path: 'sku', value: { type: 'string', value: sku } });
    }
    expect(live.json('json')?.Emit()).toBe('{"items":[{"sku":"A1"},{"sku":"B7"}]}');
    // Only the objects the script created are bodies; the parts it took are not.
    expect([...live.bodies()]).toEqual([['json', '{"items":[{"sku":"A1"},{"sku":"B7"}]}']]);
  });

  it('says why a part is missing or a call failed', () => {
    const live = new LiveObjects();
    live.apply({ kind: 'new', line: 1, handle: 'json', class: 'JsonObject' });
    expect(live.apply({ kind: 'json-ref', line: 2, handle: 'jarr', from: 'json', method: 'ArrayOf', arg: 'items' })).toBe('json.ArrayOf("items") returned null: ArrayOf: no array at path "items"');
    expect(live.apply({ kind: 'array-add', line: 3, handle: 'jarr', method: 'AddObjectAt', index: -1 })).toBe('AddObjectAt(-1) on jarr, which is not a JsonArray here');
    expect(live.apply({ kind: 'update', line: 4, handle: 'json', method: 'UpdateNull', path: 'a.' })).toBe('UpdateNull("a.") returned false: UpdateNull: path "a.": the path ends with a delimiter or an empty key');
    expect(live.size('json')).toBeUndefined();
  });

  it('an array created as the body emits itself, into a StringBuilder too', () => {
    const live = new LiveObjects();
    live.apply({ kind: 'new', line: 1, handle: 'arr', class: 'JsonArray' });
    live.apply({ kind: 'array-add', line: 2, handle: 'arr', method: 'AddArrayAt', index: -1 });
    live.apply({ kind: 'new', line: 3, handle: 'sb', class: 'StringBuilder' });
    live.apply({ kind: 'emit-sb', line: 4, handle: 'arr', sb: 'sb' });
    expect(live.sb('sb').GetAsString()).toBe('[[]]');
    expect(LiveObjects.executes({ kind: 'print', line: 5, handle: 'arr' })).toBe(false);
  });
});
