import { cFamily } from './families.js';
import { PHP_STRINGS } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * PHP with the Chilkat extension: `new CkJsonObject()`, `$json->UpdateString(...)`, `put_AuthToken`.
 *
 * @example
 * findLanguage('php-ext')?.name; //=> 'PHP (extension)'
 */
export const phpExt: LanguageSpec = cFamily({
  id: 'php-ext', name: 'PHP (extension)', extensions: ['.php'], aliases: ['phpExt', 'php'],
  strings: PHP_STRINGS, sigils: '$', concat: ['.'], lineComments: ['//', '#'], octalLeadingZero: true,
  detect: [[/new Ck\w+\(\)/, 3], [/\$\w+->/, 3], [/<\?php/, 2], [/include_once|require_once/, 1]],
});
