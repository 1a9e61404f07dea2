import { cFamily, DOUBLE_QUOTED_BACKSLASH } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Objective-C: `[[CkoJsonObject alloc] init]`, `[json UpdateString: @P value: @V]`, `YES`/`NO`.
 *
 * @example
 * findLanguage('objc')?.name; //=> 'Objective-C'
 */
export const objc: LanguageSpec = cFamily({
  id: 'objc', octalLeadingZero: true, name: 'Objective-C', extensions: ['.m', '.mm'], aliases: ['objective-c'],
  strings: [{ open: '@"', close: '"', escape: 'backslash' }, DOUBLE_QUOTED_BACKSLASH], trueWords: ['YES', 'true'], falseWords: ['NO', 'false'], nullWords: ['nil', 'NULL'],
  detect: [[/\[\[Cko\w+ alloc\] init\]/, 8], [/@"/, 2], [/NSLog/, 2]],
});
