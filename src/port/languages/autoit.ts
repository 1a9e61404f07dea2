import { basicFamily, DOUBLE_QUOTED_DOUBLED, SINGLE_QUOTED_DOUBLED } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * AutoIt: `$oJson = ObjCreate("Chilkat.JsonObject")`, `;` comments, `True`/`False`, `""` in strings, ` _` continuations.
 *
 * @example
 * findLanguage('autoit')?.name; //=> 'AutoIt'
 */
export const autoit: LanguageSpec = basicFamily({
  id: 'autoit', name: 'AutoIt', extensions: ['.au3'],
  lineComments: [';'], statementComments: [], blockComments: [['#cs', '#ce'], ['#comments-start', '#comments-end']],
  strings: [DOUBLE_QUOTED_DOUBLED, SINGLE_QUOTED_DOUBLED], sigils: '$@',
  detect: [[/ObjCreate\(/, 6], [/\$o?\w+\.Update\w+\(/, 2], [/@CRLF/, 2], [/^\s*Local\s+\$/m, 2]],
});
