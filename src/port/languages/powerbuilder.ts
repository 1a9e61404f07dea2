import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * PowerBuilder: `loo_Json.ConnectToNewObject("Chilkat.JsonObject")`, `//` comments, `~"` escapes, `&` continuations.
 *
 * @example
 * findLanguage('powerbuilder')?.name; //=> 'PowerBuilder'
 */
export const powerbuilder: LanguageSpec = basicFamily({
  id: 'powerbuilder', name: 'PowerBuilder', extensions: ['.srw', '.sru', '.srf', '.psr'], aliases: ['pb'],
  lineComments: ['//'], statementComments: [], blockComments: [['/*', '*/']],
  strings: [{ open: '"', close: '"', escape: 'tilde' }, { open: "'", close: "'", escape: 'tilde' }], continuations: ['&'], concat: [],
  trueWords: ['true'], falseWords: ['false'],
  detect: [[/ConnectToNewObject/i, 8], [/create oleobject/i, 3]],
});
