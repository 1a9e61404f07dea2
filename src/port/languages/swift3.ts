import { cFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Swift 3 and later: `CkoJsonObject()!`, lower camel case (`json.update(P, value: V)`).
 *
 * @example
 * findLanguage('swift3')?.name; //=> 'Swift 3+'
 */
export const swift3: LanguageSpec = cFamily({
  id: 'swift3', name: 'Swift 3+', extensions: ['.swift'], semicolons: false, strings: [{ open: '"', close: '"', escape: 'backslash', interpolation: 'swift' }],
  detect: [[/Cko\w+\(\)!/, 7], [/\.update\w*\(/, 2]],
});
