/**
 * Turns the shared expression parser's trees into AST expressions: Chilkat object creation in every
 * spelling becomes {@link CreateObject}, interpolated strings become {@link InterpolatedString} with
 * each hole read as an expression of the script's language.
 *
 * @example
 * toExpression({ kind: 'call', callee: { kind: 'name', name: 'CreateObject' }, args: [{ kind: 'string', value: 'Chilkat.Http' }] }, vbscript);
 * //=> { kind: 'create-object', className: 'Http' }
 */
import { canonicalMethod, classOf, splitFlatName } from '../chilkat-names.js';
import { dottedName, parseExpression, type Expr } from '../expression.js';
import type { LanguageSpec } from '../language-spec.js';
import { tokenize, type Hole } from '../lexer.js';
import type { Expression, InterpolationPart } from './nodes.js';

/** Functions and methods that create an object from a class name or ProgID given as their argument or owner. */
/** Delphi type casts between string types: the value passes through. */
const PASCAL_CASTS = /^(?:PWideChar|PChar|PAnsiChar|WideString|AnsiString|UnicodeString|string)$/i;
const CREATORS = new Set(['new', 'create', 'ckcreate', 'alloc', 'createobject', 'objcreate', 'new-object', 'createoleobject', 'com']);

function classFromArgs(args: readonly Expr[]): ReturnType<typeof classOf> {
  const first = args[0];
  if (!first) return undefined;
  const text = first.kind === 'string' ? first.value : dottedName(first);
  return text === undefined ? undefined : classOf(text);
}

/** The Chilkat class a call creates, or `undefined` when it is not a creation. */
function createdClass(expr: Extract<Expr, { kind: 'call' }>): ReturnType<typeof classOf> {
  const dotted = dottedName(expr.callee);
  const flat = dotted === undefined ? undefined : splitFlatName(dotted.replace(/\./g, '::'));
  if (flat) return /^(?:Create|New)$/i.test(canonicalMethod(flat.method)) ? flat.class : undefined;
  const callee = expr.callee;
  if (callee.kind === 'member') {
    const lower = callee.name.toLowerCase();
    const owner = dottedName(callee.object);
    if ((CREATORS.has(lower) || lower === 'init') && owner !== undefined) return classOf(owner) ?? classFromArgs(expr.args);
    if ((lower === 'init' || lower === 'alloc') && callee.object.kind === 'call') return createdClass(callee.object);
    // `chilkat2.JsonObject()`, `chilkat.NewHttp()`: a module's constructor function.
    if (owner !== undefined && /^[a-z]/.test(owner) && !owner.includes('.')) return classOf(callee.name);
    return undefined;
  }
  if (callee.kind === 'name') {
    if (CREATORS.has(callee.name.toLowerCase())) return classFromArgs(expr.args);
    // Tcl: `[new_CkJsonObject]`.
    if (/^new_Ck\w+$/.test(callee.name) && expr.args.length === 0) return classOf(callee.name.slice(4));
    const cls = classOf(callee.name);
    // `IChilkatHttpResponse(x)` is a cast (Delphi), not a constructor.
    const cast = expr.args.length === 1 && expr.args[0]?.kind !== 'string';
    return cls !== undefined && !cast ? cls : undefined;
  }
  return undefined;
}

/** Reads one interpolation hole (`$i`, `{$a[$i]}`, `$($x.ToLower())`, `#{a}`, `{i}`) as an expression. */
function holeExpression(hole: Hole, spec: LanguageSpec): Expression {
  if (hole.name !== undefined) return { kind: 'name', name: hole.name };
  const inner = hole.raw.replace(/^(?:\$\(|\$\{|#\{|\\\(|\{)/, '').replace(/[)}]$/, '');
  try {
    const tokens = tokenize(inner, spec).filter((token) => token.type !== 'newline');
    const parsed = parseExpression(tokens, spec, 0);
    if (parsed.next === tokens.length) return toExpression(parsed.expr, spec);
  } catch {
    // Reported below.
  }
  return { kind: 'unreadable', why: `the interpolation ${hole.raw} is not translated` };
}

function interpolated(text: string, holes: readonly Hole[], spec: LanguageSpec): Expression {
  const parts: InterpolationPart[] = [];
  let at = 0;
  for (const hole of holes) {
    if (hole.at > at) parts.push({ kind: 'text', text: text.slice(at, hole.at) });
    at = hole.at;
    parts.push({ kind: 'hole', expression: holeExpression(hole, spec), raw: hole.raw });
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return { kind: 'interpolated', parts };
}

/**
 * Reads the text of a Tcl expression (`expr {…}`, the condition of `if`, `while`, `for`) as an expression.
 *
 * @param text - The expression's text, braces removed.
 * @param spec - The Tcl spec.
 * @param line - The line the text starts on, for the message when it cannot be read.
 * @returns The expression, or an unreadable one.
 * @example
 * tclExpression('$i < 2', tcl).kind; //=> 'binary'
 */
export function tclExpression(text: string, spec: LanguageSpec, line?: number): Expression {
  try {
    const tokens = tokenize(text, spec).filter((token) => token.type !== 'newline');
    const parsed = parseExpression(tokens, spec, 0);
    if (parsed.next === tokens.length) return toExpression(parsed.expr, spec);
  } catch {
    // Reported below.
  }
  return { kind: 'unreadable', why: `cannot read the expression {${text}}${line === undefined ? '' : ` on line ${String(line)}`}` };
}

/**
 * Converts a parsed expression to the AST.
 *
 * @param expr - From the shared expression parser.
 * @param spec - The language (interpolation holes are read in it).
 * @returns The AST expression.
 * @example
 * toExpression({ kind: 'new', callee: { kind: 'name', name: 'CkJsonObject' }, args: [] }, java); //=> { kind: 'create-object', className: 'JsonObject' }
 */
export function toExpression(expr: Expr, spec: LanguageSpec): Expression {
  switch (expr.kind) {
    case 'string':
      if (expr.problem !== undefined) return { kind: 'unreadable', why: expr.problem };
      return expr.holes === undefined || expr.holes.length === 0 ? { kind: 'string', value: expr.value } : interpolated(expr.value, expr.holes, spec);
    case 'number':
    case 'boolean':
    case 'null':
    case 'name':
      return expr;
    case 'member':
      return { kind: 'member', object: toExpression(expr.object, spec), name: expr.name };
    case 'index':
      return { kind: 'index', object: toExpression(expr.object, spec), index: toExpression(expr.index, spec) };
    case 'list':
      return { kind: 'list', items: expr.items.map((item) => toExpression(item, spec)) };
    case 'dict':
      return { kind: 'dict', entries: expr.entries.map((entry) => ({ key: toExpression(entry.key, spec), value: toExpression(entry.value, spec) })) };
    case 'unary':
      return { kind: 'unary', op: expr.op, operand: toExpression(expr.operand, spec) };
    case 'binary':
      return { kind: 'binary', op: expr.op, left: toExpression(expr.left, spec), right: toExpression(expr.right, spec) };
    case 'new': {
      const name = dottedName(expr.callee) ?? '';
      const first = expr.args[0];
      const cls = classOf(name) ?? (name.toUpperCase() === 'COM' && first?.kind === 'string' ? classOf(first.value) : undefined);
      return cls === undefined ? { kind: 'new', callee: toExpression(expr.callee, spec), args: expr.args.map((arg) => toExpression(arg, spec)) } : { kind: 'create-object', className: cls };
    }
    case 'call': {
      const cls = createdClass(expr);
      if (cls !== undefined) return { kind: 'create-object', className: cls };
      // Tcl: `[expr {$i + 1}]` computes its text as an expression; `[list a b]` is a list.
      if (spec.shape === 'tcl' && expr.callee.kind === 'name' && expr.callee.name === 'expr' && expr.args.length === 1 && expr.args[0]?.kind === 'string') return tclExpression(expr.args[0].value, spec);
      if (spec.shape === 'tcl' && expr.callee.kind === 'name' && expr.callee.name === 'list') return { kind: 'list', items: expr.args.map((arg) => toExpression(arg, spec)) };
      // VB's `Array(a, b)` is a list literal.
      if (expr.callee.kind === 'name' && /^array$/i.test(expr.callee.name) && spec.loops === 'basic') return { kind: 'list', items: expr.args.map((arg) => toExpression(arg, spec)) };
      // Delphi's string casts (`PWideChar(s)`) keep the value.
      if (expr.callee.kind === 'name' && PASCAL_CASTS.test(expr.callee.name) && spec.loops === 'delphi' && expr.args.length === 1 && expr.args[0]) return toExpression(expr.args[0], spec);
      // A Delphi cast `IChilkatHttpResponse(x)` is its argument.
      if (expr.callee.kind === 'name' && classOf(expr.callee.name) !== undefined && expr.args.length === 1 && expr.args[0]) return toExpression(expr.args[0], spec);
      return { kind: 'call', callee: toExpression(expr.callee, spec), args: expr.args.map((arg) => toExpression(arg, spec)) };
    }
  }
}
