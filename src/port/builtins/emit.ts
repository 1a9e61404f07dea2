/**
 * What a built-in's TypeScript emitter takes and gives: argument code with the
 * kind of value it holds (the translator knows it from declarations and
 * literals), and code with the kind of its result plus what it needs from
 * `pathpatch/port` at run time (the same functions `run` uses).
 *
 * @example
 * operand('a + b'); //=> '(a + b)'
 */
import type { ValueKind } from './value.js';

/**
 * One argument as TypeScript code.
 *
 * @example
 * const arg: Operand = { code: 'name', kind: 'text' };
 */
export interface Operand {
  readonly code: string;
  /** What the code holds; `unknown` when the translator cannot tell (emitters that need a kind refuse it). */
  readonly kind: ValueKind | 'unknown';
  /** The text when the argument is a text constant (a format, a search text), so an emitter can read it. */
  readonly literal?: string;
  /** For a list: the script's index of its first element (the TypeScript array starts at 0 all the same). */
  readonly lower?: number;
}

/**
 * Names a generated module imports from `pathpatch/port` for a built-in's rule.
 *
 * @example
 * const name: RuntimeImport = 'floatText';
 */
export type RuntimeImport = 'floatText' | 'fixedText' | 'aspHtmlEncode' | 'parseWholeNumber' | 'compareVariant' | 'dictionaryEntry';

/**
 * A built-in's translation.
 *
 * @example
 * const out: Emitted = { code: 'name.toLowerCase()', kind: 'text' };
 */
export interface Emitted {
  readonly code: string;
  readonly kind: ValueKind | 'unknown';
  /** For a list: the kind of its elements, when the built-in makes them (`split` gives texts). */
  readonly item?: ValueKind;
  readonly imports?: readonly RuntimeImport[];
}

const SIMPLE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[^[\]]*\]!?|\((?:[^()]|\([^()]*\))*\))*|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|`(?:[^`\\$]|\\.|\$(?!\{))*`)$/;

/**
 * Wraps code in brackets unless it is already one operand (a name, a member or call chain, a literal).
 *
 * @param code - TypeScript code.
 * @returns Code safe before `.method()` or next to an operator.
 * @example
 * operand('items[i].name'); //=> 'items[i].name'
 * operand('i - 1'); //=> '(i - 1)'
 */
export function operand(code: string): string {
  return SIMPLE.test(code) ? code : `(${code})`;
}

/**
 * Wraps one side of a comparison in brackets where it needs them: arithmetic binds tighter than a
 * comparison, so only conditionals, comparisons and logic are bracketed.
 *
 * @param code - TypeScript code.
 * @returns Code safe beside `===`, `<` and the other comparisons.
 * @example
 * comparand('i + 1'); //=> 'i + 1'
 * comparand('a < b'); //=> '(a < b)'
 */
export function comparand(code: string): string {
  return /\?|===|!==|&&|\|\||[<>]/.test(code) ? `(${code})` : code;
}

/**
 * Escapes text for the inside of a template literal.
 *
 * @param text - Literal text.
 * @returns The text with `` ` ``, `\` and `${` escaped.
 * @example
 * templateText('a`b'); //=> 'a\\`b'
 */
export function templateText(text: string): string {
  return text.replace(/[`\\]|\$\{/g, (match) => `\\${match}`);
}

/**
 * Joins emitted parts into one template literal, or the single part when there is nothing to join.
 *
 * @param parts - Literal text (strings) and emitted values (any kind: a template writes numbers as JavaScript does).
 * @returns A text-valued emission (a lone text-valued part is returned as it is, no parts give `''`).
 * @example
 * joinTemplate(['callbacks[', { code: 'i', kind: 'text' }, ']']).code; //=> '`callbacks[${i}]`'
 */
export function joinTemplate(parts: readonly (string | Emitted)[]): Emitted {
  const imports = [...new Set(parts.flatMap((part) => (typeof part === 'string' ? [] : (part.imports ?? []))))];
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only !== undefined && typeof only !== 'string' && only.kind === 'text') return only;
  if (parts.length === 0) return { code: "''", kind: 'text' };
  const code = `\`${parts.map((part) => (typeof part === 'string' ? templateText(part) : `\${${part.code}}`)).join('')}\``;
  return imports.length === 0 ? { code, kind: 'text' } : { code, kind: 'text', imports };
}
