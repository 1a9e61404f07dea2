/**
 * Spells values, names and types as TypeScript source text.
 *
 * @example
 * tsString("it's"); //=> "'it\\'s'"
 */
import { storedText } from '../stored-text.js';
import type { ChilkatNode } from '../../chilkat/model.js';

const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends',
  'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this',
  'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'let', 'static', 'yield', 'await', 'env', 'main', 'send',
  'payload', 'rawNumber', 'buildPayload', 'response', 'process', 'console',
]);

/**
 * A single-quoted TypeScript string literal; non-ASCII text stays as written.
 *
 * @param text - Any text.
 * @returns The literal.
 * @example
 * tsString('a\nb'); //=> "'a\\nb'"
 */
export function tsString(text: string): string {
  const body = text.replace(/[\\'\p{Cc}\u2028\u2029]/gu, (ch) => {
    switch (ch) {
      case '\\': return '\\\\';
      case "'": return "\\'";
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      case '\b': return '\\b';
      case '\f': return '\\f';
      default: return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${body}'`;
}

/**
 * A valid TypeScript variable name for a script variable (`$oJson` → `oJson`).
 *
 * @param name - The script's name.
 * @returns A safe identifier.
 * @example
 * tsIdentifier('@json'); //=> 'json'
 */
export function tsIdentifier(name: string): string {
  let id = name.replace(/^[$@%&]+/, '').replace(/[^\w$]/g, '_');
  if (id === '' || /^\d/.test(id)) id = `_${id}`;
  return RESERVED.has(id) ? `${id}_` : id;
}

/**
 * A property name for an interface or object literal, quoted when needed.
 *
 * @param key - A JSON member name.
 * @returns The property name as source text.
 * @example
 * tsPropertyName('a.b'); //=> "'a.b'"
 */
export function tsPropertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : tsString(key);
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * How a number's exact text is written: a plain literal when JavaScript keeps
 * the text, `rawNumber('…')` when only the raw text is exact, `undefined` when
 * it is not a JSON number at all.
 *
 * @param text - Numeric text as Chilkat stores it.
 * @returns Source text, or `undefined`.
 * @example
 * numberSource('1.50'); //=> "rawNumber('1.50')"
 */
export function numberSource(text: string): string | undefined {
  if (!JSON_NUMBER.test(text)) return undefined;
  return String(Number(text)) === text ? text : `rawNumber(${tsString(text)})`;
}

/**
 * A TypeScript expression for a JSON value of the evaluated document.
 *
 * @param node - A node of the evaluated document.
 * @returns Source text, or `undefined` when the value cannot be written (a non-JSON number).
 * @example
 * valueSource({ kind: 'true' }); //=> 'true'
 */
export function valueSource(node: ChilkatNode): string | undefined {
  switch (node.kind) {
    case 'string': return tsString(storedText(node.text));
    case 'number': return numberSource(node.text);
    case 'true': case 'false': case 'null': return node.kind;
    case 'array': return node.items.length === 0 ? '[]' : undefined;
    case 'object':
    case 'placeholder': return node.kind === 'object' && node.members.length > 0 ? undefined : '{}';
  }
}

/**
 * Makes text safe inside a generated comment: line breaks (CR, LF, U+2028,
 * U+2029) would end a line comment and leave the rest as code, and a star
 * followed by a slash would end a block comment, so breaks become spaces and
 * that pair gets a backslash between its two characters.
 * Used for every file name, message and source excerpt put in a comment.
 *
 * @param text - Any text.
 * @returns The text on one line, without a comment terminator.
 * @example
 * commentText('a\nb'); //=> 'a b'
 */
export function commentText(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/\*\//g, '*\\/');
}
