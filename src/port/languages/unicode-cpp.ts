import { cFamily, DOUBLE_QUOTED_BACKSLASH } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Unicode C++: as C++ with the wide classes (`CkJsonObjectW`) and `L"..."` literals.
 *
 * @example
 * findLanguage('unicode-cpp')?.name; //=> 'Unicode C++'
 */
export const unicodeCpp: LanguageSpec = cFamily({
  id: 'unicode-cpp', octalLeadingZero: true, name: 'Unicode C++', extensions: ['.cpp'], aliases: ['unicodeCpp'],
  strings: [{ open: 'L"', close: '"', escape: 'backslash' }, DOUBLE_QUOTED_BACKSLASH],
  detect: [[/^\s*Ck\w+W \w+;/m, 7], [/wprintf/, 2], [/L"/, 1]],
});
