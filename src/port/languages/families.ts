/**
 * Shared defaults for language families, so each language file lists only
 * what differs (a table of spellings, not 30 parsers).
 *
 * @example
 * const vb = basicFamily({ id: 'vb6', name: 'Visual Basic 6', extensions: ['.bas'], detect: [] });
 */
import type { LanguageSpec, StringRule } from '../language-spec.js';

/**
 * The fields every language must give; the rest come from the family.
 *
 * @example
 * const entry: LanguageEntry = { id: 'x', name: 'X', extensions: ['.x'], detect: [] };
 */
export type LanguageEntry = Pick<LanguageSpec, 'id' | 'name' | 'extensions' | 'detect'> & Partial<LanguageSpec>;

/**
 * A double-quoted string rule.
 *
 * @example
 * DOUBLE_QUOTED_BACKSLASH.escape; //=> 'backslash'
 */
export const DOUBLE_QUOTED_BACKSLASH: StringRule = { open: '"', close: '"', escape: 'backslash' };
/**
 * A double-quoted string with the quote doubled inside (`"a""b"`).
 *
 * @example
 * DOUBLE_QUOTED_DOUBLED.escape; //=> 'double'
 */
export const DOUBLE_QUOTED_DOUBLED: StringRule = { open: '"', close: '"', escape: 'double' };
/**
 * A single-quoted string with the quote doubled inside (`'it''s'`).
 *
 * @example
 * SINGLE_QUOTED_DOUBLED.open; //=> "'"
 */
export const SINGLE_QUOTED_DOUBLED: StringRule = { open: "'", close: "'", escape: 'double' };
/**
 * A single-quoted string where only `\'` and `\\` are escapes (PHP, Perl, Ruby).
 *
 * @example
 * SINGLE_QUOTED_LITERAL.escape; //=> 'quote-backslash'
 */
export const SINGLE_QUOTED_LITERAL: StringRule = { open: "'", close: "'", escape: 'quote-backslash' };

/**
 * BASIC-like languages: `'` comments, `_` continuations, `""` in strings, `&` joins text, `For ... Next`.
 *
 * @param entry - What differs.
 * @returns The full spec.
 * @example
 * basicFamily({ id: 'vbscript', name: 'VBScript', extensions: ['.vbs'], detect: [] }).caseInsensitive; //=> true
 */
export function basicFamily(entry: LanguageEntry): LanguageSpec {
  return {
    caseInsensitive: true,
    lineComments: ["'"],
    statementComments: ['REM ', 'Rem ', 'rem '],
    strings: [DOUBLE_QUOTED_DOUBLED],
    continuations: ['_'],
    semicolons: false,
    braces: false,
    trueWords: ['True'],
    falseWords: ['False'],
    nullWords: ['Nothing', 'Null'],
    concat: ['&'],
    sigils: '',
    shape: 'dot',
    loops: 'basic',
    ...entry,
  };
}

/**
 * C-like languages: `//` and `/* *\/` comments, backslash escapes, `;` and braces, `for (;;)`.
 *
 * @param entry - What differs.
 * @returns The full spec.
 * @example
 * cFamily({ id: 'java', name: 'Java', extensions: ['.java'], detect: [] }).semicolons; //=> true
 */
export function cFamily(entry: LanguageEntry): LanguageSpec {
  return {
    caseInsensitive: false,
    lineComments: ['//'],
    blockComments: [['/*', '*/']],
    strings: [DOUBLE_QUOTED_BACKSLASH],
    continuations: ['\\'],
    semicolons: true,
    braces: true,
    trueWords: ['true'],
    falseWords: ['false'],
    nullWords: ['null', 'nil', 'NULL'],
    concat: [],
    sigils: '',
    shape: 'dot',
    loops: 'brace',
    ...entry,
  };
}

/**
 * Script languages with `#` comments (Python, Ruby, Perl, PowerShell, Tcl).
 *
 * @param entry - What differs.
 * @returns The full spec.
 * @example
 * hashFamily({ id: 'ruby', name: 'Ruby', extensions: ['.rb'], detect: [] }).lineComments; //=> ['#']
 */
export function hashFamily(entry: LanguageEntry): LanguageSpec {
  return cFamily({ lineComments: ['#'], blockComments: [], semicolons: false, braces: false, ...entry });
}
