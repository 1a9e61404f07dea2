/**
 * Text built-ins shared by many languages, each a rule factory that a
 * language's table names: case conversion, trimming, length, replacing,
 * capitalising. Where languages differ (what `Trim` removes, whether `len`
 * counts UTF-16 units, code points or bytes) the difference is a parameter.
 *
 * @example
 * lowerCase('LCase', TEXT_RULES.vb, 'function', 'https://example.com').run([text('A')]); //=> { kind: 'text', value: 'a' }
 */
import { argument, type Rule } from './builtin.js';
import { BuiltinArgumentError, BuiltinUnsupportedError } from './errors.js';
import { emitText, textOf, type TextRules } from './text-rules.js';
import { operand, type Emitted, type Operand } from './emit.js';
import { integer, text, type ScriptValue } from './value.js';

/** The text of argument `position`, converted the language's way. */
function textArg(rules: TextRules, args: readonly ScriptValue[], position: number, builtin: string): string {
  return textOf(rules, argument(args, position, builtin), builtin, position);
}

/** The code of argument `position` as text, converted the language's way. */
function textCode(rules: TextRules, args: readonly Operand[], position: number, builtin: string): Emitted {
  return emitText(rules, argument(args, position, builtin), builtin, position);
}

function mapText(builtin: string, rules: TextRules, call: Rule['call'], doc: string, run: (value: string) => string, method: string): Rule {
  return {
    call,
    doc,
    run: (args) => text(run(textArg(rules, args, 0, builtin))),
    emit: (args) => {
      const value = textCode(rules, args, 0, builtin);
      return { code: `${operand(value.code)}.${method}`, kind: 'text', ...(value.imports ? { imports: value.imports } : {}) };
    },
  };
}

/**
 * Lower case (`LCase`, `.ToLower()`, `strtolower`, `lc`, `lower()`, `downcase`).
 *
 * @example
 * lowerCase('lc', TEXT_RULES.perl, 'function', DOC).emit([{ code: 'name', kind: 'text' }]).code; //=> 'name.toLowerCase()'
 */
export function lowerCase(builtin: string, rules: TextRules, call: Rule['call'], doc: string): Rule {
  return mapText(builtin, rules, call, doc, (value) => value.toLowerCase(), 'toLowerCase()');
}

/**
 * Upper case (`UCase`, `.ToUpper()`, `strtoupper`, `uc`, `upper()`, `upcase`).
 *
 * @example
 * upperCase('UCase', TEXT_RULES.vb, 'function', DOC).run([text('a')]); //=> { kind: 'text', value: 'A' }
 */
export function upperCase(builtin: string, rules: TextRules, call: Rule['call'], doc: string): Rule {
  return mapText(builtin, rules, call, doc, (value) => value.toUpperCase(), 'toUpperCase()');
}

/**
 * What a trim removes: `space` (VB `Trim`, FoxPro `ALLTRIM`: the space character only), `control` (Java `trim()`,
 * Delphi `Trim`: every character up to U+0020), `php` (`" \t\n\r\0\x0B"`), `whitespace` (JavaScript's `trim()`: .NET,
 * Python, Go, Ruby, PowerShell).
 *
 * @example
 * const set: TrimSet = 'space';
 */
export type TrimSet = 'space' | 'control' | 'php' | 'whitespace';

const TRIM_CLASS: Readonly<Record<Exclude<TrimSet, 'whitespace'>, string>> = { space: ' ', control: '\\0- ', php: ' \\t\\n\\r\\0\\x0B' };

/**
 * Removes leading and trailing characters of a set.
 *
 * @example
 * trimText('Trim', TEXT_RULES.vb, 'function', DOC, 'space').run([text('\t a ')]); //=> { kind: 'text', value: '\t a' }
 */
export function trimText(builtin: string, rules: TextRules, call: Rule['call'], doc: string, set: TrimSet): Rule {
  if (set === 'whitespace') return mapText(builtin, rules, call, doc, (value) => value.trim(), 'trim()');
  const chars = TRIM_CLASS[set];
  const pattern = new RegExp(`^[${chars}]+|[${chars}]+$`, 'g');
  return mapText(builtin, rules, call, doc, (value) => value.replace(pattern, ''), `replace(/^[${chars}]+|[${chars}]+$/g, '')`);
}

/**
 * How a length counts text: UTF-16 units (VB `Len`, .NET, Java, JavaScript), code points (Python, Ruby, Perl with
 * decoded text), UTF-8 bytes (Go `len`, PHP `strlen`).
 *
 * @example
 * const unit: LengthUnit = 'utf8';
 */
export type LengthUnit = 'utf16' | 'codepoints' | 'utf8';

const LENGTH_CODE: Readonly<Record<LengthUnit, (code: string) => string>> = {
  utf16: (code) => `${operand(code)}.length`,
  codepoints: (code) => `[...${operand(code)}].length`,
  utf8: (code) => `new TextEncoder().encode(${code}).length`,
};

/**
 * The length of text, a list or a dict (`Len`, `.Length`, `len()`, `count()`, `strlen`, `length`, `scalar`, `.Count`).
 *
 * @param what - `text` counts text (numbers converted the language's way), `collection` lists and dicts, `both` either.
 * @example
 * lengthOf('len', TEXT_RULES.python, 'function', DOC, 'codepoints', 'both').run([list([text('a')])]); //=> { kind: 'integer', value: 1 }
 */
export function lengthOf(builtin: string, rules: TextRules, call: Rule['call'], doc: string, unit: LengthUnit, what: 'text' | 'collection' | 'both'): Rule {
  const wrong = (position: number, got: string) => new BuiltinArgumentError(builtin, position, what === 'text' ? 'text' : what === 'collection' ? 'an array, list or dictionary' : 'text or a collection', got);
  return {
    call,
    doc,
    run: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind === 'list' || value.kind === 'dict') {
        if (what === 'text') throw wrong(0, `a ${value.kind}`);
        return integer(value.kind === 'list' ? value.items.length : value.entries.length);
      }
      if (what === 'collection') throw wrong(0, `a ${value.kind}`);
      const content = textOf(rules, value, builtin, 0);
      return integer(unit === 'utf16' ? content.length : unit === 'codepoints' ? [...content].length : new TextEncoder().encode(content).length);
    },
    emit: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind === 'list' || value.kind === 'dict') {
        if (what === 'text') throw wrong(0, `a ${value.kind}`);
        return { code: `${operand(value.code)}.${value.kind === 'list' ? 'length' : 'size'}`, kind: 'integer' };
      }
      if (what === 'collection') throw wrong(0, value.kind === 'unknown' ? 'a value the porter cannot type' : `a ${value.kind}`);
      const content = emitText(rules, value, builtin, 0);
      return { code: LENGTH_CODE[unit](content.code), kind: 'integer', ...(content.imports ? { imports: content.imports } : {}) };
    },
  };
}

/**
 * Replaces every occurrence of a text (`Replace`, `.Replace`, `str_replace`, `.replace`, `strings.ReplaceAll`).
 *
 * @param order - Where the subject, the text to find and its replacement are among the arguments.
 * @example
 * replaceAll('Replace', TEXT_RULES.vb, 'function', DOC, [0, 1, 2]).run([text('a b'), text(' '), text('-')]); //=> { kind: 'text', value: 'a-b' }
 */
export function replaceAll(builtin: string, rules: TextRules, call: Rule['call'], doc: string, order: readonly [subject: number, find: number, replacement: number]): Rule {
  const [subject, find, replacement] = order;
  return {
    call,
    doc,
    run: (args) => {
      const needle = textArg(rules, args, find, builtin);
      // Languages disagree on an empty search text (VB returns the text, Python inserts between characters).
      if (needle === '') throw new BuiltinUnsupportedError(builtin, 'replacing an empty text');
      return text(textArg(rules, args, subject, builtin).split(needle).join(textArg(rules, args, replacement, builtin)));
    },
    emit: (args) => {
      const parts = [subject, find, replacement].map((position) => textCode(rules, args, position, builtin));
      const [s, f, r] = parts.map((part) => part.code);
      if (f === "''") throw new BuiltinUnsupportedError(builtin, 'replacing an empty text');
      const imports = [...new Set(parts.flatMap((part) => part.imports ?? []))];
      return { code: `${operand(s ?? '')}.split(${f ?? ''}).join(${r ?? ''})`, kind: 'text', ...(imports.length > 0 ? { imports } : {}) };
    },
  };
}

/**
 * First character upper case; `rest` says what happens to the others (Ruby's `capitalize` lowers them, PHP's and Perl's `ucfirst` keep them).
 *
 * @example
 * capitalise('capitalize', TEXT_RULES.ruby, 'method', DOC, 'lower').run([text('dOCS')]); //=> { kind: 'text', value: 'Docs' }
 */
export function capitalise(builtin: string, rules: TextRules, call: Rule['call'], doc: string, rest: 'lower' | 'keep'): Rule {
  const tail = rest === 'lower' ? '.slice(1).toLowerCase()' : '.slice(1)';
  return {
    call,
    doc,
    run: (args) => {
      const value = textArg(rules, args, 0, builtin);
      return text(value.charAt(0).toUpperCase() + (rest === 'lower' ? value.slice(1).toLowerCase() : value.slice(1)));
    },
    emit: (args) => {
      const value = textCode(rules, args, 0, builtin);
      const code = operand(value.code);
      return { code: `${code}.charAt(0).toUpperCase() + ${code}${tail}`, kind: 'text', ...(value.imports ? { imports: value.imports } : {}) };
    },
  };
}
