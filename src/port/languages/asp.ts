/**
 * Classic ASP: VBScript with `Server.CreateObject(...)` inside `<% %>`.
 *
 * @example
 * findLanguage('asp')?.name; //=> 'Classic ASP'
 */
import { basicFamily } from './families.js';
import type { LanguageSpec } from '../language-spec.js';

/** The `asp` entry of the language table. */
export const asp: LanguageSpec = basicFamily({
  id: 'asp', name: 'Classic ASP', extensions: ['.asp'],
  blockComments: [['<!--', '-->']],
  detect: [[/Server\.CreateObject\(/i, 6], [/<%/, 4], [/Response\.Write/i, 2]],
});
