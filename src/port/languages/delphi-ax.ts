/**
 * Delphi with ActiveX: `TChilkatJsonObject.Create(Self)`, `.ControlInterface`, booleans `1`/`0`.
 *
 * @example
 * findLanguage('delphi-ax')?.name; //=> 'Delphi (ActiveX)'
 */
import { pascalFamily } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/** The `delphi-ax` entry of the language table. */
export const delphiAx: LanguageSpec = pascalFamily({
  id: 'delphi-ax', name: 'Delphi (ActiveX)', extensions: ['.pas'], aliases: ['delphiAx', 'delphi'],
  detect: [[/TChilkat\w+\.Create/, 7], [/:=/, 2], [/\bbegin\b/i, 1]],
});
