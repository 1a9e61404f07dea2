/**
 * Reads a definition's parameter list in each family's spelling: `ByRef j As ChilkatJsonObject`,
 * `CkJsonObject &json`, `json: HCkJsonObject`, `$oJ`, `j`, `n int` (Go), `n=1` (Python).
 *
 * @example
 * readParameters(tokens, 'AddJwt', vb6, reader).map((p) => p.name); //=> ['j', 'seconds']
 */
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import type { Expression, Parameter } from './nodes.js';

const BY_REFERENCE = new Set(['byref', 'var', 'out', 'inout', 'ref']);
const NOT_NAMES = new Set(['byref', 'byval', 'var', 'const', 'out', 'in', 'ref', 'optional', 'final', 'static', 'struct', 'unsigned', 'inout']);

/** Splits tokens at top-level `sep`s. */
function splitTop(tokens: readonly Token[], separators: readonly string[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.text === '(' || token.text === '[' || token.text === '{') depth += 1;
    if (token.text === ')' || token.text === ']' || token.text === '}') depth -= 1;
    if (depth === 0 && token.type === 'op' && separators.includes(token.text)) parts.push([]);
    else parts.at(-1)?.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

function one(part: readonly Token[], spec: LanguageSpec, expression: (tokens: readonly Token[], line: number) => Expression): Parameter | undefined {
  const eq = part.findIndex((token) => token.text === '=');
  const head = eq < 0 ? part : part.slice(0, eq);
  const defaultValue = eq < 0 ? undefined : expression(part.slice(eq + 1), part[0]?.line ?? 0);
  const byReference = head.some((token) => BY_REFERENCE.has(token.text.toLowerCase()) || token.text === '&');
  const idents = head.filter((token) => token.type === 'ident' && !NOT_NAMES.has(token.text.toLowerCase()));
  const text = (tokens: readonly Token[]): string => tokens.map((token) => token.text).join('');
  let name: string | undefined;
  let type: string | undefined;
  const colon = head.findIndex((token) => token.text === ':');
  const as = head.findIndex((token) => token.type === 'ident' && token.text.toLowerCase() === 'as');
  if (colon > 0) {
    name = head.slice(0, colon).filter((token) => token.type === 'ident' && !NOT_NAMES.has(token.text.toLowerCase())).at(-1)?.text;
    type = text(head.slice(colon + 1));
  } else if (as > 0) {
    name = head.slice(0, as).filter((token) => token.type === 'ident' && !NOT_NAMES.has(token.text.toLowerCase())).at(-1)?.text;
    type = text(head.slice(as + 1));
  } else if (spec.id === 'go') {
    name = idents[0]?.text;
    type = text(head.slice(1));
  } else {
    name = idents.at(-1)?.text;
    const at = head.findIndex((token) => token.text === name);
    type = at > 0 ? text(head.slice(0, at)).replace(/^(?:const)/, '') : undefined;
  }
  if (name === undefined) return undefined;
  return { name, ...(type === undefined || type === '' ? {} : { type }), byReference, ...(defaultValue === undefined ? {} : { defaultValue }) };
}

/**
 * Reads the parameters of a definition header.
 *
 * @param header - The definition statement's tokens.
 * @param name - The definition's name (the list follows it).
 * @param spec - The language.
 * @param reader - Reads a default value's tokens.
 * @returns The parameters in order (none when the header has no list).
 * @example
 * readParameters(tokenize('def f(a, b=1):', python), 'f', python, reader).length; //=> 2
 */
export function readParameters(header: readonly Token[], name: string, spec: LanguageSpec, reader: { expression(tokens: readonly Token[], line: number): Expression }): Parameter[] {
  const at = header.findIndex((token, index) => token.text === name && header[index + 1]?.text === '(');
  if (at < 0) return [];
  let depth = 0;
  let close = -1;
  for (let index = at + 1; index < header.length; index += 1) {
    const text = header[index]?.text;
    if (text === '(') depth += 1;
    if (text === ')') depth -= 1;
    if (depth === 0) {
      close = index;
      break;
    }
  }
  const inside = header.slice(at + 2, close < 0 ? header.length : close);
  // Pascal separates groups with `;` (`a, b: Integer; c: string`).
  const parts = spec.loops === 'delphi' ? splitTop(inside, [';']).flatMap((group) => {
    const colon = group.findIndex((token) => token.text === ':');
    const names = splitTop(colon < 0 ? group : group.slice(0, colon), [',']);
    return names.map((names_) => [...names_, ...(colon < 0 ? [] : group.slice(colon))]);
  }) : splitTop(inside, [',']);
  const out: Parameter[] = [];
  for (const part of parts) {
    if (part.length === 1 && part[0]?.text.toLowerCase() === 'void') continue;
    const parameter = one(part, spec, (tokens, line) => reader.expression(tokens, line));
    if (parameter) out.push(parameter);
  }
  return out;
}
