import { hashFamily } from './families.js';
import { PYTHON_STRINGS } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Python with the CkPython module: `chilkat.CkJsonObject()`, `put_AuthToken(...)` accessors.
 *
 * @example
 * findLanguage('python')?.name; //=> 'Python (CkPython)'
 */
export const python: LanguageSpec = hashFamily({
  id: 'python', name: 'Python (CkPython)', extensions: ['.py'], aliases: ['ckpython'],
  strings: PYTHON_STRINGS, trueWords: ['True'], falseWords: ['False'], nullWords: ['None'], loops: 'python',
  detect: [[/chilkat\.Ck\w+\(\)/, 5], [/^import chilkat\s*$/m, 3], [/^\s*def |:\s*$/m, 1]],
});
