import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Visual FoxPro: `CreateObject(` with a single-quoted ProgID, `*` and `&&` comments, `;` continuations, either quote.
 *
 * @example
 * findLanguage('foxpro')?.name; //=> 'Visual FoxPro'
 */
export const foxpro: LanguageSpec = basicFamily({
  id: 'foxpro', name: 'Visual FoxPro', extensions: ['.prg'], aliases: ['vfp'], lineComments: ['&&'], statementComments: ['*', 'NOTE '],
  strings: [{ open: '"', close: '"', escape: 'none' }, { open: "'", close: "'", escape: 'none' }], continuations: [';'], concat: [],
  trueWords: ['.T.', '.Y.'], falseWords: ['.F.', '.N.'], nullWords: ['.NULL.'],
  detect: [[/CreateObject\('Chilkat/i, 5], [/^\s*LOCAL /m, 2], [/^\s*\*/m, 1], [/ENDIF/, 1]],
});
