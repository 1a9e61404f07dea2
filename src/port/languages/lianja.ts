import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Lianja: `createobject("CkJsonObject")`, `.T.`/`.F.`, `//` comments, either quote.
 *
 * @example
 * findLanguage('lianja')?.name; //=> 'Lianja'
 */
export const lianja: LanguageSpec = basicFamily({
  id: 'lianja', name: 'Lianja', extensions: ['.prg', '.lianja'], lineComments: ['//', '&&'], statementComments: ['*'],
  strings: [{ open: '"', close: '"', escape: 'none' }, { open: "'", close: "'", escape: 'none' }], continuations: [';'], concat: [],
  trueWords: ['.T.'], falseWords: ['.F.'], nullWords: ['.NULL.'],
  detect: [[/createobject\("Ck\w+"\)/i, 7], [/\.T\.|\.F\./, 2]],
});
