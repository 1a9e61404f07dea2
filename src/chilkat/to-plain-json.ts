import { JsonValueError } from '../errors/index.js';
import { rawNumber, type RawNumber } from '../json/index.js';
import { formatPath } from '../path/index.js';
import type { ChilkatNode, ChilkatObjectNode } from './model.js';
import { explainInvalidKeyText, findLoneSurrogate, isJsonNumberText } from './text.js';

/** A plain JSON value as the strict core takes it; numbers with exact text stay raw numbers. */
export type PlainJsonValue = string | boolean | null | RawNumber | PlainJsonValue[] | { [key: string]: PlainJsonValue };

function decodeStoredText(raw: string): string | undefined {
  if (explainInvalidKeyText(raw) !== undefined) return undefined;
  // Stored text that passed the check is valid JSON string content, so JSON.parse reads it exactly.
  return JSON.parse(`"${raw}"`) as string;
}

/**
 * Converts a Chilkat document to a plain JSON value for `payload()`, or says what cannot convert.
 *
 * Numbers become raw numbers (their text is kept, `1.50` stays `1.50`).
 *
 * @throws {JsonValueError} for duplicate keys, key or string text that is not valid JSON,
 *   number text that is not a JSON number, and placeholder objects; the error names the path.
 * @example
 * convertToPlainJson({ kind: 'object', members: [{ key: 'a', value: { kind: 'true' } }], everHadMembers: true }); //=> { a: true }
 */
export function convertToPlainJson(root: ChilkatObjectNode): { [key: string]: PlainJsonValue } {
  return convertObject(root, []);
}

function convertObject(node: ChilkatObjectNode, path: (string | number)[]): { [key: string]: PlainJsonValue } {
  const out: { [key: string]: PlainJsonValue } = {};
  const seen = new Set<string>();
  for (const member of node.members) {
    const key = decodeStoredText(member.key);
    if (key === undefined) {
      throw new JsonValueError(formatPath(path), `the key text ${JSON.stringify(member.key)}`, 'a key that is valid JSON string text', explainInvalidKeyText(member.key));
    }
    if (seen.has(key)) {
      throw new JsonValueError(formatPath([...path, key]), 'a duplicate key', 'unique keys', 'Chilkat keeps duplicates from Load; a plain JSON object cannot');
    }
    seen.add(key);
    // defineProperty keeps `__proto__` an own data key; payload() then applies its protoKeys policy.
    Object.defineProperty(out, key, { value: convertNode(member.value, [...path, key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function convertNode(node: ChilkatNode, path: (string | number)[]): PlainJsonValue {
  switch (node.kind) {
    case 'object':
      return convertObject(node, path);
    case 'array':
      return node.items.map((item, index) => convertNode(item, [...path, index]));
    case 'placeholder':
      throw new JsonValueError(formatPath(path), 'a placeholder object (UpdateNewObject at an array index)', 'a JSON value', 'Chilkat prints it as {} but it is not a usable object; use UpdateNewObject on a member or a longer path');
    case 'string': {
      const text = decodeStoredText(node.text);
      if (text === undefined || findLoneSurrogate(text) >= 0) {
        throw new JsonValueError(formatPath(path), `the string text ${JSON.stringify(node.text)}`, 'valid JSON string text');
      }
      return text;
    }
    case 'number':
      if (!isJsonNumberText(node.text)) {
        throw new JsonValueError(formatPath(path), `the number text ${JSON.stringify(node.text)}`, 'JSON number text');
      }
      return rawNumber(node.text);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
  }
}
