/**
 * Families with a spelling of their own: Pascal (Delphi), T-SQL and DataFlex,
 * plus the string rules of Python and PHP.
 *
 * @example
 * pascalFamily({ id: 'delphi-dll', name: 'Delphi (DLL)', extensions: ['.pas'], detect: [] }).strings[0]?.open; //=> "'"
 */
import type { LanguageSpec, StringRule } from '../language-spec.js';
import { SINGLE_QUOTED_DOUBLED, SINGLE_QUOTED_LITERAL, cFamily, type LanguageEntry } from './families.js';

/**
 * Python: either quote, backslash escapes, raw and byte prefixes, triple quotes.
 *
 * @example
 * PYTHON_STRINGS[0]?.open; //=> '"""'
 */
export const PYTHON_STRINGS: readonly StringRule[] = [
  { open: '"""', close: '"""', escape: 'backslash', keepUnknownEscapes: true, namedEscapes: true },
  { open: "'''", close: "'''", escape: 'backslash', keepUnknownEscapes: true, namedEscapes: true },
  { open: 'f"', close: '"', escape: 'backslash', keepUnknownEscapes: true, interpolation: 'brace' },
  { open: "f'", close: "'", escape: 'backslash', keepUnknownEscapes: true, interpolation: 'brace' },
  { open: 'r"', close: '"', escape: 'none' },
  { open: "r'", close: "'", escape: 'none' },
  { open: 'u"', close: '"', escape: 'backslash', keepUnknownEscapes: true, namedEscapes: true },
  { open: "u'", close: "'", escape: 'backslash', keepUnknownEscapes: true, namedEscapes: true },
  { open: '"', close: '"', escape: 'backslash', keepUnknownEscapes: true, namedEscapes: true },
  { open: "'", close: "'", escape: 'backslash', keepUnknownEscapes: true, namedEscapes: true },
];

/**
 * PHP: double quotes with backslash escapes (`$` taken literally), single quotes with only `\'` and `\\`.
 *
 * @example
 * PHP_STRINGS[1]?.escape; //=> 'quote-backslash'
 */
export const PHP_STRINGS: readonly StringRule[] = [{ open: '"', close: '"', escape: 'backslash', keepUnknownEscapes: true, interpolation: 'dollar' }, SINGLE_QUOTED_LITERAL];

/**
 * Delphi: `'it''s'`, `//`, `{ }` and `(* *)` comments, `:=`, `for ... to ... do begin ... end`.
 *
 * @param entry - What differs.
 * @returns The full spec.
 * @example
 * pascalFamily({ id: 'delphi-ax', name: 'Delphi (ActiveX)', extensions: ['.pas'], detect: [] }).caseInsensitive; //=> true
 */
export function pascalFamily(entry: LanguageEntry): LanguageSpec {
  return cFamily({
    caseInsensitive: true,
    blockComments: [['{', '}'], ['(*', '*)']],
    strings: [SINGLE_QUOTED_DOUBLED],
    continuations: [],
    braces: false,
    trueWords: ['True'],
    falseWords: ['False'],
    nullWords: ['nil'],
    loops: 'delphi',
    ...entry,
  });
}

/**
 * T-SQL: `--` comments, `N'...'` and `'...'` with doubled quotes, `@variables`.
 *
 * @param entry - What differs.
 * @returns The full spec.
 * @example
 * sqlFamily({ id: 'sql', name: 'SQL Server', extensions: ['.sql'], detect: [] }).shape; //=> 'sql'
 */
export function sqlFamily(entry: LanguageEntry): LanguageSpec {
  return cFamily({
    caseInsensitive: true,
    lineComments: ['--'],
    strings: [{ open: "N'", close: "'", escape: 'double' }, SINGLE_QUOTED_DOUBLED],
    continuations: [],
    braces: false,
    trueWords: [],
    falseWords: [],
    sigils: '@',
    shape: 'sql',
    loops: 'none',
    ...entry,
  });
}

/**
 * DataFlex: `//` comments, either quote, `Get`/`Set`/`Send ... Of ... To`, `For i From a To b ... Loop`.
 *
 * @param entry - What differs.
 * @returns The full spec.
 * @example
 * dataflexFamily({ id: 'dataflex', name: 'DataFlex', extensions: ['.src'], detect: [] }).shape; //=> 'dataflex'
 */
export function dataflexFamily(entry: LanguageEntry): LanguageSpec {
  return cFamily({
    caseInsensitive: true,
    strings: [{ open: '"', close: '"', escape: 'none' }, { open: "'", close: "'", escape: 'none' }],
    continuations: [';'],
    semicolons: false,
    braces: false,
    trueWords: ['True'],
    falseWords: ['False'],
    shape: 'dataflex',
    loops: 'basic',
    ...entry,
  });
}
