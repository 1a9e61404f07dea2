import { expect } from 'vitest';

/**
 * What `run` throws; fails the test when it returns. Given a class, also checks the error is one of it.
 *
 * @example
 * thrown(() => JSON.parse('{'), SyntaxError).message; //=> "Expected property name or '}' ..."
 */
export function thrown<E = unknown>(run: () => unknown, kind?: abstract new (...args: never[]) => E): E {
  try {
    run();
  } catch (error) {
    if (kind !== undefined) expect(error).toBeInstanceOf(kind);
    return error as E;
  }
  throw new Error('expected a throw');
}

/** The message of what `run` throws. */
export const thrownMessage = (run: () => unknown): string => thrown(run, Error).message;
