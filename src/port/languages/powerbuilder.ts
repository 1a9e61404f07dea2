import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

// Variables start as 0, the empty string or false, and arrays at index 1 (PowerScript Reference,
// "Declarations", docs.appeon.com); the porter does not check
// a PowerBuilder runtime (none here).
/**
 * PowerBuilder: `loo_Json.ConnectToNewObject("Chilkat.JsonObject")`, `//` comments, `~"` escapes, `&` continuations,
 * `integer li_rc` declarations, arrays from 1.
 *
 * @example
 * findLanguage('powerbuilder')?.name; //=> 'PowerBuilder'
 */
export const powerbuilder: LanguageSpec = basicFamily({
  id: 'powerbuilder', name: 'PowerBuilder', extensions: ['.srw', '.sru', '.srf', '.psr'], aliases: ['pb'],
  lineComments: ['//'], statementComments: [], blockComments: [['/*', '*/']],
  strings: [{ open: '"', close: '"', escape: 'tilde' }, { open: "'", close: "'", escape: 'tilde' }], continuations: ['&'], concat: [],
  trueWords: ['true'], falseWords: ['false'], arrayBase: 1,
  declarationTypes: {
    integer: 0, int: 0, long: 0, longlong: 0, uint: 0, ulong: 0, real: 0, double: 0, decimal: 0, dec: 0, byte: 0,
    string: '', char: '', boolean: false, oleobject: undefined, any: undefined, blob: undefined, date: undefined, datetime: undefined, time: undefined,
  },
  detect: [[/ConnectToNewObject/i, 8], [/create oleobject/i, 3]],
});
