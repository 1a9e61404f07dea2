import { dataflexFamily } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * DataFlex: `Get ComUpdateString Of hoJson P V To iSuccess`, `Set ComAuthToken Of hoHttp To V`.
 *
 * @example
 * findLanguage('dataflex')?.name; //=> 'DataFlex'
 */
export const dataflex: LanguageSpec = dataflexFamily({
  id: 'dataflex', name: 'DataFlex', extensions: ['.src', '.pkg', '.vw'],
  detect: [[/cComChilkat/, 8], [/Get Com\w+ Of/i, 4]],
});
