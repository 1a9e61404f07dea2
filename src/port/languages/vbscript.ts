import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * VBScript: `set json = CreateObject("Chilkat.JsonObject")`, calls without parentheses.
 *
 * @example
 * findLanguage('vbscript')?.name; //=> 'VBScript'
 */
export const vbscript: LanguageSpec = basicFamily({
  id: 'vbscript', name: 'VBScript', extensions: ['.vbs'],
  detect: [[/(?<!Server\.)CreateObject\("Chilkat/i, 4], [/WScript\./, 2], [/^\s*set\s+\w+\s*=/im, 1]],
});
