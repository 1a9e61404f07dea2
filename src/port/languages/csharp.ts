import { cFamily, DOUBLE_QUOTED_BACKSLASH } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * C# (also .NET Core and Mono): `new Chilkat.JsonObject()`, backslash escapes, `true`/`false`.
 *
 * @example
 * findLanguage('csharp')?.name; //=> 'C#'
 */
export const csharp: LanguageSpec = cFamily({
  id: 'csharp', name: 'C#', extensions: ['.cs'], aliases: ['dotnet-core', 'mono', 'cs'],
  strings: [{ open: '$@"', close: '"', escape: 'double', interpolation: 'brace' }, { open: '@$"', close: '"', escape: 'double', interpolation: 'brace' }, { open: '$"', close: '"', escape: 'backslash', interpolation: 'brace' }, { open: '@"', close: '"', escape: 'double' }, DOUBLE_QUOTED_BACKSLASH],
  detect: [[/new Chilkat\.\w+\(\)/, 5], [/Debug\.WriteLine/, 1], [/\bbool success\b/, 1]],
});
