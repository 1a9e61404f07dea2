/**
 * Classic ASP's `Server.HTMLEncode`: `<`, `>`, `&` and `"` become `&lt;`,
 * `&gt;`, `&amp;` and `&quot;`. A character past 0x7F becomes `&#n;` with its
 * value in the page's code page, which a port cannot know: text holding one
 * is refused (at run time in a ported module), never encoded by a guess.
 *
 * @example
 * aspHtmlEncode('The paragraph tag: <P>'); //=> 'The paragraph tag: &lt;P&gt;'
 */
import { type Rule } from './builtin.js';
import { BuiltinUnsupportedError } from './errors.js';
import { emitText, textOf, type TextRules } from './text-rules.js';
import { operand } from './emit.js';
import { text } from './value.js';

// https://learn.microsoft.com/previous-versions/iis/6.0-sdk/ms525347(v=vs.90)
const DOC = 'https://learn.microsoft.com/previous-versions/iis/6.0-sdk/ms525347(v=vs.90)';
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/**
 * Encodes text the way `Server.HTMLEncode` does on an ASCII page.
 *
 * @param value - The text.
 * @returns The encoded text.
 * @throws {@link BuiltinUnsupportedError} for a character past 0x7F (its number depends on the page's code page).
 * @example
 * aspHtmlEncode('a & "b"'); //=> 'a &amp; &quot;b&quot;'
 */
export function aspHtmlEncode(value: string): string {
  if (/[^\0-\x7F]/.test(value)) throw new BuiltinUnsupportedError('Server.HTMLEncode', 'text with a character past 0x7F (its number depends on the page\'s code page)');
  return value.replace(/[<>&"]/g, (character) => ENTITIES[character] ?? character);
}

/**
 * The `Server.HTMLEncode` rule over a language's text rules.
 *
 * @example
 * htmlEncode('Server.HTMLEncode', TEXT_RULES.vb).emit([{ code: 'body', kind: 'text' }]).code; //=> 'aspHtmlEncode(body)'
 */
export function htmlEncode(builtin: string, rules: TextRules): Rule {
  return {
    call: 'function',
    doc: DOC,
    run: (args) => text(aspHtmlEncode(textOf(rules, args[0] ?? text(''), builtin, 0))),
    emit: (args) => {
      const [value] = args;
      if (value === undefined) throw new BuiltinUnsupportedError(builtin, 'a call without its text');
      const converted = emitText(rules, value, builtin, 0);
      return { code: `aspHtmlEncode(${operand(converted.code)})`, kind: 'text', imports: [...(converted.imports ?? []), 'aspHtmlEncode'] };
    },
  };
}
