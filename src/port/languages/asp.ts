import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * Classic ASP: VBScript with `Server.CreateObject(...)` inside `<% %>`.
 *
 * @example
 * findLanguage('asp')?.name; //=> 'Classic ASP'
 */
export const asp: LanguageSpec = basicFamily({
  id: 'asp', name: 'Classic ASP', extensions: ['.asp'],
  blockComments: [['<!--', '-->']],
  detect: [[/Server\.CreateObject\(/i, 6], [/<%/, 4], [/Response\.Write/i, 2]],
});
