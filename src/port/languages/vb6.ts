import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Visual Basic 6: `Dim json As New ChilkatJsonObject`, `success = json.UpdateString(...)`, booleans `1`/`0`.
 *
 * @example
 * findLanguage('vb6')?.name; //=> 'Visual Basic 6'
 */
export const vb6: LanguageSpec = basicFamily({
  id: 'vb6', name: 'Visual Basic 6', extensions: ['.bas', '.frm', '.cls'],
  detect: [[/As New Chilkat(?!\.)\w+/i, 6], [/Debug\.Print/, 2]],
});
