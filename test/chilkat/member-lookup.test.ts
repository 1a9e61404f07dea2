import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObject } from '../../src/chilkat/json-object.js';
import { addMember, createObjectNode, findMemberIndex, insertMember, removeMemberAt, replaceMembers, type ChilkatObjectNode } from '../../src/chilkat/model.js';

// The indexed lookup must answer exactly what a scan for the first member with that key answers.
function scanFirst(object: ChilkatObjectNode, key: string): number {
  return object.members.findIndex((member) => member.key === key);
}

const key = fc.constantFrom('a', 'b', 'c', 'constructor', '__proto__', '');
const operation = fc.oneof(
  fc.record({ op: fc.constant('add' as const), key }),
  fc.record({ op: fc.constant('insert' as const), key, at: fc.integer({ min: -1, max: 8 }) }),
  fc.record({ op: fc.constant('remove' as const), at: fc.integer({ min: -1, max: 8 }) }),
  fc.record({ op: fc.constant('replace' as const), keys: fc.array(key, { maxLength: 6 }) }),
  fc.record({ op: fc.constant('lookup' as const), key }),
);

describe('JsonObject member lookup (indexed, first match wins)', () => {
  it('findMemberIndex agrees with a scan after any sequence of appends, inserts, removals and replacements', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const object = createObjectNode();
        for (const step of operations) {
          if (step.op === 'add') addMember(object, step.key, { kind: 'null' });
          else if (step.op === 'insert') insertMember(object, step.at, step.key, { kind: 'true' });
          else if (step.op === 'remove') removeMemberAt(object, step.at);
          else if (step.op === 'replace') replaceMembers(object, step.keys.map((name) => ({ key: name, value: { kind: 'false' } })));
          else findMemberIndex(object, step.key);
          for (const name of ['a', 'b', 'c', 'constructor', '__proto__', '', 'toString']) expect(findMemberIndex(object, name)).toBe(scanFirst(object, name));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps Chilkat semantics for duplicate keys from Load: updates and Delete reach the first, then the next', () => {
    const json = new JsonObject();
    json.Load('{"a":1,"b":2,"a":3}');
    expect(json.UpdateInt('a', 10)).toBe(true);
    expect(json.Emit()).toBe('{"a":10,"b":2,"a":3}');
    expect(json.Delete('a')).toBe(true);
    expect(json.IntOf('a')).toBe(3);
    expect(json.AddIntAt(0, 'a', 0)).toBe(true);
    expect(json.IntOf('a')).toBe(0);
    expect(json.DeleteAt(0)).toBe(true);
    expect(json.Emit()).toBe('{"b":2,"a":3}');
    json.Clear();
    expect(json.HasMember('a')).toBe(false);
    expect(json.UpdateInt('constructor', 1)).toBe(true);
    expect(json.Emit()).toBe('{"constructor":1}');
  });

  it('20,000 distinct members are written and read back (the lookup used to scan every member)', () => {
    const json = new JsonObject();
    for (let index = 0; index < 20_000; index += 1) json.UpdateInt(`k${String(index)}`, index);
    expect(json.Size).toBe(20_000);
    expect(json.IntOf('k19999')).toBe(19_999);
    expect(json.IntOf('k0')).toBe(0);
  });
});
