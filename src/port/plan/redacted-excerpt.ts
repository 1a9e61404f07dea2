/**
 * A line of the script as quoted in a `TODO(pathpatch)` comment, with its
 * credentials masked.
 *
 * @example
 * redactedExcerpt('Authorization: Bearer abc'); //=> 'Authorization: Bearer ***'
 */
import { isSecretName } from '../../send/redact.js';
import { isSecretHeader } from './secret-text.js';

/** The longest source excerpt quoted in a TODO comment (an unterminated string can make a line the whole file). */
const MAX_EXCERPT = 200;

/**
 * A source line as quoted in a TODO comment, without the credentials it may
 * hold: URL userinfo, query values under secret-looking names, values shaped
 * like keys or tokens, and the string literals of a line that sets a secret
 * header or `AuthToken`/`Login`/`Password` become `***`.
 *
 * @param source - A line of the script.
 * @returns The line, safe to write into generated code.
 * @example
 * redactedExcerpt('x = "https://a:b@h.example/?api_key=K"'); //=> 'x = "https://***@h.example/?api_key=***"'
 */
export function redactedExcerpt(source: string): string {
  // Every pattern starts only where a word starts: a scan from each letter of a long run would be quadratic.
  let text = source
    .replace(/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s"']*@/gi, '$1***@')
    .replace(/([?&])([^=&#\s"'?]+)=([^&#\s"']*)/g, (all, mark: string, name: string) => (isSecretName(name) ? `${mark}${name}=***` : all))
    .replace(/\b(Bearer|Basic|Digest|Token)\s+[^\s"']+/gi, '$1 ***')
    .replace(/(?<![\w-])(?:(?:[spr]k_(?:live|test)_|gh[pousr]_|github_pat_|xox[abprs]-)[\w-]*|AKIA[0-9A-Z]{12,}|eyJ[\w-]{8,}\.[\w.-]*)/g, '***');
  // A literal left open runs to the end of the excerpt: it is masked too.
  const literal = /"(?:[^"\\]|\\.)*(?:"|$)|'(?:[^'\\]|\\.)*(?:'|$)/g;
  const setsSecret = /AuthToken|Password|Login/i.test(text);
  const header = /SetRequestHeader\W*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/i.exec(text);
  const name = header?.[1]?.slice(1, -1);
  if (setsSecret || (name !== undefined && isSecretHeader(name))) {
    let first = true;
    text = text.replace(literal, (all) => {
      const keep = !setsSecret && first;
      first = false;
      return keep ? all : `${all[0] ?? '"'}***${all[0] ?? '"'}`;
    });
  }
  // Cut after masking, so a cut never leaves half a secret unmasked.
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}… (${String(text.length - MAX_EXCERPT)} more characters)` : text;
}
