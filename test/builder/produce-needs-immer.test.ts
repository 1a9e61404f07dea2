import { describe, expect, it } from 'vitest';
import { isPathpatchError, payload } from '../../src/index.js';

// This file never imports pathpatch/immer (vitest runs each file in its own process).
describe('produce() without pathpatch/immer', () => {
  it('throws an error that names the import to add, and records nothing', () => {
    let caught: unknown;
    try {
      payload().set('a', 1).produce(() => undefined);
    } catch (error) {
      caught = error;
    }
    expect(isPathpatchError(caught)).toBe(true);
    expect((caught as Error).message).toBe("produce() needs immer: add `import 'pathpatch/immer';` once in your program (it loads immer and enables produce())");
  });
});
