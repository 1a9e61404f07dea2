import { cFamily, DOUBLE_QUOTED_BACKSLASH } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Unicode C: as C with the wide handles (`HCkHttpW`) and `L"..."` literals.
 *
 * @example
 * findLanguage('unicode-c')?.name; //=> 'Unicode C'
 */
export const unicodeC: LanguageSpec = cFamily({
  id: 'unicode-c', octalLeadingZero: true, name: 'Unicode C', extensions: ['.c'], aliases: ['unicodeC'],
  strings: [{ open: 'L"', close: '"', escape: 'backslash' }, DOUBLE_QUOTED_BACKSLASH], trueWords: ['TRUE', 'true'], falseWords: ['FALSE', 'false'],
  detect: [[/\bHCk\w+W\b/, 7], [/L"/, 1]],
});
