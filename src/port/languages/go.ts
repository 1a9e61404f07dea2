import { cFamily, DOUBLE_QUOTED_BACKSLASH } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Go: `chilkat.NewJsonObject()`, setter methods (`SetAuthToken`), backquoted raw strings.
 *
 * @example
 * findLanguage('go')?.name; //=> 'Go'
 */
export const go: LanguageSpec = cFamily({
  id: 'go', octalLeadingZero: true, name: 'Go', extensions: ['.go'], aliases: ['golang'], semicolons: false,
  strings: [DOUBLE_QUOTED_BACKSLASH, { open: '`', close: '`', escape: 'none' }],
  detect: [[/chilkat\.New\w+\(\)/, 7], [/:=/, 1], [/^package /m, 1]],
});
