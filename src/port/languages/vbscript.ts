/**
 * VBScript: `set json = CreateObject("Chilkat.JsonObject")`, calls without parentheses.
 *
 * @example
 * findLanguage('vbscript')?.name; //=> 'VBScript'
 */
import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/** The `vbscript` entry of the language table. */
export const vbscript: LanguageSpec = basicFamily({
  id: 'vbscript', name: 'VBScript', extensions: ['.vbs'],
  detect: [[/(?<!Server\.)CreateObject\("Chilkat/i, 4], [/WScript\./, 2], [/^\s*set\s+\w+\s*=/im, 1]],
});
