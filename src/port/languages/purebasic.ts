import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * PureBasic: `CkJsonObject::ckUpdateString(json, P, V)`, `;` comments, `~"..."` escaped strings, `#NAME`
 * constants, type suffixes (`http.i`, `name.s`: integer, string, ... see the PureBasic manual, "Variables and Types").
 *
 * @example
 * findLanguage('purebasic')?.name; //=> 'PureBasic'
 */
export const purebasic: LanguageSpec = basicFamily({
  id: 'purebasic', name: 'PureBasic', extensions: ['.pb', '.pbi'], lineComments: [';'], statementComments: [], continuations: [], sigils: '#',
  typeSuffixes: ['b', 'a', 'c', 'w', 'u', 'l', 'i', 'q', 'f', 'd', 's'],
  strings: [{ open: '~"', close: '"', escape: 'backslash' }, { open: '"', close: '"', escape: 'none' }], trueWords: ['#True'], falseWords: ['#False'], concat: [],
  detect: [[/Ck\w+::ck\w+/, 8], [/IncludeFile/, 2]],
});
