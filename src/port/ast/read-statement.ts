/**
 * Reads one simple statement (no block) into the AST: declarations and constants, assignments to
 * variables, properties and array elements, calls, printing, `return`, `break`/`continue`.
 * Statements with no effect (imports, type declarations without a value, block closers) give nothing.
 *
 * @example
 * readSimpleStatement(statement, vb6, 'Const N As Long = 3'); //=> [{ kind: 'declare', name: 'N', constant: true, ... }]
 */
import { SKIP_FIRST } from '../actions.js';
import { buildsOrSends } from '../chilkat-names.js';
import { recognizeStatement } from '../word-shapes.js';
import { dottedName, parseWhole, type Expr } from '../expression.js';
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import type { Statement as TokenStatement } from '../statements.js';
import type { AssignTarget, Expression, SourcePlace, Statement } from './nodes.js';
import { isPrintName, PRINT_STATEMENT_WORDS } from './print-calls.js';
import { readOleObject } from './ole-objects.js';
import { sqlReturnCode } from './sql-blocks.js';
import { toExpression } from './read-expression.js';
import { readTypedDeclaration } from './typed-declarations.js';

const DECLARE_WORDS = new Set(['dim', 'local', 'global', 'var', 'let', 'const', 'my', 'our', 'val', 'auto', 'final', 'static', 'private', 'public', 'store', 'redim']);
const CONSTANT_WORDS = new Set(['const', 'final', 'constexpr']);
/** Calls that change a Chilkat object besides those that build or send ({@link buildsOrSends}); a statement hiding one is reported. */
const CHANGES_OBJECT = /^(?:Emit\w*|Load\w*|Clear|Delete\w*|put_?\w+)$/;

function lower(token: Token | undefined): string {
  return (token?.text ?? '').toLowerCase();
}

/** Index of the first `=`/`:=` at bracket depth 0, or -1. */
function assignmentAt(tokens: readonly Token[]): number {
  let depth = 0;
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'op') continue;
    if (token.text === '(' || token.text === '[' || token.text === '{') depth += 1;
    else if (token.text === ')' || token.text === ']' || token.text === '}') depth -= 1;
    else if (depth === 0 && (token.text === '=' || token.text === ':=')) return index;
  }
  return -1;
}

/** `a(1) = v` (BASIC, FoxPro), `a[i] = v`, `scanners[0] := v`: an element assignment, or `undefined`. */
function elementAssignment(tokens: readonly Token[], spec: LanguageSpec, place: SourcePlace): Statement | undefined {
  const at = assignmentAt(tokens);
  if (at <= 0 || DECLARE_WORDS.has(lower(tokens[0]))) return undefined;
  const left = parseWhole(tokens.slice(0, at), spec);
  const right = parseWhole(tokens.slice(at + 1), spec);
  if (!left || !right) return undefined;
  let target: AssignTarget | undefined;
  if (left.kind === 'index') target = toExpression(left, spec) as AssignTarget;
  else if (left.kind === 'call' && left.callee.kind === 'name' && left.args.length === 1 && left.args[0]) {
    target = { kind: 'index', object: { kind: 'name', name: left.callee.name }, index: toExpression(left.args[0], spec) };
  }
  return target === undefined ? undefined : { kind: 'assign', ...place, target, op: '=', value: toExpression(right, spec) };
}

/** FoxPro and Lianja: arrays start at 1 and may be sized in brackets. */
function isXbase(spec: LanguageSpec): boolean {
  return spec.id === 'foxpro' || spec.id === 'lianja';
}

/** `Dim a(2)`, `Dim a(1 To 3) As T`, `DIMENSION a(3)`, `name: array[0..2] of T`: a fixed-size array. */
function arrayDeclaration(tokens: readonly Token[], spec: LanguageSpec, place: SourcePlace): Statement | undefined {
  const head = lower(tokens[0]);
  // FoxPro writes the size in parentheses or brackets: `DIMENSION laDays(3)`, `DIMENSION laDays[3]`.
  const open = tokens[2]?.text;
  const basic = ['dim', 'dimension', 'redim', 'local', 'public', 'private'].includes(head) && tokens[1]?.type === 'ident' && (open === '(' || (open === '[' && isXbase(spec)));
  if (basic) {
    const close = tokens.findIndex((token, index) => index > 2 && token.text === (open === '[' ? ']' : ')'));
    const inside = tokens.slice(3, close);
    if (close < 0) return undefined;
    const name = tokens[1]?.text ?? '';
    // `Dim platforms() As String = {"iOS", "Android"}`: the value is the array.
    const assigned = assignmentAt(tokens);
    if (assigned > close) {
      const value = parseWhole(tokens.slice(assigned + 1), spec);
      return value ? { kind: 'declare', ...place, name, constant: false, value: toExpression(value, spec) } : { kind: 'unsupported', ...place, message: 'cannot read the value of this declaration', target: name };
    }
    if (inside.length === 0) return { kind: 'declare', ...place, name, constant: false, value: { kind: 'list', items: [] } };
    const toAt = inside.findIndex((token) => lower(token) === 'to');
    const upper = parseWhole(toAt < 0 ? inside : inside.slice(toAt + 1), spec);
    const from = toAt < 0 ? undefined : parseWhole(inside.slice(0, toAt), spec);
    if (!upper) return undefined;
    // FoxPro's DIMENSION a(3) has elements 1..3; VB's Dim a(2) has 0..2.
    const lowerBound: Expression = from ? toExpression(from, spec) : { kind: 'number', text: isXbase(spec) ? '1' : '0' };
    return { kind: 'declare', ...place, name, constant: false, lowerBound, upperBound: toExpression(upper, spec) };
  }
  // Pascal: `scanners: array[0..2] of string;`
  if (tokens[0]?.type === 'ident' && tokens[1]?.text === ':' && lower(tokens[2]) === 'array' && tokens[3]?.text === '[') {
    const range = tokens.findIndex((token) => token.text === '..');
    const close = tokens.findIndex((token) => token.text === ']');
    const from = parseWhole(tokens.slice(4, range), spec);
    const to = parseWhole(tokens.slice(range + 1, close), spec);
    if (range < 0 || close < 0 || !from || !to) return undefined;
    return { kind: 'declare', ...place, name: tokens[0].text, constant: false, lowerBound: toExpression(from, spec), upperBound: toExpression(to, spec) };
  }
  return undefined;
}

function callOf(expr: Expression): Expression {
  // VB calls a method or Sub without parentheses and without arguments: `json.Clear`, `DoWork`.
  return expr.kind === 'member' || expr.kind === 'name' ? { kind: 'call', callee: expr, args: [] } : expr;
}

function printOrCall(expression: Expression, place: SourcePlace): Statement {
  const call = callOf(expression);
  if (call.kind === 'call') {
    const name = call.callee.kind === 'name' || call.callee.kind === 'member' ? dottedName(call.callee as Expr) : undefined;
    if (name !== undefined && isPrintName(name)) return { kind: 'print', ...place, values: call.args };
  }
  return { kind: 'expression-statement', ...place, expression: call };
}

/**
 * Reads one statement that opens no block.
 *
 * @param statement - The statement's tokens.
 * @param spec - The language.
 * @param source - The statement's source line, trimmed.
 * @returns The AST statements (none for a statement without effect).
 * @example
 * readSimpleStatement(statement, csharp, 'json.UpdateInt("a", 1);')[0]?.kind; //=> 'expression-statement'
 */
export function readSimpleStatement(statement: TokenStatement, spec: LanguageSpec, source: string): Statement[] {
  const place: SourcePlace = { line: statement.line, source };
  const tokens = statement.tokens;
  const head = lower(tokens[0]);
  const second = lower(tokens[1]);
  // PureBasic's `ProcedureReturn [value]`.
  if ((head === 'return' || head === 'procedurereturn') && tokens[0]?.type === 'ident') {
    const value = tokens.length > 1 ? parseWhole(tokens.slice(1), spec) : undefined;
    return [{ kind: 'return', ...place, ...(value === undefined ? {} : { value: toExpression(value, spec) }) }];
  }
  if (head === 'exit' && ['sub', 'function', 'func', 'procedure', 'def'].includes(second)) return [{ kind: 'return', ...place }];
  if ((head === 'exit' && ['for', 'do', 'while', 'loop'].includes(second)) || (head === 'break' && tokens.length === 1) || (head === 'exitloop' && spec.id === 'autoit')) return [{ kind: 'jump', ...place, jump: 'break' }];
  if ((head === 'continue' && tokens.length === 1) || (head === 'next' && spec.loops === 'ruby' && tokens.length === 1)) return [{ kind: 'jump', ...place, jump: 'continue' }];
  // Chilkat's PowerBuilder samples print with PowerShell's `Write-Debug x`.
  const dashed = tokens[1]?.text === '-' && tokens[2]?.type === 'ident' ? `${tokens[0]?.text ?? ''}-${tokens[2].text}` : undefined;
  if (dashed !== undefined && !spec.dashIdentifiers && isPrintName(dashed)) {
    const printed = parseWhole(tokens.slice(3), spec);
    if (printed) return [{ kind: 'print', ...place, values: [toExpression(printed, spec)] }];
  }
  // FoxPro's `LPARAMETERS tcSeats, tcPlan` at the top of a program: its command-line arguments, in order
  // (in a PROCEDURE the block reader makes them the procedure's parameters).
  if (isXbase(spec) && (head === 'lparameters' || head === 'parameters') && tokens.length > 1 && tokens.slice(1).every((token, at) => (at % 2 === 0 ? token.type === 'ident' : token.text === ','))) {
    return tokens.slice(1).filter((token) => token.type === 'ident').map((token, at): Statement => ({ kind: 'declare', ...place, name: token.text, constant: false, value: { kind: 'index', object: { kind: 'arguments', program: false }, index: { kind: 'number', text: String(at) } } }));
  }
  const shaped = readTypedDeclaration(tokens, spec, place) ?? readOleObject(tokens, spec, place);
  if (shaped) return shaped;
  // PowerBuilder leaves a loop with a bare `exit`.
  if (head === 'exit' && tokens.length === 1 && spec.id === 'powerbuilder') return [{ kind: 'jump', ...place, jump: 'break' }];
  // Page delimiters (`<%`, `%>`, `<?php`, `?>`) and lists of names (`uses A.B, C;`) do nothing.
  if (tokens.every((token) => token.type === 'op' || (token.type === 'ident' && /^php$/i.test(token.text)))) return [];
  if (tokens.some((token) => token.text === ',') && tokens.every((token) => token.type === 'ident' || token.text === ',' || token.text === '.') && (spec.braces || spec.loops === 'delphi')) return [];
  // C's `char path[64];`, `int counts[3];`: a buffer or array declared without a value.
  const bracket = tokens.findIndex((token) => token.text === '[');
  if (spec.braces && spec.shape === 'dot' && bracket >= 2 && tokens[bracket - 1]?.type === 'ident' && assignmentAt(tokens) < 0 && tokens.at(-1)?.text === ']' && tokens.slice(0, bracket).every((token) => token.type === 'ident' || token.text === '*')) {
    const size = parseWhole(tokens.slice(bracket + 1, -1), spec);
    const name = tokens[bracket - 1]?.text ?? '';
    // Its size is what `sizeof(path)` gives.
    return size ? [{ kind: 'declare', ...place, name, constant: false, type: tokens.slice(0, bracket - 1).map((token) => token.text).join(' '), lowerBound: { kind: 'number', text: '0' }, upperBound: { kind: 'binary', op: '-', left: toExpression(size, spec), right: { kind: 'number', text: '1' } } }] : [];
  }
  // `const char *hosts[N] = { ... }`, `String names[] = { ... }`: the declared name is before the brackets.
  const assignAt = assignmentAt(tokens);
  if (spec.braces && spec.shape === 'dot' && bracket >= 2 && assignAt > bracket && tokens[assignAt - 1]?.text === ']' && tokens[bracket - 1]?.type === 'ident') {
    const value = parseWhole(tokens.slice(assignAt + 1), spec);
    const name = tokens[bracket - 1]?.text ?? '';
    if (value) return [{ kind: 'declare', ...place, name, constant: tokens.some((token) => CONSTANT_WORDS.has(lower(token))), value: toExpression(value, spec) }];
  }
  const array = arrayDeclaration(tokens, spec, place);
  if (array) return [array];
  const element = elementAssignment(tokens, spec, place);
  if (element) return [element];
  // FoxPro's `? x` and `print x` forms.
  if (PRINT_STATEMENT_WORDS.has(head) && tokens.length > 1 && !(tokens[1]?.type === 'op' && ['=', ':=', '.', '->', '('].includes(tokens[1].text))) {
    const rest = parseWhole(tokens.slice(1), spec);
    if (rest) return [{ kind: 'print', ...place, values: [toExpression(rest, spec)] }];
  }
  // VB's call of a Sub without parentheses, with variables as arguments: `AddJwt json, lifetime`.
  const bareCall = spec.loops === 'basic' && !spec.braces && tokens[0]?.type === 'ident' && tokens[1]?.type === 'ident' && !SKIP_FIRST.has(head) && !DECLARE_WORDS.has(head) && !['dimension', 'redim', 'set', 'call'].includes(head);
  if (bareCall && tokens.slice(1).every((token, at) => (at % 2 === 0 ? token.type === 'ident' : token.text === ','))) {
    const args = tokens.filter((token) => token.type === 'ident').slice(1).map((token): Expression => ({ kind: 'name', name: token.text }));
    return [{ kind: 'expression-statement', ...place, expression: { kind: 'call', callee: { kind: 'name', name: tokens[0]?.text ?? '' }, args } }];
  }
  if (spec.shape === 'sql') {
    const code = sqlReturnCode(tokens, place);
    if (code.length > 0) return [...readSimpleStatement({ ...statement, tokens: [tokens[0], ...tokens.slice(3)].filter((token) => token !== undefined) }, spec, source), ...code];
  }
  const action = recognizeStatement(statement, spec);
  const words = tokens.filter((token) => token.type === 'ident').map((token) => token.text.toLowerCase());
  const constant = words.some((word) => CONSTANT_WORDS.has(word)) || (tokens[0]?.text === '#' && second === 'define');
  switch (action.kind) {
    case 'skip': {
      // A keyword statement the reader does not follow must not hide a Chilkat call.
      const hidden = tokens.findIndex((token, at) => at > 0 && token.type === 'ident' && (buildsOrSends(token.text) || CHANGES_OBJECT.test(token.text)) && ['.', '->'].includes(tokens[at - 1]?.text ?? ''));
      return hidden < 0 ? [] : [{ kind: 'unsupported', ...place, message: `a call inside a statement that is not followed: ${tokens[hidden]?.text ?? ''}` }];
    }
    case 'unknown':
      return [{ kind: 'unsupported', ...place, message: action.message, ...(action.target === undefined ? {} : { target: action.target }) }];
    case 'new':
      return [{ kind: 'declare', ...place, name: action.target, constant: false, value: { kind: 'create-object', className: action.class } }];
    case 'set':
      return [{ kind: 'assign', ...place, target: { kind: 'member', object: toExpression(action.object, spec), name: action.property }, op: '=', value: toExpression(action.expr, spec) }];
    case 'assign': {
      const value = toExpression(action.expr, spec);
      const declared = constant || DECLARE_WORDS.has(head) || tokens[0]?.text === '#' || (head !== 'set' && assignmentAt(tokens) > 1);
      if (declared) return [{ kind: 'declare', ...place, name: action.target, constant, value }];
      return [{ kind: 'assign', ...place, target: { kind: 'name', name: action.target }, op: '=', value }];
    }
    case 'eval':
      return [printOrCall(toExpression(action.expr, spec), place)];
  }
}
