/**
 * Reads the control structures around statements — `If`/`ElseIf`/`Else`
 * chains, `Select Case`/`switch`, `Sub`/`Function` definitions — in each
 * family's spelling (BASIC-like and xBase keywords, braces, Python
 * indentation, Ruby `end`, Pascal `begin`/`end`), so the interpreter can run
 * the branch a known condition picks and report what it cannot translate.
 *
 * @example
 * readControl(statements, 0, vbscript, new Map())?.kind; //=> 'if'
 */
import type { LanguageSpec } from './language-spec.js';
import type { Token } from './lexer.js';
import type { Statement } from './statements.js';

/**
 * Where a body is: a range of statements `[start, end)`, or one statement written inline (`If x Then y`).
 *
 * @example
 * const body: Body = { start: 3, end: 5 };
 */
export type Body = { readonly start: number; readonly end: number } | { readonly inline: Statement };

/**
 * One branch of an If chain; `condition` is `undefined` for `Else`.
 *
 * @example
 * const branch: Branch = { line: 4, condition: undefined, negate: false, body: { start: 5, end: 6 } };
 */
export interface Branch {
  readonly line: number;
  readonly condition: readonly Token[] | undefined;
  /** `unless` (Ruby, Perl) runs its body when the condition is false. */
  readonly negate: boolean;
  readonly body: Body;
}

/**
 * A control structure and the index of the statement after it.
 *
 * @example
 * const control: Control = { kind: 'select', line: 2, body: { start: 3, end: 9 }, after: 10 };
 */
export type Control =
  | { readonly kind: 'if'; readonly line: number; readonly branches: readonly Branch[]; readonly after: number }
  | { readonly kind: 'select'; readonly line: number; readonly body: Body; readonly after: number }
  | { readonly kind: 'definition'; readonly line: number; readonly name: string; readonly helper: boolean; readonly body: Body; readonly after: number };

type Family = 'basic' | 'brace' | 'python' | 'ruby' | 'delphi';

function familyOf(spec: LanguageSpec): Family | undefined {
  if (spec.shape !== 'dot') return undefined;
  if (spec.loops === 'python') return 'python';
  if (spec.loops === 'ruby') return 'ruby';
  if (spec.loops === 'delphi') return 'delphi';
  if (spec.braces) return 'brace';
  return spec.loops === 'basic' ? 'basic' : undefined;
}

function word(token: Token | undefined): string {
  return token?.type === 'ident' ? token.text.toLowerCase() : '';
}

function first(statements: readonly Statement[], index: number): string {
  return word(statements[index]?.tokens[0]);
}

function isOp(token: Token | undefined, text: string): boolean {
  return token?.type === 'op' && token.text === text;
}

/** Index of the first token at bracket depth 0 that `match` accepts, or -1. */
function findTop(tokens: readonly Token[], from: number, match: (token: Token) => boolean): number {
  let depth = 0;
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) break;
    if (token.type === 'op' && (token.text === '(' || token.text === '[' || token.text === '{')) depth += 1;
    else if (token.type === 'op' && (token.text === ')' || token.text === ']' || token.text === '}')) depth -= 1;
    else if (depth === 0 && match(token)) return index;
  }
  return -1;
}

function inline(statement: Statement, tokens: readonly Token[]): Body | undefined {
  return tokens.length === 0 ? undefined : { inline: { tokens, line: tokens[0]?.line ?? statement.line, indent: statement.indent } };
}

const MODIFIERS = new Set(['private', 'public', 'friend', 'static', 'protected', 'shared', 'overrides', 'overridable', 'global', 'hidden']);

/** How many times each identifier occurs, to tell helpers (called somewhere) from entry points. */
export function countNames(statements: readonly Statement[], spec: LanguageSpec): Map<string, number> {
  const counts = new Map<string, number>();
  for (const statement of statements) {
    for (const [index, token] of statement.tokens.entries()) {
      const before = statement.tokens[index - 1];
      // `super.onCreate(...)` is a member, not a call of the script's own onCreate.
      if (token.type !== 'ident' || (before?.type === 'op' && ['.', '->', '::'].includes(before.text))) continue;
      const name = spec.caseInsensitive ? token.text.toLowerCase() : token.text;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** A definition's parameters are non-empty (or unknown, when it has no parentheses). */
function takesParameters(tokens: readonly Token[], nameAt: number): boolean {
  const open = tokens[nameAt + 1];
  if (!isOp(open, '(')) return true;
  return !isOp(tokens[nameAt + 2], ')');
}

// ---------------------------------------------------------------- BASIC-like and xBase

const BASIC_CLOSERS = new Set([
  'endif', 'endselect', 'endfunc', 'endproc', 'endprocedure', 'endfunction', 'endwhile', 'wend', 'next', 'loop', 'endfor', 'enddo',
  'endcase', 'endwith', 'endswitch', 'endtry', 'endscan', 'until', 'forever', 'endtext', 'endsub',
]);
const END_WORDS = new Set(['if', 'select', 'sub', 'function', 'while', 'with', 'try', 'property', 'choose', 'case', 'switch']);

function basicWords(statement: Statement | undefined): readonly Token[] {
  const tokens = statement?.tokens ?? [];
  let at = 0;
  while (MODIFIERS.has(word(tokens[at])) && tokens[at + 1]?.type === 'ident') at += 1;
  return at === 0 ? tokens : tokens.slice(at);
}

function basicThen(tokens: readonly Token[]): number {
  return findTop(tokens, 1, (token) => word(token) === 'then');
}

function basicOpens(statement: Statement | undefined): boolean {
  const tokens = basicWords(statement);
  const head = word(tokens[0]);
  switch (head) {
    case 'if': {
      const then = basicThen(tokens);
      return then < 0 || then === tokens.length - 1;
    }
    case 'do':
      return tokens.length === 1 || ['while', 'until', 'case'].includes(word(tokens[1]));
    case 'select': case 'while': case 'for': case 'foreach': case 'sub': case 'function': case 'func': case 'procedure':
    case 'with': case 'switch': case 'try': case 'scan': case 'repeat': case 'choose': case 'property': case 'text':
      return true;
    default:
      return false;
  }
}

function basicCloses(statement: Statement | undefined): boolean {
  const tokens = statement?.tokens ?? [];
  const head = word(tokens[0]);
  return BASIC_CLOSERS.has(head) || (head === 'end' && END_WORDS.has(word(tokens[1])));
}

/** The index of the statement that closes the BASIC block opened at `index` (`Next`, `WEnd`, `End If`, `Loop`...), or `statements.length`. */
export function basicEnd(statements: readonly Statement[], index: number): number {
  let depth = 0;
  for (let at = index + 1; at < statements.length; at += 1) {
    if (basicOpens(statements[at])) depth += 1;
    else if (basicCloses(statements[at])) {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return statements.length;
}

function readBasic(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = basicWords(statement);
  const head = word(tokens[0]);
  if (head === 'if') {
    const then = basicThen(tokens);
    if (then >= 0 && then < tokens.length - 1) {
      const rest = tokens.slice(then + 1);
      const elseAt = findTop(rest, 0, (token) => word(token) === 'else');
      const thenBody = inline(statement, elseAt < 0 ? rest : rest.slice(0, elseAt));
      const elseBody = elseAt < 0 ? undefined : inline(statement, rest.slice(elseAt + 1));
      if (!thenBody) return undefined;
      const branches: Branch[] = [{ line: statement.line, condition: tokens.slice(1, then), negate: false, body: thenBody }];
      if (elseBody) branches.push({ line: statement.line, condition: undefined, negate: false, body: elseBody });
      return { kind: 'if', line: statement.line, branches, after: index + 1 };
    }
    const branches: Branch[] = [];
    let condition: readonly Token[] | undefined = tokens.slice(1, then < 0 ? tokens.length : then);
    let line = statement.line;
    let start = index + 1;
    let depth = 0;
    for (let at = index + 1; at < statements.length; at += 1) {
      const current = statements[at];
      const words = current?.tokens ?? [];
      const w = word(words[0]);
      if (depth === 0 && (w === 'elseif' || w === 'else' || basicCloses(current))) {
        branches.push({ line, condition, negate: false, body: { start, end: at } });
        if (basicCloses(current)) return { kind: 'if', line: statement.line, branches, after: at + 1 };
        const nested = w === 'else' && word(words[1]) === 'if';
        const from = w === 'elseif' ? 1 : nested ? 2 : -1;
        const thenAt = from < 0 ? -1 : findTop(words, from, (token) => word(token) === 'then');
        condition = from < 0 ? undefined : words.slice(from, thenAt < 0 ? words.length : thenAt);
        line = current?.line ?? line;
        start = at + 1;
        continue;
      }
      if (basicOpens(current)) depth += 1;
      else if (basicCloses(current)) depth -= 1;
    }
    return undefined;
  }
  if (head === 'select' || head === 'switch' || head === 'choose' || (head === 'do' && word(tokens[1]) === 'case')) {
    const end = basicEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  if (['sub', 'function', 'func', 'procedure'].includes(head) && tokens[1]?.type === 'ident') {
    const end = basicEnd(statements, index);
    const name = tokens[1].text;
    const lparameters = ['lparameters', 'parameters'].includes(first(statements, index + 1));
    const helper = (takesParameters(tokens, 1) || lparameters) && (names.get(spec.caseInsensitive ? name.toLowerCase() : name) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  return undefined;
}

// ---------------------------------------------------------------- braces (C-likes, Go, Swift, PHP, Perl, PowerShell, JavaScript)

const BRACE_CONTROL = new Set(['if', 'unless', 'else', 'elseif', 'elsif', 'while', 'until', 'for', 'foreach', 'do', 'switch', 'try', 'catch', 'finally', 'using', 'lock', 'select', 'synchronized', 'with', 'defer', 'guard', 'repeat']);
const CONTAINERS = new Set(['class', 'struct', 'namespace', 'interface', 'enum', 'module', 'package', 'extension', 'protocol', 'implementation', 'object', 'record']);

function isBrace(statements: readonly Statement[], index: number, text: '{' | '}'): boolean {
  const tokens = statements[index]?.tokens ?? [];
  return tokens.length === 1 && isOp(tokens[0], text);
}

function matchingBrace(statements: readonly Statement[], open: number): number {
  let depth = 0;
  for (let at = open; at < statements.length; at += 1) {
    if (isBrace(statements, at, '{')) depth += 1;
    else if (isBrace(statements, at, '}')) {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return statements.length;
}

/** The body after a header at `index` (`rest`: tokens written after the header on its statement). */
export function braceBody(statements: readonly Statement[], index: number, rest: readonly Token[], names: ReadonlyMap<string, number>, spec: LanguageSpec): { body: Body; next: number } {
  const statement = statements[index];
  const written = statement ? inline(statement, rest) : undefined;
  if (written) return { body: written, next: index + 1 };
  if (isBrace(statements, index + 1, '{')) {
    const close = matchingBrace(statements, index + 1);
    return { body: { start: index + 2, end: close }, next: close + 1 };
  }
  const nested = readBrace(statements, index + 1, names, spec);
  if (nested) return { body: { start: index + 1, end: nested.after }, next: nested.after };
  return { body: { start: index + 1, end: index + 2 }, next: index + 2 };
}

/** Splits `if (cond) rest` / `if cond` into the condition and what follows it. */
function braceCondition(tokens: readonly Token[], from: number): { condition: readonly Token[]; rest: readonly Token[] } {
  if (isOp(tokens[from], '(')) {
    let depth = 0;
    for (let at = from; at < tokens.length; at += 1) {
      if (isOp(tokens[at], '(')) depth += 1;
      if (isOp(tokens[at], ')')) depth -= 1;
      if (depth === 0) return { condition: tokens.slice(from + 1, at), rest: tokens.slice(at + 1) };
    }
  }
  return { condition: tokens.slice(from), rest: [] };
}

function readBraceIf(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const branches: Branch[] = [];
  let header = statement;
  let at = index;
  let from = 1;
  let negate = word(statement.tokens[0]) === 'unless';
  for (;;) {
    const { condition, rest } = braceCondition(header.tokens, from);
    const { body, next } = braceBody(statements, at, rest, names, spec);
    branches.push({ line: header.line, condition, negate, body });
    const following = statements[next];
    const w = word(following?.tokens[0]);
    if (following && (w === 'elseif' || w === 'elsif' || (w === 'else' && word(following.tokens[1]) === 'if'))) {
      header = following;
      at = next;
      from = w === 'else' ? 2 : 1;
      negate = false;
      continue;
    }
    if (following && w === 'else') {
      const tail = braceBody(statements, next, following.tokens.slice(1), names, spec);
      branches.push({ line: following.line, condition: undefined, negate: false, body: tail.body });
      return { kind: 'if', line: statement.line, branches, after: tail.next };
    }
    return { kind: 'if', line: statement.line, branches, after: next };
  }
}

function readBrace(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  if (head === 'if' || head === 'unless') return readBraceIf(statements, index, names, spec);
  if (head === 'switch' || (head === 'select' && isBrace(statements, index + 1, '{'))) {
    const { body, next } = braceBody(statements, index, [], names, spec);
    return { kind: 'select', line: statement.line, body, after: next };
  }
  if (!isBrace(statements, index + 1, '{') || BRACE_CONTROL.has(head)) return undefined;
  if (tokens.some((token) => CONTAINERS.has(word(token)))) return undefined;
  if (findTop(tokens, 0, (token) => token.type === 'op' && (token.text === '=' || token.text === ':=')) >= 0) return undefined;
  let nameAt: number;
  if (head === 'function' || head === 'sub' || head === 'func' || head === 'fn' || head === 'def') {
    // Go methods: `func (r *T) Name(...)`.
    const receiver = isOp(tokens[1], '(') ? braceCondition(tokens, 1).rest : tokens.slice(1);
    nameAt = tokens.length - receiver.length;
    if (tokens[nameAt]?.type !== 'ident') return undefined;
  } else {
    nameAt = tokens.findIndex((token, at) => token.type === 'ident' && isOp(tokens[at + 1], '('));
    if (nameAt < 0 || !isOp(tokens.at(-1), ')')) return undefined;
  }
  const name = tokens[nameAt]?.text ?? '';
  const close = matchingBrace(statements, index + 1);
  const helper = takesParameters(tokens, nameAt) && (names.get(spec.caseInsensitive ? name.toLowerCase() : name) ?? 0) > 1;
  return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 2, end: close }, after: Math.min(close + 1, statements.length) };
}

// ---------------------------------------------------------------- Python

/** The index after a Python block whose header is at `index`. */
export function indentedEnd(statements: readonly Statement[], index: number): number {
  const indent = statements[index]?.indent ?? 0;
  let end = index + 1;
  while (end < statements.length && (statements[end]?.indent ?? 0) > indent) end += 1;
  return end;
}

function readPython(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const head = word(statement.tokens[0]);
  const colonOf = (tokens: readonly Token[]): number => findTop(tokens, 1, (token) => isOp(token, ':'));
  if (head === 'if') {
    const branches: Branch[] = [];
    let at = index;
    for (;;) {
      const current = statements[at];
      if (!current) break;
      const w = word(current.tokens[0]);
      const colon = colonOf(current.tokens);
      if (colon < 0) return undefined;
      const rest = current.tokens.slice(colon + 1);
      const end = rest.length > 0 ? at + 1 : indentedEnd(statements, at);
      const body = inline(current, rest) ?? { start: at + 1, end };
      branches.push({ line: current.line, condition: w === 'else' ? undefined : current.tokens.slice(1, colon), negate: false, body });
      const following = statements[end];
      const next = word(following?.tokens[0]);
      if (w !== 'else' && following?.indent === statement.indent && (next === 'elif' || next === 'else')) {
        at = end;
        continue;
      }
      return { kind: 'if', line: statement.line, branches, after: end };
    }
    return undefined;
  }
  if (head === 'match') {
    const end = indentedEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: end };
  }
  if (head === 'def' && statement.tokens[1]?.type === 'ident') {
    const end = indentedEnd(statements, index);
    const name = statement.tokens[1].text;
    const helper = takesParameters(statement.tokens, 1) && (names.get(name) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: end };
  }
  return undefined;
}

// ---------------------------------------------------------------- Ruby

const RUBY_OPENERS = new Set(['if', 'unless', 'while', 'until', 'case', 'def', 'begin', 'class', 'module', 'for']);

function rubyOpens(statement: Statement | undefined): boolean {
  const tokens = statement?.tokens ?? [];
  return RUBY_OPENERS.has(word(tokens[0])) || tokens.some((token) => word(token) === 'do');
}

/** The index of the `end` that closes the Ruby block opened at `index`. */
export function rubyEnd(statements: readonly Statement[], index: number): number {
  let depth = 0;
  for (let at = index + 1; at < statements.length; at += 1) {
    if (rubyOpens(statements[at])) depth += 1;
    else if (first(statements, at) === 'end') {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return statements.length;
}

function readRuby(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  const withoutThen = (list: readonly Token[]): readonly Token[] => (word(list.at(-1)) === 'then' ? list.slice(0, -1) : list);
  if (head === 'if' || head === 'unless') {
    const branches: Branch[] = [];
    let condition: readonly Token[] | undefined = withoutThen(tokens.slice(1));
    let line = statement.line;
    let start = index + 1;
    let depth = 0;
    for (let at = index + 1; at < statements.length; at += 1) {
      const w = first(statements, at);
      if (depth === 0 && (w === 'elsif' || w === 'else' || w === 'end')) {
        branches.push({ line, condition, negate: branches.length === 0 && head === 'unless', body: { start, end: at } });
        if (w === 'end') return { kind: 'if', line: statement.line, branches, after: at + 1 };
        condition = w === 'elsif' ? withoutThen(statements[at]?.tokens.slice(1) ?? []) : undefined;
        line = statements[at]?.line ?? line;
        start = at + 1;
        continue;
      }
      if (rubyOpens(statements[at])) depth += 1;
      else if (w === 'end') depth -= 1;
    }
    return undefined;
  }
  if (head === 'case') {
    const end = rubyEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  if (head === 'def' && tokens[1]?.type === 'ident') {
    const end = rubyEnd(statements, index);
    const name = tokens[1].text;
    const helper = tokens.length > 2 && !(isOp(tokens[2], '(') && isOp(tokens[3], ')')) && (names.get(name) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  return undefined;
}

// ---------------------------------------------------------------- Pascal (Delphi)

const PASCAL_OPENERS = new Set(['begin', 'case', 'try', 'asm', 'record']);

function pascalEnd(statements: readonly Statement[], open: number): number {
  let depth = 0;
  for (let at = open; at < statements.length; at += 1) {
    const w = first(statements, at);
    if (PASCAL_OPENERS.has(w)) depth += 1;
    else if (w === 'end') {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return statements.length;
}

/** A Pascal body at `index`: `begin … end` or one statement. */
export function pascalBody(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): { body: Body; next: number } {
  if (first(statements, index) === 'begin') {
    const end = pascalEnd(statements, index);
    return { body: { start: index + 1, end }, next: end + 1 };
  }
  const nested = readPascal(statements, index, names, spec);
  if (nested) return { body: { start: index, end: nested.after }, next: nested.after };
  return { body: { start: index, end: index + 1 }, next: index + 1 };
}

function readPascal(statements: readonly Statement[], index: number, names: ReadonlyMap<string, number>, spec: LanguageSpec): Control | undefined {
  const statement = statements[index];
  if (!statement) return undefined;
  const tokens = statement.tokens;
  const head = word(tokens[0]);
  if (head === 'if') {
    const then = findTop(tokens, 1, (token) => word(token) === 'then');
    const { body, next } = pascalBody(statements, index + 1, names, spec);
    const branches: Branch[] = [{ line: statement.line, condition: tokens.slice(1, then < 0 ? tokens.length : then), negate: false, body }];
    if (first(statements, next) !== 'else') return { kind: 'if', line: statement.line, branches, after: next };
    const tail = pascalBody(statements, next + 1, names, spec);
    branches.push({ line: statements[next]?.line ?? statement.line, condition: undefined, negate: false, body: tail.body });
    return { kind: 'if', line: statement.line, branches, after: tail.next };
  }
  if (head === 'case') {
    const end = pascalEnd(statements, index);
    return { kind: 'select', line: statement.line, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  if ((head === 'procedure' || head === 'function') && tokens[1]?.type === 'ident') {
    let begin = index + 1;
    while (begin < statements.length && first(statements, begin) !== 'begin') {
      // A declaration without a body (forward, interface section).
      if (['procedure', 'function', 'implementation'].includes(first(statements, begin))) return undefined;
      begin += 1;
    }
    const end = pascalEnd(statements, begin);
    const open = tokens.findIndex((token) => isOp(token, '('));
    const nameToken = open < 0 ? tokens.filter((token) => token.type === 'ident').at(1) : tokens[open - 1];
    const name = nameToken?.text ?? '';
    const helper = (open < 0 ? false : !isOp(tokens[open + 1], ')')) && (names.get(name.toLowerCase()) ?? 0) > 1;
    return { kind: 'definition', line: statement.line, name, helper, body: { start: index + 1, end }, after: Math.min(end + 1, statements.length) };
  }
  return undefined;
}

/**
 * Reads the control structure that starts at `index`, if any.
 *
 * @param statements - All statements of the script.
 * @param index - The statement to look at.
 * @param spec - The language.
 * @param names - Identifier counts from {@link countNames} (a definition named elsewhere is a helper).
 * @returns The structure, or `undefined` when the statement does not open one the reader knows.
 * @example
 * readControl(statements, 0, python, countNames(statements, python))?.kind; //=> 'if'
 */
export function readControl(statements: readonly Statement[], index: number, spec: LanguageSpec, names: ReadonlyMap<string, number>): Control | undefined {
  switch (familyOf(spec)) {
    case 'basic': return readBasic(statements, index, names, spec);
    case 'brace': return readBrace(statements, index, names, spec);
    case 'python': return readPython(statements, index, names);
    case 'ruby': return readRuby(statements, index, names);
    case 'delphi': return readPascal(statements, index, names, spec);
    case undefined: return undefined;
  }
}

const PASCAL_AFTER = new Set(['then', 'do', 'else', 'begin', 'end', 'repeat', 'try', 'except', 'finally']);
const PASCAL_BEFORE = new Set(['else', 'begin', 'end', 'repeat', 'until', 'except', 'finally']);

/**
 * Splits Pascal statements at the words that end a header or a block
 * (`if x then y` → `if x then` | `y`; `end else begin` → `end` | `else` | `begin`),
 * so blocks read the same way as in the other families.
 *
 * @param statements - Statements from `splitStatements`.
 * @returns The statements, split.
 * @example
 * splitPascalStatements(splitStatements(tokenize('if a then b', delphi), delphi)).length; //=> 2
 */
export function splitPascalStatements(statements: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const statement of statements) {
    let current: Token[] = [];
    let depth = 0;
    const flush = (): void => {
      const head = current[0];
      if (head) out.push({ tokens: current, line: head.line, indent: head.column });
      current = [];
    };
    const caseOf = word(statement.tokens[0]) === 'case';
    for (const token of statement.tokens) {
      if (isOp(token, '(') || isOp(token, '[')) depth += 1;
      if (isOp(token, ')') || isOp(token, ']')) depth -= 1;
      const w = depth === 0 ? word(token) : '';
      if (PASCAL_BEFORE.has(w)) flush();
      current.push(token);
      if (PASCAL_AFTER.has(w) || (caseOf && w === 'of')) flush();
    }
    flush();
  }
  return out;
}
