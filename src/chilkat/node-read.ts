import { emitChilkatNode } from './emit-chilkat.js';
import type { ChilkatNode } from './model.js';
import { parseChilkatInt, unescapeChilkatText } from './text.js';

/**
 * The text StringOf returns for a node: strings and numbers unescaped, literals by name, arrays as
 * compact JSON, placeholders as `{}`; undefined for a real object (Chilkat returns null there).
 *
 * @example
 * readChilkatText({ kind: 'string', text: 'a\\"b' }); //=> 'a"b'
 */
export function readChilkatText(node: ChilkatNode): string | undefined {
  switch (node.kind) {
    case 'string':
    case 'number':
      return unescapeChilkatText(node.text);
    case 'object':
      return undefined;
    case 'array':
      return emitChilkatNode(node, { compact: true, crlf: false });
    case 'placeholder':
      return '{}';
    default:
      return node.kind;
  }
}

/**
 * IntOf's reading of a node: leading blanks and one sign, then digits with 32-bit wrap-around.
 *
 * @example
 * readChilkatInt({ kind: 'string', text: '12abc' }); //=> 12
 */
export function readChilkatInt(node: ChilkatNode | undefined): number {
  const text = node === undefined ? undefined : readChilkatText(node);
  return text === undefined ? 0 : parseChilkatInt(text);
}

/**
 * BoolOf's reading of a node: true only for the text `true` in any letter case.
 *
 * @example
 * readChilkatBool({ kind: 'string', text: 'TRUE' }); //=> true
 */
export function readChilkatBool(node: ChilkatNode | undefined): boolean {
  const text = node === undefined ? undefined : readChilkatText(node);
  return text !== undefined && text.toLowerCase() === 'true';
}

/**
 * Chilkat's type code: 1 string, 2 number, 3 object, 4 array, 5 bool, 6 null, -1 missing.
 *
 * @example
 * chilkatTypeCode({ kind: 'placeholder' }); //=> 3
 */
export function chilkatTypeCode(node: ChilkatNode | undefined): number {
  switch (node?.kind) {
    case 'string':
      return 1;
    case 'number':
      return 2;
    case 'object':
    case 'placeholder':
      return 3;
    case 'array':
      return 4;
    case 'true':
    case 'false':
      return 5;
    case 'null':
      return 6;
    default:
      return -1;
  }
}
