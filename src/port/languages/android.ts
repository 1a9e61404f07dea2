import { cFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Android (Java): as Java, inside an Activity, logging with `Log.i`.
 *
 * @example
 * findLanguage('android')?.name; //=> 'Android'
 */
export const android: LanguageSpec = cFamily({
  id: 'android', octalLeadingZero: true, name: 'Android', extensions: ['.java'],
  detect: [[/\bCk\w+ \w+ = new Ck\w+\(\)/, 4], [/Log\.i\(/, 4], [/extends \w*Activity|import android\./, 4]],
});
