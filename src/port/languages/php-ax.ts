import { cFamily } from './families.js';
import { PHP_STRINGS } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * PHP with ActiveX: `new COM("Chilkat.JsonObject")`, properties assigned directly, booleans `1`/`0`.
 *
 * @example
 * findLanguage('php-ax')?.name; //=> 'PHP (ActiveX)'
 */
export const phpAx: LanguageSpec = cFamily({
  id: 'php-ax', name: 'PHP (ActiveX)', extensions: ['.php'], aliases: ['phpAx'],
  strings: PHP_STRINGS, sigils: '$', concat: ['.'], lineComments: ['//', '#'], octalLeadingZero: true,
  detect: [[/new COM\(/, 7], [/\$\w+->/, 3], [/<\?php/, 2]],
});
