import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Xojo: `Dim json As New Chilkat.JsonObject`, `//` or apostrophe comments, `System.DebugLog`.
 *
 * @example
 * findLanguage('xojo')?.name; //=> 'Xojo'
 */
export const xojo: LanguageSpec = basicFamily({
  id: 'xojo', name: 'Xojo', extensions: ['.xojo_code', '.xojo_script', '.rbbas'], lineComments: ['//', "'"], concat: ['&'],
  detect: [[/Dim \w+ As New Chilkat\./i, 3], [/System\.DebugLog/, 5], [/^\s*\/\//m, 1]],
});
