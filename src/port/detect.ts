/**
 * Finds the language of a script: `--lang` wins; otherwise each language's
 * weighted patterns are scored, with a bonus for a matching file extension.
 *
 * @example
 * detectLanguage('$oJson = ObjCreate("Chilkat.JsonObject")').id; //=> 'autoit'
 */
import { extname } from 'node:path';
import type { LanguageSpec } from './language-spec.js';
import { LANGUAGES } from './languages/index.js';

/**
 * Options of {@link detectLanguage}.
 *
 * @example
 * detectLanguage(source, { file: 'update.pas', lang: 'delphi-dll' });
 */
export interface DetectOptions {
  /** A language id or alias that overrides detection. */
  readonly lang?: string;
  /** The script's file name, whose extension adds to the score. */
  readonly file?: string;
}

/**
 * Thrown for an unknown `--lang` or a script no language matches.
 *
 * @example
 * detectLanguage('x', { lang: 'cobol' }); // throws: unknown language "cobol"; known languages: autoit, ...
 */
export class UnknownLanguageError extends Error {
  override readonly name = 'UnknownLanguageError';
  readonly known: readonly string[];

  constructor(message: string) {
    super(`${message}; known languages: ${LANGUAGES.map((spec) => spec.id).join(', ')}`);
    this.known = LANGUAGES.map((spec) => spec.id);
  }
}

const EXTENSION_BONUS = 3;

/**
 * Looks a language up by id or alias, ignoring case.
 *
 * @param id - e.g. `autoit`, `phpExt`, `golang`.
 * @returns The language, or `undefined`.
 * @example
 * findLanguage('golang')?.id; //=> 'go'
 */
export function findLanguage(id: string): LanguageSpec | undefined {
  const wanted = id.toLowerCase();
  return LANGUAGES.find((spec) => spec.id === wanted || (spec.aliases ?? []).some((alias) => alias.toLowerCase() === wanted));
}

/**
 * Scores every language against a script, best first.
 *
 * @param source - The script text.
 * @param file - Its file name, if known.
 * @returns Languages with a positive score, highest first.
 * @example
 * scoreLanguages('set json [new_CkJsonObject]')[0]?.spec.id; //=> 'tcl'
 */
export function scoreLanguages(source: string, file?: string): { spec: LanguageSpec; score: number }[] {
  const extension = file === undefined ? '' : extname(file).toLowerCase();
  return LANGUAGES.map((spec) => {
    let score = spec.detect.reduce((total, [pattern, weight]) => total + (pattern.test(source) ? weight : 0), 0);
    if (score > 0 && extension !== '' && spec.extensions.includes(extension)) score += EXTENSION_BONUS;
    return { spec, score };
  })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
}

/**
 * Detects a script's language.
 *
 * @param source - The script text.
 * @param options - `lang` to override, `file` for the extension hint.
 * @returns The language.
 * @throws {@link UnknownLanguageError} for an unknown `lang` or when nothing matches.
 * @example
 * detectLanguage('x', { lang: 'vb6' }).name; //=> 'Visual Basic 6'
 */
export function detectLanguage(source: string, options: DetectOptions = {}): LanguageSpec {
  if (options.lang !== undefined) {
    const spec = findLanguage(options.lang);
    if (!spec) throw new UnknownLanguageError(`unknown language "${options.lang}"`);
    return spec;
  }
  const best = scoreLanguages(source, options.file)[0];
  if (!best) throw new UnknownLanguageError('cannot tell the language of this script (use --lang)');
  return best.spec;
}
