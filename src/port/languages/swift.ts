import { cFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Swift, older API: `CkoJsonObject()`, `json.UpdateString(P, value: V)`.
 *
 * @example
 * findLanguage('swift')?.name; //=> 'Swift (older API)'
 */
export const swift: LanguageSpec = cFamily({
  id: 'swift', name: 'Swift (older API)', extensions: ['.swift'], semicolons: false, strings: [{ open: '"', close: '"', escape: 'backslash', interpolation: 'swift' }],
  detect: [[/Cko\w+\(\)(?!!)/, 4], [/\.Update\w+\([^)]*value:/, 3], [/\blet \w+ = /, 1]],
});
