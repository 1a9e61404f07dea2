import { hashFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Tcl: `set json [new_CkJsonObject]`, `CkJsonObject_UpdateString $json P V`, `[..]` and `$` inside quotes taken literally.
 *
 * @example
 * findLanguage('tcl')?.name; //=> 'Tcl'
 */
export const tcl: LanguageSpec = hashFamily({
  id: 'tcl', name: 'Tcl', extensions: ['.tcl'], lineComments: [], statementComments: ['#'], braces: true, semicolons: true,
  strings: [{ open: '"', close: '"', escape: 'backslash' }, { open: '{', close: '}', escape: 'none' }], sigils: '$', trueWords: [], falseWords: [],
  shape: 'tcl', loops: 'tcl',
  detect: [[/new_Ck\w+/, 8], [/^\s*set \w+ \[/m, 2]],
});
