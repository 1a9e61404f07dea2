/**
 * Drops PureBasic's type suffixes before the statement reader sees the tokens: `http.i`, `name.s` and
 * `Dim docks.s(2)` name `http`, `name` and `docks` (the suffix is the variable's type, written at its
 * first use and allowed at any other). A name followed by `::` is a module, never suffixed.
 *
 * @example
 * dropTypeSuffixes(tokenize('http.i = 0', purebasic), purebasic).map((token) => token.text); //=> ['http', '=', '0']
 */
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';

/**
 * The tokens without type suffixes (unchanged for a language that has none).
 *
 * @param tokens - The script's tokens.
 * @param spec - The language; its `typeSuffixes` lists the suffix letters.
 * @returns The tokens to read.
 * @example
 * dropTypeSuffixes(tokens, csharp) === tokens; //=> true
 */
export function dropTypeSuffixes(tokens: readonly Token[], spec: LanguageSpec): readonly Token[] {
  const suffixes = spec.typeSuffixes;
  if (suffixes === undefined) return tokens;
  const out: Token[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token === undefined) break;
    out.push(token);
    const dot = tokens[at + 1];
    const suffix = tokens[at + 2];
    const after = tokens[at + 3];
    // `a.b.c` is not a suffix; a suffix ends the name.
    const suffixed = token.type === 'ident' && dot?.type === 'op' && dot.text === '.' && suffix?.type === 'ident' && suffixes.includes(suffix.text.toLowerCase()) && !(after?.type === 'op' && after.text === '.');
    if (suffixed) at += 2;
  }
  return out;
}
