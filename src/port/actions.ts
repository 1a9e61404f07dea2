/**
 * Turns a statement of a "dot" language (most of them: `obj.Method(args)`,
 * `x = expr`, `obj.Prop = v`, `Dim x As New T`) into an {@link Action} that
 * the interpreter runs.
 *
 * @example
 * recognizeDot(splitStatements(tokenize('Dim j As New Chilkat.JsonObject', vbnet), vbnet)[0]!, vbnet);
 * //=> { kind: 'new', target: 'j', class: 'JsonObject' }
 */
import { PRINT_STATEMENT_WORDS } from './ast/print-calls.js';
import { classOf } from './chilkat-names.js';
import { ExpressionDepthError, parseArgumentList, parseExpression, parseWhole, parseWords, type Expr } from './expression.js';
import type { IrClass } from './ir.js';
import type { LanguageSpec } from './language-spec.js';
import type { Token } from './lexer.js';
import type { Statement } from './statements.js';

/**
 * What one statement does, in language-neutral terms.
 *
 * @example
 * const action: Action = { kind: 'skip' };
 */
export type Action =
  | { readonly kind: 'assign'; readonly target: string; readonly expr: Expr }
  | { readonly kind: 'new'; readonly target: string; readonly class: IrClass }
  | { readonly kind: 'set'; readonly object: Expr; readonly property: string; readonly expr: Expr }
  | { readonly kind: 'eval'; readonly expr: Expr }
  | { readonly kind: 'skip' }
  | { readonly kind: 'unknown'; readonly message: string; readonly target?: string };

/** First words of statements that are not calls: keywords, block closers, declarations. */
export const SKIP_FIRST = new Set([
  'if', 'elseif', 'else', 'end', 'endif', 'wend', 'while', 'do', 'loop', 'exit', 'return', 'goto', 'try', 'catch', 'finally',
  'func', 'endfunc', 'sub', 'function', 'proc', 'def', 'begin', 'case', 'select', 'switch', 'break', 'continue', 'import',
  'using', 'require', 'use', 'load', 'package', 'includefile', 'xincludefile', '#include', 'include', 'include_once',
  'require_once', 'procedure', 'endprocedure', 'program', 'unit', 'uses', 'implementation', 'interface', 'class', 'module',
  'namespace', 'public', 'private', 'protected', 'static', 'release', 'destroy', 'print', 'echo', 'puts', 'printf', 'wprintf',
  'dealloc', 'defer', 'guard', 'func', 'next', 'endfor', 'enddo', 'endwhile', 'then', 'option', 'opt', 'imports', 'from',
  'delete', 'free', 'override', 'protocol', 'extension', 'throw', 'raise',
  'unless', 'until', 'on', 'event', 'lparameters', 'parameters', 'go', 'create', 'alter', 'as',
  // PowerShell loads Chilkat's assembly or module: `Add-Type -Path "ChilkatDotNet47.dll"`, `Import-Module`.
  'add-type', 'import-module',
]);
const STRIP_FIRST = new Set(['dim', 'local', 'global', 'set', 'var', 'let', 'const', 'my', 'our', 'call', 'val', 'auto', 'final', 'redim', 'store']);
const ASSIGN_OPS = new Set(['=', ':=', '+=', '-=']);
const MODIFIER_WORDS = new Set(['public', 'private', 'protected', 'static', 'final', 'readonly', 'internal', 'const', 'constexpr', 'shared', 'friend']);

function lower(token: Token | undefined): string {
  return (token?.text ?? '').toLowerCase();
}

/** Index of the first assignment operator outside brackets, or -1. */
function findAssignment(tokens: readonly Token[]): number {
  let depth = 0;
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'op') continue;
    if (token.text === '(' || token.text === '[') depth += 1;
    else if (token.text === ')' || token.text === ']') depth -= 1;
    else if (depth === 0 && ASSIGN_OPS.has(token.text)) return index;
  }
  return -1;
}

/** The variable a declaration-like left side names (`Dim x As T`, `T *x`, `x: T`, `http.i`). */
function targetOf(left: readonly Token[], spec: LanguageSpec): string | undefined {
  const as = left.findIndex((token) => token.type === 'ident' && /^as$/i.test(token.text));
  if (as > 0) return left[as - 1]?.text;
  const colon = left.findIndex((token) => token.type === 'op' && token.text === ':');
  if (colon > 0) return left[colon - 1]?.text;
  // PureBasic type suffixes (`http.i`) are not member access.
  if (spec.id === 'purebasic' && left.length >= 3 && left.at(-2)?.text === '.') return left.at(-3)?.text;
  return left.filter((token) => token.type === 'ident').at(-1)?.text;
}

/**
 * Parses `tokens[start..]` as a call, allowing VB's call without parentheses
 * (`http.SetRequestHeader "k", "v"`) and PowerShell's `New-Object Chilkat.Http`.
 *
 * @param tokens - The statement's tokens.
 * @param spec - The language.
 * @param start - Where the expression starts.
 * @returns The expression, or `undefined` when tokens are left over.
 * @example
 * parseCommand(tokenize('x.Foo 1, 2', vb6), vb6, 0)?.kind; //=> 'call'
 */
export function parseCommand(tokens: readonly Token[], spec: LanguageSpec, start: number): Expr | undefined {
  const parsed = parseExpression(tokens, spec, start);
  if (parsed.next >= tokens.length) return parsed.expr;
  if (parsed.expr.kind !== 'name' && parsed.expr.kind !== 'member') return undefined;
  const list = parseArgumentList(tokens, spec, parsed.next);
  if (list.next < tokens.length) return spec.dashIdentifiers === true && parsed.expr.kind === 'name' ? commandCall(tokens, spec, parsed.next, parsed.expr) : undefined;
  return { kind: 'call', callee: parsed.expr, args: list.args };
}

/**
 * PowerShell's call of a function with space-separated arguments (`Add-Owner $json "ann"`), or
 * `undefined` when it names a parameter (`-Path x`), which is not followed.
 */
function commandCall(tokens: readonly Token[], spec: LanguageSpec, start: number, callee: Expr): Expr | undefined {
  if (tokens.some((token, at) => at >= start && token.text === '-' && tokens[at + 1]?.type === 'ident')) return undefined;
  return { kind: 'call', callee, args: parseWords(tokens, spec, start, tokens.length) };
}

/**
 * Recognises one statement of a dot-call language.
 *
 * @param statement - The statement.
 * @param spec - The language.
 * @returns What the statement does.
 * @example
 * recognizeDot(splitStatements(tokenize('json.UpdateNull("a");', csharp), csharp)[0]!, csharp).kind; //=> 'eval'
 */
export function recognizeDot(statement: Statement, spec: LanguageSpec): Action {
  let tokens = statement.tokens;
  // `#define NAME value` (C, C++, Objective-C) and `#DEFINE NAME value` (FoxPro) name a constant.
  if (tokens[0]?.text === '#' && /^define$/i.test(tokens[1]?.text ?? '') && tokens[2]?.type === 'ident' && tokens.length > 3) {
    const value = parseWhole(tokens.slice(3), spec);
    return value ? { kind: 'assign', target: tokens[2].text, expr: value } : { kind: 'unknown', message: 'cannot read the value of this #define', target: tokens[2].text };
  }
  // `static final String X = "v"`, `private const X = 1`: modifiers before a declaration with a value.
  while (tokens.length > 2 && MODIFIER_WORDS.has(lower(tokens[0])) && tokens[1]?.type === 'ident' && findAssignment(tokens) > 0) tokens = tokens.slice(1);
  const first = lower(tokens[0]);
  if (tokens.length === 1 && tokens[0]?.type === 'op') return { kind: 'skip' };
  // Printing statements: `print(x)`, `echo $x;`, `puts x`, FoxPro's `? x`.
  if (PRINT_STATEMENT_WORDS.has(first) && tokens.length > 1 && !(tokens[1]?.type === 'op' && ['=', ':=', '.', '->'].includes(tokens[1].text))) {
    const printed = first === '?' ? parseWhole(tokens.slice(1), spec) : undefined;
    if (printed) return { kind: 'eval', expr: { kind: 'call', callee: { kind: 'name', name: 'print' }, args: [printed] } };
    try {
      const expr = parseCommand(tokens, spec, 0);
      if (expr) return { kind: 'eval', expr };
    } catch {
      // Not a call: skipped like before.
    }
  }
  if (tokens[0]?.type === 'op' && (first === '#' || first === '?' || first === '@' || first === '}' || first === '{')) return { kind: 'skip' };
  if (tokens[0]?.type === 'ident' && SKIP_FIRST.has(first) && !(tokens[1]?.type === 'op' && ['=', ':=', '.', '->'].includes(tokens[1].text))) return { kind: 'skip' };
  while (tokens.length > 1 && tokens[0]?.type === 'ident' && STRIP_FIRST.has(lower(tokens[0])) && tokens[1]?.type === 'ident') tokens = tokens.slice(1);
  if (tokens.length === 2 && tokens[0]?.type === 'ident' && (tokens[1]?.text === '++' || tokens[1]?.text === '--')) {
    const name = tokens[0].text;
    return { kind: 'assign', target: name, expr: { kind: 'binary', op: tokens[1].text[0] ?? '+', left: { kind: 'name', name }, right: { kind: 'number', text: '1' } } };
  }
  const assignment = findAssignment(tokens);
  if (assignment > 0) {
    const left = tokens.slice(0, assignment);
    const op = tokens[assignment]?.text ?? '=';
    let right: Expr | undefined;
    try {
      right = parseCommand(tokens, spec, assignment + 1);
    } catch (error) {
      // Too deep to read is its own diagnostic, on this line; any other failure is "cannot read" below.
      if (error instanceof ExpressionDepthError) throw error;
      right = undefined;
    }
    if (!right) {
      const target = left.some((token) => token.type === 'op' && (token.text === '.' || token.text === '->')) ? undefined : targetOf(left, spec);
      return { kind: 'unknown', message: 'cannot read the value of this assignment', ...(target === undefined ? {} : { target }) };
    }
    const isTypeSuffix = spec.id === 'purebasic' && left.length === 3;
    if (!isTypeSuffix && left.some((token) => token.type === 'op' && (token.text === '.' || token.text === '->'))) {
      // `obj.Prop = v` when the left side is exactly a member; `Chilkat.Http http = ...` is a typed declaration.
      const target = parseWhole(left, spec);
      if (target?.kind === 'member') return { kind: 'set', object: target.object, property: target.name, expr: right };
    }
    const target = targetOf(left, spec);
    if (target === undefined) return { kind: 'unknown', message: 'cannot find the assigned variable' };
    if (op === '+=' || op === '-=') return { kind: 'assign', target, expr: { kind: 'binary', op: op[0] ?? '+', left: { kind: 'name', name: target }, right } };
    return { kind: 'assign', target, expr: right };
  }
  // PowerShell calls a command with space-separated arguments (`Add-Owner $json`): no declaration there.
  if (spec.dashIdentifiers === true && tokens.length > 1 && tokens[0]?.type === 'ident' && !tokens[0].text.startsWith('$')) {
    try {
      const expr = parseCommand(tokens, spec, 0);
      if (expr) return { kind: 'eval', expr };
    } catch (error) {
      if (error instanceof ExpressionDepthError) throw error;
    }
  }
  // Declarations: `Dim x As New T`, `Dim x As T`, C++ stack objects `CkHttp http`.
  const as = tokens.findIndex((token) => token.type === 'ident' && /^as$/i.test(token.text));
  if (as > 0) {
    const isNew = /^new$/i.test(tokens[as + 1]?.text ?? '');
    const typeName = tokens.slice(as + (isNew ? 2 : 1)).map((token) => token.text).join('');
    const cls = classOf(typeName);
    const target = tokens[as - 1]?.text ?? '';
    return isNew && cls ? { kind: 'new', target, class: cls } : { kind: 'skip' };
  }
  if (tokens.every((token) => token.type === 'ident' || token.text === '*' || token.text === ',' || token.text === ':' || token.text === '&')) {
    const [typeToken, nameToken] = tokens;
    const cls = typeToken ? classOf(typeToken.text) : undefined;
    if (tokens.length === 2 && cls && nameToken && /^Ck(?!o)/.test(typeToken?.text ?? '')) return { kind: 'new', target: nameToken.text, class: cls };
    return { kind: 'skip' };
  }
  try {
    const expr = parseCommand(tokens, spec, 0);
    if (expr) return { kind: 'eval', expr };
  } catch (error) {
    // A too-deep expression is reported as such; anything else falls through to the unknown statement below.
    if (error instanceof ExpressionDepthError) throw error;
  }
  return { kind: 'unknown', message: 'cannot read this statement' };
}
