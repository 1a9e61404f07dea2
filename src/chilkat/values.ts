import type { ChilkatNode } from './model.js';
import { escapeChilkatText, explainInvalidKeyText, findLoneSurrogate, formatChilkatInt, isJsonNumberText } from './text.js';

/** A value turned into a node, or the reason it was refused. */
export type ChilkatValueResult = { readonly node: ChilkatNode } | { readonly refused: string };

/** The phrase every "would not be valid JSON" refusal carries, so that callers and tools can tell them apart. */
export const INVALID_JSON_PHRASE = 'would not be valid JSON';

/**
 * Makes a string node with Chilkat's escaping; a lone surrogate is refused unless `allowInvalid`.
 *
 * @example
 * makeStringValue('a"b', false); //=> { node: { kind: 'string', text: 'a\\"b' } }
 */
export function makeStringValue(value: unknown, allowInvalid: boolean): ChilkatValueResult {
  if (typeof value !== 'string') return { refused: `the value must be a string, not ${describeType(value)}` };
  const lone = findLoneSurrogate(value);
  if (lone >= 0 && !allowInvalid) {
    return { refused: `the value has a lone surrogate at ${lone}; Chilkat writes it as bytes that ${INVALID_JSON_PHRASE} (UTF-8)` };
  }
  return { node: { kind: 'string', text: escapeChilkatText(value) } };
}

/**
 * Makes a number node as UpdateNumber does: first `,` becomes `.`, `true`/`false`/`null` become
 * literals, the rest is escaped and kept; text that is not a JSON number is refused unless `allowInvalid`.
 *
 * @example
 * makeNumberValue('1,5', false); //=> { node: { kind: 'number', text: '1.5' } }
 * makeNumberValue('01', false); //=> { refused: ... }
 */
export function makeNumberValue(value: unknown, allowInvalid: boolean): ChilkatValueResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) && !allowInvalid) return { refused: `${String(value)} ${INVALID_JSON_PHRASE}` };
    value = String(value);
  }
  if (typeof value !== 'string') return { refused: `the value must be numeric text, not ${describeType(value)}` };
  // Chilkat turns the first comma (a decimal comma) into a dot, and only the first.
  const text = value.replace(',', '.');
  if (text === 'true' || text === 'false' || text === 'null') return { node: { kind: text } };
  if (!allowInvalid) {
    if (!isJsonNumberText(text)) return { refused: `the number text ${JSON.stringify(value)} ${INVALID_JSON_PHRASE} (Chilkat would print it unquoted as is)` };
  }
  return { node: { kind: 'number', text: escapeChilkatText(text) } };
}

/**
 * Makes a number node from AddNumberAt's text, which Chilkat keeps with no comma rule and no escaping.
 *
 * @example
 * makeRawNumberValue('2.5', false); //=> { node: { kind: 'number', text: '2.5' } }
 */
export function makeRawNumberValue(value: unknown, allowInvalid: boolean): ChilkatValueResult {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return { refused: `the value must be numeric text, not ${describeType(value)}` };
  if (!allowInvalid && !isJsonNumberText(value) && value !== 'true' && value !== 'false' && value !== 'null') {
    return { refused: `the number text ${JSON.stringify(value)} ${INVALID_JSON_PHRASE} (Chilkat would print it as is)` };
  }
  return { node: { kind: 'number', text: value } };
}

/**
 * Makes an int node; the value must be a 32-bit integer (what every Chilkat binding but Node's enforces by type).
 *
 * @example
 * makeIntValue(-2147483648); //=> { node: { kind: 'number', text: '-8' } }
 */
export function makeIntValue(value: unknown): ChilkatValueResult {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -2147483648 || value > 2147483647) {
    return { refused: `the value must be a 32-bit integer, not ${describeValue(value)}` };
  }
  return { node: { kind: 'number', text: formatChilkatInt(value) } };
}

/**
 * Makes an unsigned int node; the value must be an integer from 0 to 4294967295.
 *
 * @example
 * makeUIntValue(4294967295); //=> { node: { kind: 'number', text: '4294967295' } }
 */
export function makeUIntValue(value: unknown): ChilkatValueResult {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 4294967295) {
    return { refused: `the value must be an unsigned 32-bit integer, not ${describeValue(value)}` };
  }
  return { node: { kind: 'number', text: String(value) } };
}

/**
 * Makes a boolean node; the value must be a boolean (no JavaScript truthiness).
 *
 * @example
 * makeBoolValue(true); //=> { node: { kind: 'true' } }
 */
export function makeBoolValue(value: unknown): ChilkatValueResult {
  if (typeof value !== 'boolean') return { refused: `the value must be a boolean, not ${describeValue(value)}` };
  return { node: { kind: value ? 'true' : 'false' } };
}

/**
 * Checks a member name given to AppendString, AddStringAt and the like, which Chilkat stores unescaped.
 *
 * @example
 * checkMemberName('a"b', false); //=> 'the name "a\\"b" has an unescaped ...'
 */
export function checkMemberName(name: unknown, allowInvalid: boolean): string | undefined {
  if (typeof name !== 'string') return `the name must be a string, not ${describeType(name)}`;
  if (allowInvalid) return undefined;
  const problem = explainInvalidKeyText(name);
  return problem === undefined ? undefined : `the name ${JSON.stringify(name)} has ${problem}; Chilkat prints names unescaped, so it ${INVALID_JSON_PHRASE}`;
}

function describeType(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

function describeValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : describeType(value);
}
