import { hashFamily, SINGLE_QUOTED_DOUBLED } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * PowerShell: `New-Object Chilkat.JsonObject`, `$true`/`$false`, backtick escapes and continuations.
 *
 * @example
 * findLanguage('powershell')?.name; //=> 'PowerShell'
 */
export const powershell: LanguageSpec = hashFamily({
  id: 'powershell', name: 'PowerShell', extensions: ['.ps1'], caseInsensitive: true, blockComments: [['<#', '#>']],
  strings: [{ open: '"', close: '"', escape: 'backtick', interpolation: 'dollar' }, SINGLE_QUOTED_DOUBLED], continuations: ['`'], sigils: '$',
  trueWords: ['$true'], falseWords: ['$false'], nullWords: ['$null'], dashIdentifiers: true, braces: true,
  detect: [[/New-Object\s+Chilkat/i, 7], [/\$true|\$false/, 1], [/-eq|-ge/, 1]],
});
