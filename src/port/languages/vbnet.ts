import { basicFamily, DOUBLE_QUOTED_DOUBLED } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * VB.NET: `Dim json As New Chilkat.JsonObject`, calls with parentheses, `""` in strings.
 *
 * @example
 * findLanguage('vbnet')?.name; //=> 'VB.NET'
 */
export const vbnet: LanguageSpec = basicFamily({
  id: 'vbnet', name: 'VB.NET', extensions: ['.vb'],
  strings: [{ open: '$"', close: '"', escape: 'double', interpolation: 'brace' }, DOUBLE_QUOTED_DOUBLED],
  detect: [[/Dim \w+ As New Chilkat\./i, 5], [/Debug\.WriteLine/, 2]],
});
