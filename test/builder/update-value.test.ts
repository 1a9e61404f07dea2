import { describe, expect, it } from 'vitest';
import { payload as typedPayload, rawNumber } from '../../src/index.js';

// The runtime of update(path, value); its types (completion, value checks) are tested in test/types.
interface LooseUpdate {
  set(path: string, value: unknown): LooseUpdate;
  update(path: string, fn: (current: unknown) => unknown): LooseUpdate;
  update(path: string, value: unknown): LooseUpdate;
  emit(): string;
}
const payload = (): LooseUpdate => typedPayload();

describe('update(path, value)', () => {
  it('sets a value that is not a function, as set() does', () => {
    expect(payload().update('jwt_configuration.secret_encoded', true).emit()).toBe('{"jwt_configuration":{"secret_encoded":true}}');
    expect(payload().update('a', { b: [1, rawNumber('2.50')] }).update('n', null).emit()).toBe('{"a":{"b":[1,2.50]},"n":null}');
  });

  it('keeps computing from the current value when given a function', () => {
    expect(payload().set('n', 1).update('n', (n) => (n as number) + 1).emit()).toBe('{"n":2}');
  });

  it('checks the value like set() and names update in its errors', () => {
    expect(() => payload().update('a', undefined)).toThrow('invalid value at "a": found undefined, expected a JSON value; use null, or remove() the member');
    expect(() => payload().set('a', 'x').update('a.b', 1).emit()).toThrow(
      `update "a.b": found a string at "a", expected an object; pass { conflicts: 'replace' } or { conflicts: 'skip' } to allow it (update 1); "a" was made by set "a" (update 0)`,
    );
  });
});
