import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestingDepth } from '../../src/testing/nesting-depth.js';

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe('nestingDepth', () => {
  it('law: equals the depth of the parsed value, for any JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(nestingDepth(JSON.stringify(value))).toBe(depthOf(value));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestingDepth('{"a":"[[{\\"]]","b":[1]}')).toBe(2);
    expect(nestingDepth('"[[["')).toBe(0);
  });

  it('reads any depth without recursion, and stops once past the limit', () => {
    expect(nestingDepth('['.repeat(1_000_000))).toBe(1_000_000);
    expect(nestingDepth(`${'['.repeat(1_000_000)}`, 64)).toBe(65);
  });
});
