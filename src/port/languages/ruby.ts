import { hashFamily, DOUBLE_QUOTED_BACKSLASH, SINGLE_QUOTED_LITERAL } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Ruby: `Chilkat::CkJsonObject.new()`, `#` comments, `#{}` taken literally.
 *
 * @example
 * findLanguage('ruby')?.name; //=> 'Ruby'
 */
export const ruby: LanguageSpec = hashFamily({
  id: 'ruby', octalLeadingZero: true, name: 'Ruby', extensions: ['.rb'], blockComments: [['=begin', '=end']],
  strings: [{ ...DOUBLE_QUOTED_BACKSLASH, interpolation: 'ruby' }, SINGLE_QUOTED_LITERAL], sigils: '@$', loops: 'ruby',
  detect: [[/Chilkat::Ck\w+\.new/, 7], [/^require 'chilkat'/m, 2]],
});
