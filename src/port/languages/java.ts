import { cFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Java: `new CkJsonObject()`, `put_AuthToken(...)`, `System.loadLibrary("chilkat")`.
 *
 * @example
 * findLanguage('java')?.name; //=> 'Java'
 */
export const java: LanguageSpec = cFamily({
  id: 'java', octalLeadingZero: true, name: 'Java', extensions: ['.java'],
  detect: [[/\bCk\w+ \w+ = new Ck\w+\(\)/, 4], [/System\.loadLibrary/, 3], [/System\.out\.println/, 1]],
});
