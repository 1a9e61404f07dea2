import { cFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * C++: objects on the stack (`CkJsonObject json;`), `put_AuthToken`, responses through pointers.
 *
 * @example
 * findLanguage('cpp')?.name; //=> 'C++'
 */
export const cpp: LanguageSpec = cFamily({
  id: 'cpp', octalLeadingZero: true, name: 'C++', extensions: ['.cpp', '.cc', '.cxx'],
  detect: [[/^\s*Ck(?!o)\w+(?<!W) \w+;/m, 5], [/#include <Ck/, 3], [/->/, 1]],
});
