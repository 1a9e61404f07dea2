import { hashFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Tcl: `set json [new_CkJsonObject]`, `CkJsonObject_UpdateString $json P V`; inside double quotes `$name` and
 * `[command word…]` are substituted as Tcl does, while `[0]` or `[i]` stay text (Chilkat's samples write paths
 * such as `"a[0].b"` there unescaped, which Tcl itself would refuse).
 *
 * @example
 * findLanguage('tcl')?.name; //=> 'Tcl'
 */
export const tcl: LanguageSpec = hashFamily({
  id: 'tcl', name: 'Tcl', extensions: ['.tcl'], lineComments: [], statementComments: ['#'], braces: true, semicolons: true,
  strings: [{ open: '"', close: '"', escape: 'backslash', interpolation: 'tcl' }, { open: '{', close: '}', escape: 'none' }], sigils: '$', trueWords: [], falseWords: [],
  shape: 'tcl', loops: 'tcl',
  detect: [[/new_Ck\w+/, 8], [/^\s*set \w+ \[/m, 2]],
});
