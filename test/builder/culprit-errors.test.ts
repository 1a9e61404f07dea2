import { describe, expect, it } from 'vitest';
import { PathConflictError, payload, type Payload } from '../../src/index.js';

const caught = (fn: () => unknown): PathConflictError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PathConflictError) return error;
    throw error;
  }
  throw new Error('expected a PathConflictError');
};

describe('conflict and gap errors name the call that made the value', () => {
  it('names the failing call and the earlier one, with method, path and position', () => {
    const error = caught(() => payload().set('a', 'x').set('b', 1).set('a.b', 2).emit());
    expect(error.message).toBe(
      `set "a.b": found a string at "a", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 2); "a" was made by set "a" (update 0)`,
    );
    expect(error.update).toBe(2);
    expect(error.madeBy).toEqual({ operation: 'set', path: 'a', update: 0 });
  });

  it('finds the maker inside a value set whole, in the base, and from merge()', () => {
    expect(caught(() => payload().set('a', { b: 'x' }).set('a.b.c', 1).build()).madeBy).toEqual({ operation: 'set', path: 'a', update: 0 });
    const fromBase = caught(() => payload({ a: { b: 'x' } }).set('a.b.c', 1).build());
    expect(fromBase.message).toContain('; "a.b" was made by the base given to payload()');
    expect(fromBase.madeBy).toEqual({ operation: 'payload', path: undefined, update: undefined });
    expect(caught(() => payload().merge({ a: [] }).object('a').build()).message).toBe(
      `object "a": found an array at "a", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1); "a" was made by merge (update 0)`,
    );
  });

  it("names the base or the merge for values of another builder, not that builder's own calls", () => {
    const other = payload().set('z', 0).set('a.b', 'x').set('list[0]', 'y');
    const fromBase = caught(() => payload(other).set('a.b.c', 1).build());
    expect(fromBase.message).toBe(
      `set "a.b.c": found a string at "a.b", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 0); "a.b" was made by the base given to payload()`,
    );
    expect(caught(() => payload(other).remove('list[0].k').emit()).madeBy).toEqual({ operation: 'payload', path: undefined, update: undefined });
    const merged = caught(() => payload().set('q', 1).merge(other).set('a.b.c', 1).emit());
    expect(merged.message).toBe(
      `set "a.b.c": found a string at "a.b", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 2); "a.b" was made by merge (update 1)`,
    );
    expect(caught(() => payload({ list: [] }).merge(other).set('list[0][0]', 1).emit()).madeBy).toEqual({ operation: 'merge', path: undefined, update: 0 });
    expect(payload(other).merge(other).set('a.c', 1).emit()).toBe('{"z":0,"a":{"b":"x","c":1},"list":["y"]}');
    expect(other.emit()).toBe('{"z":0,"a":{"b":"x"},"list":["y"]}');
  });

  it('names the call that made an array element in remove(), as set() does', () => {
    const chain = payload().set('a[0]', 'x').set('a[1]', 'y');
    expect(caught(() => chain.remove('a[1].b').emit()).message).toBe(
      `remove "a[1].b": found a string at "a[1]", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 2); "a[1]" was made by set "a[1]" (update 1)`,
    );
    expect(caught(() => chain.remove('a[1].b').emit()).madeBy).toEqual(caught(() => chain.set('a[1].b', 1).emit()).madeBy);
    expect(caught(() => chain.remove('a[0][0]').emit()).madeBy).toEqual({ operation: 'set', path: 'a[0]', update: 0 });
  });

  it('names the call that made the array a gap is found in, and the latest writer of a value', () => {
    expect(caught(() => payload().push('list', 1).set('list[0]', 'y').set('list[3]', 2).emit()).message).toBe(
      `set "list[3]": found index 3 past the end (length 1) at "list", expected an index from 0 to 1; pass { gaps: 'append' } or { gaps: 'null' } to allow it (update 2); "list" was made by push "list[]" (update 0)`,
    );
    expect(caught(() => (payload().set('a', 1) as unknown as { update(path: string, value: unknown): Payload }).update('a', 'text').set('a.b', 1).emit()).madeBy).toEqual({ operation: 'update', path: 'a', update: 1 });
  });

  it('says nothing more when the failing call made the container itself', () => {
    expect(caught(() => payload().set('x.a[3]', 1).build()).madeBy).toBeUndefined();
  });
});

describe("checks: 'eager'", () => {
  it('throws from the call that causes the conflict, with the same message', () => {
    const lazy = payload().set('a', 'x');
    const eager = payload({}, { checks: 'eager' }).set('a', 'x');
    const message = caught(() => lazy.set('a.b', 1).emit()).message;
    expect(caught(() => eager.set('a.b', 1)).message).toBe(message);
    expect(() => lazy.set('a.b', 1)).not.toThrow();
  });

  it('builds the same payloads as the lazy default, and earlier builders keep their value', () => {
    const steps = (b: Payload): Payload[] => {
      const out = [b];
      for (const [path, value] of [['a.b', 1], ['list[]', 'x'], ['a.c', 2], ['list[1]', 'y'], ['2024', 3], ['b', 4]] as const) out.push((out.at(-1) as Payload).set(path, value));
      return out;
    };
    const lazy = steps(payload());
    const eager = steps(payload({}, { checks: 'eager' }));
    // The newest first: an eager chain hands its state from builder to builder, and older ones recompute theirs.
    for (let i = eager.length - 1; i >= 0; i--) expect(eager[i]?.emit()).toBe(lazy[i]?.emit());
    expect(eager.at(-1)?.emit()).toBe('{"a":{"b":1,"c":2},"list":["x","y"],"2024":3,"b":4}');
    const branch = (eager[3] as Payload).set('a.d', 5);
    expect(branch.emit()).toBe('{"a":{"b":1,"c":2,"d":5},"list":["x"]}');
    expect(eager[3]?.emit()).toBe('{"a":{"b":1,"c":2},"list":["x"]}');
  });

  it('leaves the builder it was called on usable after a throw', () => {
    const base = payload({}, { checks: 'eager' }).set('a', 'x').set('b', 1);
    expect(() => base.set('a.b', 1)).toThrow(PathConflictError);
    expect(base.set('c', 2).emit()).toBe('{"a":"x","b":1,"c":2}');
    expect(base.emit()).toBe('{"a":"x","b":1}');
  });
});
