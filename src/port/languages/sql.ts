import { sqlFamily } from './families-extra.js';
import type { LanguageSpec } from '../language-spec.js';

/**
 * SQL Server T-SQL: OLE automation with `sp_OACreate`, `sp_OAMethod`, `sp_OASetProperty`; `--` comments; doubled quotes in strings.
 *
 * @example
 * findLanguage('sql')?.name; //=> 'SQL Server'
 */
export const sql: LanguageSpec = sqlFamily({
  id: 'sql', name: 'SQL Server', extensions: ['.sql'], aliases: ['tsql', 'sqlserver'],
  detect: [[/sp_OACreate/i, 8], [/sp_OAMethod/i, 4]],
});
