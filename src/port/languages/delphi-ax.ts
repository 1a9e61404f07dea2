import { pascalFamily } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Delphi with ActiveX: `TChilkatJsonObject.Create(Self)`, `.ControlInterface`, booleans `1`/`0`.
 *
 * @example
 * findLanguage('delphi-ax')?.name; //=> 'Delphi (ActiveX)'
 */
export const delphiAx: LanguageSpec = pascalFamily({
  id: 'delphi-ax', name: 'Delphi (ActiveX)', extensions: ['.pas'], aliases: ['delphiAx', 'delphi'],
  detect: [[/TChilkat\w+\.Create/, 7], [/:=/, 2], [/\bbegin\b/i, 1]],
});
