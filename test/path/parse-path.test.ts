import { describe, expect, it } from 'vitest';
import { APPEND, formatPath, parsePath, PathSyntaxError } from '../../src/index.js';

describe('parsePath', () => {
  it.each([
    ['name', ['name']],
    ['jwt_configuration.secret_encoded', ['jwt_configuration', 'secret_encoded']],
    ['resource_servers[0].scopes[0]', ['resource_servers', 0, 'scopes', 0]],
    ['a[0][12]', ['a', 0, 12]],
    ['tags[]', ['tags', APPEND]],
    ['items[].id', ['items', APPEND, 'id']],
    ['"a.b"', ['a.b']],
    ['meta."x[0]".y', ['meta', 'x[0]', 'y']],
    ['"say \\"hi\\""', ['say "hi"']],
    ['"back\\\\slash"', ['back\\slash']],
    ['""', ['']],
    ['a.""', ['a', '']],
    ['first name.last]', ['first name', 'last]']],
    ['constructor.prototype', ['constructor', 'prototype']],
    ['a[4294967294]', ['a', 4294967294]],
  ] as const)('reads %j', (path, segments) => {
    expect(parsePath(path)).toEqual(segments);
  });

  it('takes another delimiter', () => {
    expect(parsePath('users/0/name', { delimiter: '/' })).toEqual(['users/0/name'].flatMap(() => ['users', '0', 'name']));
    expect(parsePath('a/b[1]', { delimiter: '/' })).toEqual(['a', 'b', 1]);
    expect(parsePath('a.b/c', { delimiter: '/' })).toEqual(['a.b', 'c']);
  });

  it('returns the same cached segments for a repeated path', () => {
    expect(parsePath('x.y[1]')).toBe(parsePath('x.y[1]'));
  });

  it('rejects a delimiter the grammar cannot use', () => {
    expect(() => parsePath('a', { delimiter: '[' })).toThrow(
      'invalid delimiter "[": expected one character other than "[", "]", "\\"" and "\\\\"',
    );
    expect(() => parsePath('a', { delimiter: '::' })).toThrow(TypeError);
  });
});

describe('parsePath errors', () => {
  const cases: [string, string][] = [
    ['', 'expected a key at 0 in path "", found end of path\n  \n  ^'],
    ['.a', 'expected a key at 0 in path ".a", found "."\n  .a\n  ^'],
    ['a.', 'expected a key at 2 in path "a.", found end of path\n  a.\n    ^'],
    ['a..b', 'expected a key at 2 in path "a..b", found "."\n  a..b\n    ^'],
    ['[0]', 'expected a key at 0 in path "[0]", found "["\n  [0]\n  ^'],
    ['a.[0]', 'expected a key at 2 in path "a.[0]", found "["\n  a.[0]\n    ^'],
    ['a[0', 'expected "]" at 3 in path "a[0", found end of path\n  a[0\n     ^'],
    ['a[', 'expected an index or "]" at 2 in path "a[", found end of path\n  a[\n    ^'],
    ['a[x]', 'expected an index or "]" at 2 in path "a[x]", found "x"\n  a[x]\n    ^'],
    ['a[-1]', 'expected a non-negative index at 2 in path "a[-1]", found "-"\n  a[-1]\n    ^'],
    ['a[+1]', 'expected an index without a sign at 2 in path "a[+1]", found "+"\n  a[+1]\n    ^'],
    ['a[ 1]', 'expected an index without spaces at 2 in path "a[ 1]", found " "\n  a[ 1]\n    ^'],
    ['a[1 ]', 'expected "]" at 3 in path "a[1 ]", found " "\n  a[1 ]\n     ^'],
    ['a[01]', 'expected an index without leading zeros at 2 in path "a[01]", found "0"\n  a[01]\n    ^'],
    ['a[1.5]', 'expected "]" at 3 in path "a[1.5]", found "."\n  a[1.5]\n     ^'],
    ['a[4294967295]', 'expected an index at most 4294967294 at 2 in path "a[4294967295]", found 4294967295\n  a[4294967295]\n    ^'],
    ['a[0]b', 'expected ".", "[" or end of path at 4 in path "a[0]b", found "b"\n  a[0]b\n      ^'],
    ['"a', 'expected a closing "\\"" at 2 in path "\\"a", found end of path\n  "a\n    ^'],
    ['"a"b', 'expected ".", "[" or end of path at 3 in path "\\"a\\"b", found "b"\n  "a"b\n     ^'],
    ['"a\\n"', 'expected "\\"" or "\\\\" after a backslash at 3 in path "\\"a\\\\n\\"", found "n"\n  "a\\n"\n     ^'],
    [
      'ab"c',
      'expected ".", "[" or end of path (quote the whole key to use "\\"" in it) at 2 in path "ab\\"c", found "\\""\n  ab"c\n    ^',
    ],
  ];

  it.each(cases)('rejects %j with its position and expectation', (path, message) => {
    let caught: unknown;
    try {
      parsePath(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PathSyntaxError);
    expect((caught as PathSyntaxError).message).toBe(message);
    expect((caught as PathSyntaxError).path).toBe(path);
  });

  it('carries structured fields', () => {
    try {
      parsePath('a[0');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'PathSyntaxError', path: 'a[0', position: 3, expected: '"]"', found: 'end of path' });
    }
  });

  it('keeps the caret aligned when the path holds control characters', () => {
    expect(() => parsePath('a\tb[')).toThrow('expected an index or "]" at 4 in path "a\\tb[", found end of path\n  a·b[\n      ^');
  });
});

describe('formatPath', () => {
  it.each([
    [['a', 'b'], 'a.b'],
    [['a', 0, 'b'], 'a[0].b'],
    [['a', APPEND], 'a[]'],
    [['a.b', 'c'], '"a.b".c'],
    [['x[0]'], '"x[0]"'],
    [['say "hi"'], '"say \\"hi\\""'],
    [['back\\slash'], 'back\\slash'],
    [['back\\slash.x'], '"back\\\\slash.x"'],
    [[''], '""'],
    [[], ''],
  ] as const)('writes %j as %j', (segments, text) => {
    expect(formatPath(segments)).toBe(text);
    if (segments.length > 0) expect(parsePath(text)).toEqual(segments);
  });

  it('quotes keys holding the delimiter in use', () => {
    expect(formatPath(['a/b', 'c.d'], '/')).toBe('"a/b"/c.d');
  });

  it('makes canonical text that reads back the same', () => {
    expect(formatPath(parsePath('"plain".x[1]'))).toBe('plain.x[1]');
  });
});
