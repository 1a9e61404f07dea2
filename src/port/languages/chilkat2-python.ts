import { hashFamily } from './families.js';
import { PYTHON_STRINGS } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Python with the chilkat2 module: `chilkat2.JsonObject()`, properties assigned directly.
 *
 * @example
 * findLanguage('chilkat2-python')?.name; //=> 'Python (chilkat2)'
 */
export const chilkat2Python: LanguageSpec = hashFamily({
  id: 'chilkat2-python', name: 'Python (chilkat2)', extensions: ['.py'], aliases: ['python3'],
  strings: PYTHON_STRINGS, trueWords: ['True'], falseWords: ['False'], nullWords: ['None'], loops: 'python',
  detect: [[/chilkat2\./, 6], [/^import chilkat2/m, 3]],
});
