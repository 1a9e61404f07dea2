import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  isPathpatchError,
  JsonValueError,
  PathConflictError,
  PathpatchError,
  PathSyntaxError,
  payload,
  UnsafeKeyError,
} from '../../src/index.js';
import { thrown } from '../helpers/thrown.js';



describe('error hierarchy', () => {
  it.each([
    ['PathSyntaxError', PathSyntaxError, () => payload().set('a[', 1)],
    ['PathConflictError', PathConflictError, () => payload({ a: 1 }).set('a.b', 1).build()],
    ['JsonValueError', JsonValueError, () => payload().set('a', undefined)],
    ['UnsafeKeyError', UnsafeKeyError, () => payload().set('__proto__', 1)],
  ] as const)('%s is a PathpatchError with a literal name', (name, Class, fn) => {
    const error = thrown(fn);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(PathpatchError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe(name);
    expect(isPathpatchError(error)).toBe(true);
    expect(String((error as Error).stack)).toContain(name);
  });

  it('isPathpatchError works across realms and refuses look-alikes', () => {
    const foreign = runInNewContext('const e = new Error("x"); e[Symbol.for("pathpatch.error")] = true; e') as unknown;
    expect(isPathpatchError(foreign)).toBe(true);
    expect(isPathpatchError(new Error('x'))).toBe(false);
    expect(isPathpatchError({ name: 'PathSyntaxError' })).toBe(false);
    expect(isPathpatchError(null)).toBe(false);
    expect(isPathpatchError('PathpatchError')).toBe(false);
  });

  it('throws at the call that receives a malformed path, so the stack points at the caller', () => {
    const builder = payload();
    const error = thrown<Error>(() => builder.set('a..b', 1));
    expect(error.stack).toContain('errors.test.ts');
  });
});
