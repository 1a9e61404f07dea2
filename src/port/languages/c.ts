import { cFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * C: handles from `CkJsonObject_Create()`, `CkJsonObject_UpdateString(json, ...)`, `TRUE`/`FALSE`.
 *
 * @example
 * findLanguage('c')?.name; //=> 'C'
 */
export const c: LanguageSpec = cFamily({
  id: 'c', octalLeadingZero: true, name: 'C', extensions: ['.c', '.h'], trueWords: ['TRUE', 'true'], falseWords: ['FALSE', 'false'],
  detect: [[/\bHCk(?!\w*W\b)\w+/, 6], [/#include <C_Ck/, 3], [/_Create\(\)/, 1]],
});
