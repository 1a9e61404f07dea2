/**
 * Declarations that start with a type name and no keyword — PowerBuilder's `integer li_rc, li_n`,
 * `constant string TENANT = "…"`, `string ls_days[] = {"a", "b"}`, DataFlex's `Handle hoJson` — read
 * with the language's table of type names (`declarationTypes`) and array base (`arrayBase`).
 *
 * @example
 * readTypedDeclaration(tokenize('integer li_rc', powerbuilder), powerbuilder, place); //=> [{ kind: 'declare', name: 'li_rc', ... }]
 */
import { parseWhole } from '../expression.js';
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import type { Expression, SourcePlace, Statement } from './nodes.js';
import { toExpression } from './read-expression.js';

const SCOPES = new Set(['global', 'shared', 'instance', 'local', 'public', 'private', 'protected']);

function lower(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text.toLowerCase() : '';
}

/** `tokens` split at commas outside brackets. */
function splitAtCommas(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'op' && ['(', '[', '{'].includes(token.text)) depth += 1;
    if (token.type === 'op' && [')', ']', '}'].includes(token.text)) depth -= 1;
    if (depth === 0 && token.type === 'op' && token.text === ',') parts.push([]);
    else parts.at(-1)?.push(token);
  }
  return parts;
}

function number(value: number): Expression {
  return { kind: 'number', text: String(value) };
}

/** One declared name: a scalar with its value or the type's initial one, or an array with its elements. */
function declareOne(part: readonly Token[], type: string, constant: boolean, spec: LanguageSpec, place: SourcePlace): Statement[] {
  const name = part[0]?.text ?? '';
  const unreadable = (): Statement[] => [{ kind: 'unsupported', ...place, message: `cannot read the declaration of ${name}`, target: name }];
  if (part[0]?.type !== 'ident') return unreadable();
  const equals = part.findIndex((token) => token.type === 'op' && token.text === '=');
  const parsed = equals < 0 ? undefined : parseWhole(part.slice(equals + 1), spec);
  if (equals >= 0 && parsed === undefined) return unreadable();
  const value = parsed === undefined ? undefined : toExpression(parsed, spec);
  const head = equals < 0 ? part : part.slice(0, equals);
  if (head[1]?.text !== '[') {
    if (head.length !== 1) return unreadable();
    const initial = spec.declarationTypes?.[type];
    const start: Expression | undefined = value ?? (initial === undefined ? undefined : typeof initial === 'number' ? number(initial) : typeof initial === 'string' ? { kind: 'string', value: initial } : { kind: 'boolean', value: initial });
    return [{ kind: 'declare', ...place, name, constant, type, ...(start === undefined ? {} : { value: start }) }];
  }
  // `name[size]`, `name[]`, with `= {items}`: elements from the language's base, set one by one.
  const base = spec.arrayBase ?? 0;
  const sizeTokens = head.slice(2, -1);
  const size = sizeTokens.length === 0 ? undefined : parseWhole(sizeTokens, spec);
  if (head.at(-1)?.text !== ']' || (sizeTokens.length > 0 && size === undefined)) return unreadable();
  if (value !== undefined && value.kind !== 'list') return unreadable();
  const items = value?.kind === 'list' ? value.items : [];
  const upper: Expression = size === undefined ? number(base + items.length - 1) : { kind: 'binary', op: '+', left: toExpression(size, spec), right: number(base - 1) };
  const elements: Statement[] = items.map((item, at) => ({ kind: 'assign', ...place, target: { kind: 'index', object: { kind: 'name', name }, index: number(base + at) }, op: '=', value: item }));
  return [{ kind: 'declare', ...place, name, constant, type, lowerBound: number(base), upperBound: upper }, ...elements];
}

/**
 * Reads a declaration that starts with a type name, if the statement is one.
 *
 * @param tokens - The statement's tokens.
 * @param spec - The language (its `declarationTypes`).
 * @param place - The statement's line and source.
 * @returns The declarations (and element assignments), or `undefined` when the statement is not one.
 * @example
 * readTypedDeclaration(tokenize('string ls_a = "x"', powerbuilder), powerbuilder, place)?.[0]?.kind; //=> 'declare'
 */
export function readTypedDeclaration(tokens: readonly Token[], spec: LanguageSpec, place: SourcePlace): Statement[] | undefined {
  const types = spec.declarationTypes;
  if (types === undefined) return undefined;
  let at = 0;
  while (SCOPES.has(lower(tokens[at])) && tokens[at + 1]?.type === 'ident') at += 1;
  const constant = lower(tokens[at]) === 'constant';
  if (constant) at += 1;
  const type = lower(tokens[at]);
  if (!Object.hasOwn(types, type) || tokens[at + 1]?.type !== 'ident') return undefined;
  return splitAtCommas(tokens.slice(at + 1)).flatMap((part) => declareOne(part, type, constant, spec, place));
}
