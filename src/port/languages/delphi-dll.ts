import { pascalFamily } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Delphi with the DLL API: `CkJsonObject_UpdateString(json, ...)`, `:=`, doubled quotes in strings.
 *
 * @example
 * findLanguage('delphi-dll')?.name; //=> 'Delphi (DLL)'
 */
export const delphiDll: LanguageSpec = pascalFamily({
  id: 'delphi-dll', name: 'Delphi (DLL)', extensions: ['.pas', '.dpr'], aliases: ['delphiDll'],
  detect: [[/Ck\w+_Create\(\)/, 3], [/:=/, 2], [/Memo1\.Lines/, 2], [/\bbegin\b/i, 1]],
});
