import { describe, expect, it } from 'vitest';
import { payload } from '../../src/index.js';
import { thrownMessage } from '../helpers/thrown.js';

const message = thrownMessage;

// Paths in messages can be pasted back into set(): with delimiter '/', "a.b" would be the one key "a.b".
describe("a builder's delimiter is the one its error messages write paths with", () => {
  const slash = payload({}, { delimiter: '/' });

  it('in conflicts and gaps, for the failing call and the one that made the value', () => {
    expect(message(() => slash.set('a/b', 'x').set('a/b/c', 1).emit())).toBe(
      `set "a/b/c": found a string at "a/b", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1); "a/b" was made by set "a/b" (update 0)`,
    );
    expect(message(() => slash.set('x.y/list[0]', 1).remove('x.y/list[0]/k').emit())).toBe(
      `remove "x.y/list[0]/k": found a number at "x.y/list[0]", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1); "x.y/list[0]" was made by set "x.y/list[0]" (update 0)`,
    );
    expect(message(() => slash.set('a/list[2]', 1).build())).toBe(
      `set "a/list[2]": found index 2 past the end (length 0) at "a/list", expected index 0; pass { gaps: 'append' } or { gaps: 'null' } to allow it (update 0)`,
    );
  });

  it('in values that are not JSON, at the call and from update()', () => {
    expect(message(() => slash.set('a/b', { c: [undefined] }))).toBe('invalid value at "a/b/c[0]": found undefined, expected a JSON value; use null, or remove() the member');
    expect(message(() => slash.update('a/b.c', () => ({ d: NaN })).emit())).toBe('invalid value at "a/b.c/d": found NaN, expected a finite number');
    expect(message(() => slash.set('a/b', JSON.parse('{"c":{"__proto__":1}}')))).toBe(
      `unsafe key "__proto__" at "a/b/c/__proto__"; pass { protoKeys: 'keep' } to store it as a plain own key`,
    );
  });

  it('in toMergePatch()', () => {
    expect(message(() => slash.set('a/b', null).toMergePatch())).toBe(
      'invalid value at "a/b": found null, expected a non-null value; a JSON Merge Patch (RFC 7386) reads null as "delete this member"; use toJsonPatch() to set a member to null',
    );
  });
});
