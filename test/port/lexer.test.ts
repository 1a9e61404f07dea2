// Perl's `$#list` (the last index of `@list`) against a real `#` comment, which both start with `#`.
import { describe, expect, it } from 'vitest';
import { findLanguage } from '../../src/port/index.js';
import { tokenize } from '../../src/port/lexer.js';
import type { LanguageSpec } from '../../src/port/language-spec.js';

function language(id: string): LanguageSpec {
  const spec = findLanguage(id);
  if (spec === undefined) throw new Error(`no language ${id}`);
  return spec;
}

function texts(source: string, id: string): string[] {
  return tokenize(source, language(id)).filter((token) => token.type !== 'newline').map((token) => token.text);
}

describe('the last index of a Perl list', () => {
  it('reads $#name, $#$ref and $#{expr} as the $# operator', () => {
    expect(texts('$n = $#days;', 'perl')).toEqual(['$n', '=', '$#', 'days', ';']);
    expect(texts('$n = $#$ref;', 'perl')).toEqual(['$n', '=', '$#', '$ref', ';']);
    expect(texts('$n = $#{$ref};', 'perl')).toEqual(['$n', '=', '$#', '{', '$ref', '}', ';']);
  });

  it('keeps a # comment a comment, also one that mentions $#name', () => {
    expect(texts('my $c = 1; # the last is $#days\n$d = 2;#$#x', 'perl')).toEqual(['my', '$c', '=', '1', ';', '$d', '=', '2', ';']);
    expect(texts('$n = $# comment', 'perl')).toEqual(['$n', '=', '$']);
  });

  it('leaves $# to the comment in languages without it', () => {
    expect(texts('$n = 1; #$#days', 'php')).toEqual(['$n', '=', '1', ';']);
  });

  it('places the operator where it is written', () => {
    const token = tokenize('$n = $#days;', language('perl'))[2];
    expect(token).toEqual({ type: 'op', text: '$#', line: 1, column: 5 });
  });
});
