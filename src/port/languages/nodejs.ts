/**
 * Node.js: `new chilkat.JsonObject()`, any quote style, `true`/`false`.
 *
 * @example
 * findLanguage('nodejs')?.name; //=> 'Node.js'
 */
import { cFamily, DOUBLE_QUOTED_BACKSLASH } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/** The `nodejs` entry of the language table. */
export const nodejs: LanguageSpec = cFamily({
  id: 'nodejs', name: 'Node.js', extensions: ['.js', '.mjs', '.cjs'], aliases: ['node', 'javascript'],
  strings: [DOUBLE_QUOTED_BACKSLASH, { open: "'", close: "'", escape: 'backslash' }, { open: '`', close: '`', escape: 'backslash' }],
  sigils: '$', detect: [[/new chilkat\.\w+\(\)/, 6], [/require\(/, 2], [/console\.log/, 1]],
});
