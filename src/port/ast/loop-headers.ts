/**
 * Reads the headers of loops that are not counted (counted ones are `loops.ts`'s): `For Each`,
 * `foreach`, `for … in`, Go's `range`, Ruby's `each`/`each_with_index`, `While`, `Do While/Until`,
 * in each family's spelling. The body is found by the caller, with the family's block rule.
 *
 * @example
 * readOtherLoop(tokenize("For Each h In hosts", vbscript), vbscript)?.kind; //=> 'for-each'
 */
import { parseWhole, type Expr } from '../expression.js';
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';

/**
 * A loop header: over a collection, or while a condition holds.
 *
 * @example
 * const header: OtherLoop = { kind: 'while', condition: { kind: 'boolean', value: true }, until: false, testAfter: false };
 */
export type OtherLoop =
  | { readonly kind: 'for-each'; readonly item: string; readonly index?: string; readonly collection: Expr }
  | { readonly kind: 'while'; readonly condition?: Expr; readonly until: boolean; readonly testAfter: boolean };

function word(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text.toLowerCase() : '';
}

/** Strips one pair of enclosing parentheses (`(x in xs)` → `x in xs`). */
function unwrap(tokens: readonly Token[]): readonly Token[] {
  return tokens[0]?.text === '(' && tokens.at(-1)?.text === ')' ? tokens.slice(1, -1) : tokens;
}

/** The loop variables before `in`/`as`/`:`/`:= range` (`string region`, `i, c`, `$k => $v`, `my $x`): [item, index?]. */
function variables(tokens: readonly Token[]): { item: string; index?: string } | undefined {
  const names = tokens.filter((token) => token.type === 'ident' && !['my', 'var', 'let', 'const', 'dim', 'final', 'auto', 'each'].includes(word(token)));
  const comma = tokens.findIndex((token) => token.text === ',' || token.text === '=>');
  if (comma < 0) {
    const item = names.at(-1)?.text;
    return item === undefined ? undefined : { item };
  }
  const first = tokens.slice(0, comma).filter((token) => token.type === 'ident').at(-1)?.text;
  const second = tokens.slice(comma + 1).filter((token) => token.type === 'ident').at(-1)?.text;
  return first === undefined || second === undefined ? undefined : { index: first, item: second };
}

/** `enumerate(xs)` gives (index, item); `d.items()` gives (key, value); anything else is the collection itself. */
function pythonLike(names: { item: string; index?: string }, collection: Expr): OtherLoop {
  if (names.index !== undefined && collection.kind === 'call' && collection.callee.kind === 'name' && collection.callee.name === 'enumerate' && collection.args[0]) {
    return { kind: 'for-each', index: names.index, item: names.item, collection: collection.args[0] };
  }
  if (names.index !== undefined && collection.kind === 'call' && collection.callee.kind === 'member' && collection.callee.name === 'items' && collection.args.length === 0) {
    return { kind: 'for-each', index: names.index, item: names.item, collection: collection.callee.object };
  }
  return { kind: 'for-each', item: names.item, ...(names.index === undefined ? {} : { index: names.index }), collection };
}

function readIn(tokens: readonly Token[], spec: LanguageSpec, stop = tokens.length): OtherLoop | undefined {
  const inAt = tokens.findIndex((token, index) => index > 0 && (word(token) === 'in' || token.text === ':'));
  if (inAt < 0) return undefined;
  const names = variables(tokens.slice(0, inAt));
  const collection = parseWhole(tokens.slice(inAt + 1, stop), spec);
  return names && collection ? pythonLike(names, collection) : undefined;
}

function readBasic(tokens: readonly Token[], spec: LanguageSpec): OtherLoop | undefined {
  const head = word(tokens[0]);
  if (head === 'for' && (word(tokens[1]) === 'each' || tokens.some((token) => word(token) === 'in'))) {
    const rest = tokens.slice(word(tokens[1]) === 'each' ? 2 : 1);
    const inAt = rest.findIndex((token) => word(token) === 'in');
    const asAt = rest.findIndex((token) => word(token) === 'as');
    const item = rest[0]?.text;
    const collection = parseWhole(rest.slice(inAt + 1), spec);
    if (inAt < 0 || item === undefined || !collection || (asAt > 0 && asAt > inAt)) return undefined;
    return { kind: 'for-each', item, collection };
  }
  const conditionAt = (from: number): OtherLoop | undefined => {
    const mode = word(tokens[from]);
    if (mode !== 'while' && mode !== 'until') return undefined;
    const condition = parseWhole(tokens.slice(from + 1), spec);
    return condition ? { kind: 'while', condition, until: mode === 'until', testAfter: false } : undefined;
  };
  if (head === 'while') return conditionAt(0);
  if (head === 'do') return tokens.length === 1 ? { kind: 'while', until: false, testAfter: true } : conditionAt(1);
  return undefined;
}

function readBrace(tokens: readonly Token[], spec: LanguageSpec): OtherLoop | undefined {
  const head = word(tokens[0]);
  if (head === 'while' || head === 'until') {
    const condition = parseWhole(unwrap(tokens.slice(1)), spec);
    return condition ? { kind: 'while', condition, until: head === 'until', testAfter: false } : undefined;
  }
  if (head === 'do' && tokens.length === 1) return { kind: 'while', until: false, testAfter: true };
  if (head !== 'for' && head !== 'foreach') return undefined;
  // Go: `for i, c := range xs`, `for cond`.
  const rangeAt = tokens.findIndex((token) => word(token) === 'range');
  if (spec.id === 'go' && rangeAt > 0) {
    const names = variables(tokens.slice(1, rangeAt - 1));
    const collection = parseWhole(tokens.slice(rangeAt + 1), spec);
    return names && collection ? { kind: 'for-each', item: names.item === '_' ? '' : names.item, ...(names.index === undefined ? {} : { index: names.index }), collection } : undefined;
  }
  const inner = unwrap(tokens.slice(1));
  // PHP: `foreach ($xs as $x)`, `foreach ($xs as $k => $v)`.
  const asAt = inner.findIndex((token) => word(token) === 'as');
  if (asAt > 0) {
    const collection = parseWhole(inner.slice(0, asAt), spec);
    const names = variables(inner.slice(asAt + 1));
    return names && collection ? { kind: 'for-each', ...names, collection } : undefined;
  }
  // Perl: `foreach my $x (@list)`.
  const open = tokens.findIndex((token) => token.text === '(');
  if (head === 'foreach' && open > 1) {
    const names = variables(tokens.slice(1, open));
    const collection = parseWhole(unwrap(tokens.slice(open)), spec);
    return names && collection ? { kind: 'for-each', ...names, collection } : undefined;
  }
  return readIn(inner, spec);
}

/**
 * Reads a loop header that is not a counted loop.
 *
 * @param tokens - The header statement's tokens.
 * @param spec - The language.
 * @returns The loop, or `undefined` when the statement is not one the reader knows.
 * @example
 * readOtherLoop(tokenize('For Each h In hosts', vbscript), vbscript)?.kind; //=> 'for-each'
 */
export function readOtherLoop(tokens: readonly Token[], spec: LanguageSpec): OtherLoop | undefined {
  const head = word(tokens[0]);
  switch (spec.loops) {
    case 'basic':
      return readBasic(tokens, spec);
    case 'brace':
      return readBrace(tokens, spec);
    case 'python': {
      const body = tokens.at(-1)?.text === ':' ? tokens.slice(0, -1) : tokens;
      if (head === 'while') {
        const condition = parseWhole(body.slice(1), spec);
        return condition ? { kind: 'while', condition, until: false, testAfter: false } : undefined;
      }
      return head === 'for' ? readIn(body.slice(1), spec) : undefined;
    }
    case 'ruby': {
      if (head === 'while' || head === 'until') {
        const condition = parseWhole(tokens.slice(1).filter((token) => word(token) !== 'do'), spec);
        return condition ? { kind: 'while', condition, until: head === 'until', testAfter: false } : undefined;
      }
      if (head === 'for') return readIn(tokens.slice(1).filter((token) => word(token) !== 'do'), spec);
      // `xs.each do |x|`, `xs.each_with_index do |x, i|`.
      const doAt = tokens.findIndex((token) => word(token) === 'do');
      const method = tokens[doAt - 1];
      if (doAt < 2 || tokens[doAt - 2]?.text !== '.' || !['each', 'each_with_index'].includes(word(method))) return undefined;
      const collection = parseWhole(tokens.slice(0, doAt - 2), spec);
      const bars = tokens.slice(doAt + 1).filter((token) => token.type === 'ident').map((token) => token.text);
      const [item, index] = bars;
      if (!collection || item === undefined) return undefined;
      return { kind: 'for-each', item, ...(word(method) === 'each_with_index' && index !== undefined ? { index } : {}), collection };
    }
    case 'delphi': {
      const doAt = tokens.findIndex((token) => word(token) === 'do');
      const stop = doAt < 0 ? tokens.length : doAt;
      if (head === 'while') {
        const condition = parseWhole(tokens.slice(1, stop), spec);
        return condition ? { kind: 'while', condition, until: false, testAfter: false } : undefined;
      }
      return head === 'for' ? readIn(tokens.slice(1, stop), spec) : undefined;
    }
    default:
      return undefined;
  }
}
