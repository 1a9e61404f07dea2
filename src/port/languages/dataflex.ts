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
  // Declarations name a type first (`Handle hoJson`, `Integer i`); the porter gives them no starting value.
  declarationTypes: {
    handle: undefined, integer: undefined, string: undefined, boolean: undefined, variant: undefined, number: undefined, real: undefined,
    bigint: undefined, uinteger: undefined, date: undefined, datetime: undefined, char: undefined, address: undefined, time: undefined,
  },
  detect: [[/cComChilkat/, 8], [/Get Com\w+ Of/i, 4]],
});
