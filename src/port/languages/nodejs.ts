import { cFamily, DOUBLE_QUOTED_BACKSLASH } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Node.js: `new chilkat.JsonObject()`, any quote style, `true`/`false`.
 *
 * @example
 * findLanguage('nodejs')?.name; //=> 'Node.js'
 */
export const nodejs: LanguageSpec = cFamily({
  id: 'nodejs', name: 'Node.js', extensions: ['.js', '.mjs', '.cjs'], aliases: ['node', 'javascript'],
  strings: [DOUBLE_QUOTED_BACKSLASH, { open: "'", close: "'", escape: 'backslash' }, { open: '`', close: '`', escape: 'backslash', interpolation: 'js' }],
  sigils: '$', detect: [[/new chilkat\.\w+\(\)/, 6], [/require\(/, 2], [/console\.log/, 1]],
});
