// The language table: every language the porter reads, one data file each.
import type { LanguageSpec } from '../language-spec.js';
import { autoit } from './autoit.js';
import { csharp } from './csharp.js';
import { vbnet } from './vbnet.js';
import { vb6 } from './vb6.js';
import { vbscript } from './vbscript.js';
import { asp } from './asp.js';
import { chilkat2Python } from './chilkat2-python.js';
import { python } from './python.js';
import { nodejs } from './nodejs.js';
import { phpExt } from './php-ext.js';
import { phpAx } from './php-ax.js';
import { java } from './java.js';
import { android } from './android.js';
import { go } from './go.js';
import { ruby } from './ruby.js';
import { perl } from './perl.js';
import { delphiDll } from './delphi-dll.js';
import { delphiAx } from './delphi-ax.js';
import { powershell } from './powershell.js';
import { c } from './c.js';
import { unicodeC } from './unicode-c.js';
import { cpp } from './cpp.js';
import { unicodeCpp } from './unicode-cpp.js';
import { swift } from './swift.js';
import { swift3 } from './swift3.js';
import { objc } from './objc.js';
import { tcl } from './tcl.js';
import { xojo } from './xojo.js';
import { foxpro } from './foxpro.js';
import { lianja } from './lianja.js';
import { purebasic } from './purebasic.js';
import { sql } from './sql.js';
import { dataflex } from './dataflex.js';
import { powerbuilder } from './powerbuilder.js';

/**
 * Every supported language; ties in detection go to the earlier one.
 *
 * @example
 * LANGUAGES.map((spec) => spec.id).includes('autoit'); //=> true
 */
export const LANGUAGES: readonly LanguageSpec[] = [
  autoit,
  csharp,
  vbnet,
  vb6,
  vbscript,
  asp,
  chilkat2Python,
  python,
  nodejs,
  phpExt,
  phpAx,
  java,
  android,
  go,
  ruby,
  perl,
  delphiDll,
  delphiAx,
  powershell,
  c,
  unicodeC,
  cpp,
  unicodeCpp,
  swift,
  swift3,
  objc,
  tcl,
  xojo,
  foxpro,
  lianja,
  purebasic,
  sql,
  dataflex,
  powerbuilder,
];
