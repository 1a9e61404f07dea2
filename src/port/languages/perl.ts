import { hashFamily, DOUBLE_QUOTED_BACKSLASH, SINGLE_QUOTED_LITERAL } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Perl: `chilkat::CkJsonObject->new()`, `$json->UpdateString(...)`; `$`/`@` in strings taken literally.
 *
 * @example
 * findLanguage('perl')?.name; //=> 'Perl'
 */
export const perl: LanguageSpec = hashFamily({
  id: 'perl', octalLeadingZero: true, name: 'Perl', extensions: ['.pl', '.pm'], semicolons: true, braces: true,
  strings: [{ ...DOUBLE_QUOTED_BACKSLASH, interpolation: 'perl' }, SINGLE_QUOTED_LITERAL], sigils: '$@%', lastIndexSigil: true, concat: ['.'], trueWords: [], falseWords: [], nullWords: ['undef'],
  detect: [[/chilkat::Ck\w+->new/, 7], [/^use chilkat/m, 3], [/\bmy \$/, 1]],
});
