import { describe, expect, it } from 'vitest';
import { APPEND, fromPointer, PathSyntaxError, toPointer } from '../../src/index.js';

describe('JSON Pointer (RFC 6901)', () => {
  it.each([
    ['', []],
    ['/a', ['a']],
    ['/a/0/b', ['a', 0, 'b']],
    ['/a/-', ['a', APPEND]],
    ['/a~1b/c~0d', ['a/b', 'c~d']],
    ['/01', ['01']],
    ['/', ['']],
    ['/a/4294967295', ['a', '4294967295']],
  ] as const)('reads %j', (pointer, segments) => {
    expect(fromPointer(pointer)).toEqual(segments);
  });

  it.each([
    ['a.b[0]', '/a/b/0'],
    ['tags[]', '/tags/-'],
    ['"a/b"."c~d"', '/a~1b/c~0d'],
  ])('writes %j as %j', (path, pointer) => {
    expect(toPointer(path)).toBe(pointer);
    expect(toPointer(fromPointer(pointer))).toBe(pointer);
  });

  it('rejects a pointer without a leading slash', () => {
    expect(() => fromPointer('a/b')).toThrow(PathSyntaxError);
    expect(() => fromPointer('a/b')).toThrow('expected "/" at the start of a JSON Pointer at 0 in path "a/b", found "a"');
  });

  it('rejects a tilde not followed by 0 or 1', () => {
    expect(() => fromPointer('/a~2')).toThrow('expected "0" or "1" after "~" at 3 in path "/a~2", found "2"');
  });
});
