/**
 * Runs a script's statements symbolically and records the Chilkat calls it
 * makes as IR: variables hold literals, loops with literal bounds are
 * unrolled, anything that cannot be followed becomes an `unsupported` node.
 *
 * @example
 * interpret(statements, autoit).map((node) => node.kind); //=> ['new', 'update', ...]
 */
import type { Action } from './actions.js';
import { isPrintName } from './ast/print-calls.js';
import { RELEASE_METHODS, SEND_METHODS, canonicalMethod, classOf, isUpdateMethod, optionName, setterProperty, splitFlatName } from './chilkat-names.js';
import { dottedName, ExpressionDepthError, type Expr } from './expression.js';
import type { HttpOption, IrBody, IrClass, IrNode, IrValue, JsonOption, JsonRefMethod } from './ir.js';
import type { LanguageSpec } from './language-spec.js';
import type { Hole, Token } from './lexer.js';
import { countNames, readControl, type Body, type Control } from './control.js';
import { parseExpression } from './expression.js';
import { LiveObjects } from './live-objects.js';
import { findLoopBody, readLoopHeader } from './loops.js';
import type { Statement } from './statements.js';
import { recognizeStatement } from './word-shapes.js';

/** A value while interpreting. */
type Value =
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'number'; readonly text: string; readonly n: number }
  | { readonly t: 'boolean'; readonly v: boolean }
  | { readonly t: 'null' }
  | { readonly t: 'object'; readonly ref: ObjectRef }
  | { readonly t: 'json-text'; readonly handle: string }
  | { readonly t: 'unknown'; readonly why: string };

interface ObjectRef {
  handle: string;
  readonly cls: IrClass;
  readonly line: number;
  /** Created after the request was sent: response handling, not ported. */
  readonly afterSend: boolean;
  /** A part of another object (`jarr.ObjectAt(0)`, `json.ArrayOf("items")`), sharing its data. */
  readonly origin?: { readonly from: string; readonly method: JsonRefMethod; readonly arg: string | number };
}

/** Thrown to turn the current statement into an `unsupported` node. */
class Unsupported extends Error {
  override readonly name = 'Unsupported';
}

const MAX_ITERATIONS = 10_000;
const COMPARISONS: Readonly<Record<string, 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge'>> = {
  '=': 'eq', '==': 'eq', '===': 'eq', '-eq': 'eq', eq: 'eq', '!=': 'ne', '<>': 'ne', '!==': 'ne', '-ne': 'ne', ne: 'ne', '<': 'lt', '-lt': 'lt', lt: 'lt',
  '>': 'gt', '-gt': 'gt', gt: 'gt', '<=': 'le', '-le': 'le', le: 'le', '>=': 'ge', '-ge': 'ge', ge: 'ge',
};
const RELEASES = /^(?:delete_Ck\w+|FreeAndNil|Free|Release|Dispose|Destroy|delete|print|println|puts|echo|writeln|ShowMessage|MsgBox|ConsoleWrite|console\.log|Debug\.Print|Console\.WriteLine|System\.out\.println|Write-Host|Write-Output|NSLog|printf|fmt\.Println|p)$/i;
/** Calls that only make sense on a Chilkat object: on anything else they are reported, not dropped. */
const CHILKAT_CALL = /^(?:Update[A-Z]\w*|EmitSb|SetRequestHeader|PTextSb|PText|PostJson\d?|HttpJson|HttpStr|HttpSb|HttpNoBody|PutText|Quick\w+|(?:Put_?|Set)(?:AuthToken|BasicAuth|Login|Password|I|J|K|DelimiterChar))$/;
const CREATORS = new Set(['new', 'create', 'ckcreate', 'alloc', 'createobject', 'objcreate', 'new-object', 'createoleobject', 'com']);
/** Names of text constants every script may use (`vbCrLf`, `@CRLF`). */
export const NAMED_CONSTANTS: Readonly<Record<string, string>> = {
  '@crlf': '\r\n', '@lf': '\n', '@cr': '\r', '@tab': '\t', vbcrlf: '\r\n', vblf: '\n', vbcr: '\r', vbtab: '\t', vbnewline: '\r\n',
  endofline: '\n', crlf: '\r\n',
};
const TO_STRING = new Set(['str', 'cstr', 'string', 'tostring', 'to_s', 'inttostr', 'itoa', 'alltrim', 'trim', 'ltrim', 'rtrim', 'valueof', 'description', 'strval', 'sprint']);
const TO_NUMBER = new Set(['int', 'cint', 'clng', 'val', 'integer', 'number', 'parseint', 'intval', 'numberwithint', 'numberwithbool', 'numberwithdouble', 'numberwithinteger', 'numberwithlong']);

function show(value: Value): string {
  switch (value.t) {
    case 'string':
      return value.v;
    case 'number':
      return value.text;
    case 'boolean':
      return value.v ? 'true' : 'false';
    case 'null':
      return 'null';
    default:
      throw new Unsupported('cannot follow a value used as text');
  }
}

function numberValue(n: number): Value {
  return { t: 'number', text: String(n), n };
}

/** The interpreter for one script. */
class Interpreter {
  readonly nodes: IrNode[] = [];
  readonly #spec: LanguageSpec;
  readonly #env = new Map<string, Value>();
  readonly #sb = new Map<string, string>();
  #line = 0;
  #source = '';
  #tokens: readonly Token[] = [];
  #target: string | undefined;
  #sent = false;
  #sendLine = 0;
  #anonymous = 0;
  /** Set while running statements whose effect the porter cannot translate (a branch on unknown data, a helper's body): why. */
  #untranslated: string | undefined;
  #names: ReadonlyMap<string, number> = new Map();

  readonly #lines: readonly string[];

  constructor(spec: LanguageSpec, lines: readonly string[]) {
    this.#spec = spec;
    this.#lines = lines;
  }

  key(name: string): string {
    const bare = this.#spec.id === 'tcl' ? name.replace(/^\$/, '') : name;
    return this.#spec.caseInsensitive ? bare.toLowerCase() : bare;
  }

  unsupported(message: string): void {
    this.nodes.push({ kind: 'unsupported', line: this.#line, message, source: this.#source });
  }

  start(statements: readonly Statement[]): void {
    this.#names = countNames(statements, this.#spec);
    this.run(statements, 0, statements.length);
  }

  run(statements: readonly Statement[], start: number, end: number): void {
    let index = start;
    while (index < end) {
      const statement = statements[index];
      if (!statement) break;
      this.#line = statement.line;
      this.#source = this.#lines[statement.line - 1]?.trim() ?? '';
      this.#tokens = statement.tokens;
      const loop = readLoopHeader(statement, this.#spec);
      if (loop) {
        const body = findLoopBody(statements, index, loop);
        this.unroll(statements, loop, body);
        index = body.after;
        continue;
      }
      const control = readControl(statements, index, this.#spec, this.#names);
      if (control && control.after <= end && control.after > index) {
        this.control(statements, control);
        index = control.after;
        continue;
      }
      if (this.isOtherLoop(statement)) {
        this.unsupported(`loop not unrolled (its bounds are not literal or its form is not known); its body is ported once`);
      }
      this.step(statement);
      index += 1;
    }
  }

  /** A loop header the unroller does not read: `While`, `Do`, `For Each`, Ruby's `each do`. */
  isOtherLoop(statement: Statement): boolean {
    const [head, next] = statement.tokens;
    if (head?.type !== 'ident' || this.#spec.shape === 'tcl') return false;
    const word = head.text.toLowerCase();
    if (/^(?:for|foreach|while|until|repeat|scan)$/.test(word)) return true;
    if (word === 'do') return statement.tokens.length === 1 || /^(?:while|until)$/i.test(next?.text ?? '');
    return this.#spec.loops === 'ruby' && statement.tokens.some((token, index) => index > 0 && token.type === 'ident' && token.text === 'do');
  }

  /** Runs a control structure: the branch a known condition picks, or every branch as untranslated. */
  control(statements: readonly Statement[], control: Control): void {
    switch (control.kind) {
      case 'if': {
        for (const branch of control.branches) {
          const holds = branch.condition === undefined ? true : this.condition(branch.condition, branch.line);
          if (typeof holds === 'string') {
            this.untranslated(`inside the If on line ${String(control.line)}, whose condition is not known (${holds})`, () => {
              for (const each of control.branches) this.body(statements, each.body);
            });
            return;
          }
          if (holds !== branch.negate || branch.condition === undefined) {
            this.body(statements, branch.body);
            return;
          }
        }
        return;
      }
      case 'select':
        this.untranslated(`inside the Select Case/switch on line ${String(control.line)}, which is not translated`, () => this.body(statements, control.body));
        return;
      case 'definition':
        if (!control.helper) {
          this.body(statements, control.body);
          return;
        }
        this.#helpers.add(this.key(control.name));
        this.untranslated(`inside ${control.name} (line ${String(control.line)}), a helper the porter does not translate`, () => this.body(statements, control.body));
        return;
    }
  }

  readonly #helpers = new Set<string>();

  body(statements: readonly Statement[], body: Body): void {
    if ('inline' in body) this.run([body.inline], 0, 1);
    else this.run(statements, body.start, body.end);
  }

  untranslated(why: string, run: () => void): void {
    const saved = this.#untranslated;
    this.#untranslated ??= why;
    try {
      run();
    } finally {
      this.#untranslated = saved;
    }
  }

  /** A condition's truth, or why it cannot be known. */
  condition(tokens: readonly Token[], line: number): boolean | string {
    this.#line = line;
    let expr: Expr;
    try {
      const parsed = parseExpression(tokens, this.#spec, 0);
      if (parsed.next !== tokens.length) return 'cannot read the condition';
      expr = parsed.expr;
    } catch {
      return 'cannot read the condition';
    }
    let value: Value;
    try {
      value = this.eval(expr);
    } catch (error) {
      if (error instanceof Unsupported) return error.message;
      throw error;
    }
    switch (value.t) {
      case 'boolean': return value.v;
      case 'number': return value.n !== 0;
      case 'null': return false;
      case 'unknown': return value.why;
      default: return 'the condition is not a plain value';
    }
  }

  unroll(statements: readonly Statement[], loop: NonNullable<ReturnType<typeof readLoopHeader>>, body: { start: number; end: number }): void {
    let from: Value;
    let to: Value;
    let step: Value;
    try {
      from = this.eval(loop.from);
      to = this.eval(loop.to);
      step = this.eval(loop.step);
    } catch {
      from = { t: 'unknown', why: '' };
      to = from;
      step = from;
    }
    if (from.t !== 'number' || to.t !== 'number' || step.t !== 'number' || step.n === 0) {
      this.unsupported(`loop bounds of ${loop.variable} are not literal; its body is ported once`);
      this.run(statements, body.start, body.end);
      return;
    }
    let count = 0;
    for (let i = from.n; step.n > 0 ? (loop.inclusive ? i <= to.n : i < to.n) : loop.inclusive ? i >= to.n : i > to.n; i += step.n) {
      if ((count += 1) > MAX_ITERATIONS) {
        this.unsupported(`loop over ${loop.variable} runs more than ${String(MAX_ITERATIONS)} times`);
        return;
      }
      this.#env.set(this.key(loop.variable), numberValue(i));
      this.run(statements, body.start, body.end);
    }
  }

  step(statement: Statement): void {
    const before = this.nodes.length;
    try {
      this.act(statement);
    } finally {
      if (this.#untranslated !== undefined) {
        const added = this.nodes.splice(before);
        const kept = added.filter((node) => node.kind === 'unsupported');
        this.nodes.push(...kept);
        if (kept.length < added.length) this.unsupported(`${this.#untranslated}: not ported`);
      }
    }
  }

  act(statement: Statement): void {
    let action: Action;
    try {
      action = recognizeStatement(statement, this.#spec);
    } catch (error) {
      // A too-deep expression is always reported, whatever the statement mentions.
      if (error instanceof ExpressionDepthError) return this.unsupported(error.message);
      action = { kind: 'unknown', message: 'cannot read this statement' };
    }
    try {
      this.perform(action);
    } catch (error) {
      if (error instanceof Unsupported) this.unsupported(error.message);
      else throw error;
    } finally {
      this.#target = undefined;
    }
  }

  perform(action: Action): void {
    switch (action.kind) {
      case 'skip': {
        // A statement the reader does not follow (a condition, a return) must not hide a Chilkat call.
        const call = this.skippedCall();
        if (call !== undefined) throw new Unsupported(`a call inside a condition or return is not followed: ${call}`);
        return;
      }
      case 'unknown': {
        // A variable whose new value cannot be read must not keep its old one.
        if (action.target !== undefined) this.#env.set(this.key(action.target), { t: 'unknown', why: `cannot read the value assigned to ${action.target} on line ${String(this.#line)}` });
        // Only statements that mention a Chilkat object or call are worth a diagnostic.
        if (this.#sent) return;
        const mentions = [...this.#env.entries()].some(([name, value]) => value.t === 'object' && !value.ref.afterSend && this.#source.toLowerCase().includes(name.toLowerCase()));
        if (mentions || /\bUpdate[A-Z]\w*|SetRequestHeader|AuthToken|PTextSb|HttpJson|PostJson/.test(this.#source)) this.unsupported(action.message);
        return;
      }
      case 'new':
        this.bind(action.target, this.create(action.class));
        return;
      case 'assign': {
        this.#target = action.target;
        const value = this.eval(action.expr);
        this.bind(action.target, value);
        return;
      }
      case 'set': {
        const object = this.eval(action.object);
        if (object.t !== 'object') {
          if (/^(?:AuthToken|Login|Password|BasicAuth)$/i.test(action.property)) throw new Unsupported(`cannot tell which object ${action.property} is set on`);
          return;
        }
        this.setOption(object.ref, action.property, this.eval(action.expr));
        return;
      }
      case 'eval':
        this.eval(action.expr);
        return;
    }
  }

  /**
   * The first call in the current statement's tokens on a known JsonObject,
   * Http or StringBuilder that changes it (not a read such as `LastErrorText`),
   * as `handle.Method`, or `undefined`.
   */
  skippedCall(): string | undefined {
    if (this.#sent) return undefined;
    const tokens = this.#tokens;
    for (let index = 0; index + 2 < tokens.length; index += 1) {
      const [name, dot, member] = [tokens[index], tokens[index + 1], tokens[index + 2]];
      if (name?.type !== 'ident' || dot?.type !== 'op' || !['.', '->', ':'].includes(dot.text) || member?.type !== 'ident') continue;
      const value = this.#env.get(this.key(name.text));
      if (value?.t !== 'object' || value.ref.afterSend || !['JsonObject', 'Http', 'StringBuilder'].includes(value.ref.cls)) continue;
      const method = canonicalMethod(member.text);
      if (/^(?:Get|Last|Has|Is|Emit$|Size|JsonTypeOf)|Of$/.test(method) || /^[a-z]/.test(member.text.replace(/^_+/, ''))) continue;
      return `${name.text}.${method}`;
    }
    return undefined;
  }

  bind(target: string, value: Value): void {
    if (this.#untranslated !== undefined) {
      // Whether this assignment happens depends on what the porter cannot follow.
      this.#env.set(this.key(target), { t: 'unknown', why: `${target} is set ${this.#untranslated}` });
      return;
    }
    if (value.t === 'object' && value.ref.handle === '') {
      value.ref.handle = target;
      // A part of another object: the variable now names it (a reused C++ pointer or C handle follows it).
      const origin = value.ref.origin;
      this.nodes.push(origin === undefined ? { kind: 'new', line: value.ref.line, handle: target, class: value.ref.cls } : { kind: 'json-ref', line: value.ref.line, handle: target, ...origin });
    }
    this.#env.set(this.key(target), value);
  }

  create(cls: IrClass): Value {
    return { t: 'object', ref: { handle: '', cls, line: this.#line, afterSend: this.#sent } };
  }

  /** Gives an object created inside an expression (e.g. `new HttpResponse()` as an argument) a name. */
  named(value: Value): Value {
    if (value.t === 'object' && value.ref.handle === '') this.bind(`${value.ref.cls.charAt(0).toLowerCase()}${value.ref.cls.slice(1)}${String((this.#anonymous += 1))}`, value);
    return value;
  }

  lookup(name: string): Value {
    const found = this.#env.get(this.key(name));
    if (found) return found;
    const constant = NAMED_CONSTANTS[name.toLowerCase()];
    if (constant !== undefined) return { t: 'string', v: constant };
    return { t: 'unknown', why: `cannot follow the value of ${name}` };
  }

  eval(expr: Expr): Value {
    switch (expr.kind) {
      case 'string':
        if (expr.problem !== undefined) throw new Unsupported(expr.problem);
        return expr.holes === undefined ? { t: 'string', v: expr.value } : this.interpolate(expr.value, expr.holes);
      case 'number': {
        if (this.#spec.octalLeadingZero === true && /^0\d+$/.test(expr.text)) {
          if (/[89]/.test(expr.text)) throw new Unsupported(`${expr.text} is not a valid octal literal`);
          const octal = Number.parseInt(expr.text, 8);
          return { t: 'number', text: String(octal), n: octal };
        }
        const n = expr.text.startsWith('&') ? Number.parseInt(expr.text.slice(2), 16) : Number(expr.text);
        return { t: 'number', text: /^0[xbo]|^&h/i.test(expr.text) ? String(n) : expr.text, n };
      }
      case 'boolean':
        return { t: 'boolean', v: expr.value };
      case 'null':
        return { t: 'null' };
      case 'name':
        return this.lookup(expr.name);
      case 'list':
        return { t: 'unknown', why: 'a list' };
      case 'dict':
        return { t: 'unknown', why: 'a dictionary' };
      case 'index':
        return { t: 'unknown', why: 'an indexed value' };
      case 'member': {
        const object = this.eval(expr.object);
        if (object.t === 'object' && /^ControlInterface$/i.test(expr.name)) return object;
        // `Debug.Print json.Emit` (VB reads a method without arguments as a call).
        if (object.t === 'object' && object.ref.cls === 'JsonObject' && /^emit$/i.test(expr.name)) return { t: 'json-text', handle: object.ref.handle };
        if (object.t === 'object' && object.ref.cls === 'JsonArray' && /^size$/i.test(expr.name)) return this.arraySize(object.ref);
        return { t: 'unknown', why: `cannot follow ${dottedName(expr) ?? expr.name}` };
      }
      case 'unary': {
        const operand = this.eval(expr.operand);
        if (expr.op === '-' && operand.t === 'number') return { t: 'number', text: operand.text.startsWith('-') ? operand.text.slice(1) : `-${operand.text}`, n: -operand.n };
        if (expr.op === '+' && operand.t === 'number') return operand;
        if ((expr.op === '!' || /^-?not$/i.test(expr.op)) && (operand.t === 'boolean' || operand.t === 'number')) return { t: 'boolean', v: !truthy(operand) };
        return { t: 'unknown', why: 'cannot follow an expression' };
      }
      case 'binary':
        return this.binary(expr.op, this.eval(expr.left), this.eval(expr.right));
      case 'new': {
        const name = dottedName(expr.callee) ?? '';
        const first = expr.args[0];
        const cls = classOf(name) ?? (name.toUpperCase() === 'COM' && first?.kind === 'string' ? classOf(first.value) : undefined);
        return cls ? this.create(cls) : { t: 'unknown', why: `new ${name}` };
      }
      case 'call':
        return this.call(expr);
    }
  }

  /** Fills a string's interpolated variables, or reports the string. */
  interpolate(text: string, holes: readonly Hole[]): Value {
    // After the request, strings only print the response: not followed, not reported.
    if (this.#sent) return { t: 'unknown', why: 'an interpolated string after the request' };
    let out = '';
    let at = 0;
    for (const hole of holes) {
      out += text.slice(at, hole.at);
      at = hole.at;
      if (hole.name === undefined) throw new Unsupported(`the interpolation ${hole.raw} is not translated`);
      const value = this.lookup(hole.name);
      if (value.t === 'unknown' || value.t === 'object' || value.t === 'json-text') throw new Unsupported(`cannot follow the interpolated ${hole.raw}${value.t === 'unknown' ? ` (${value.why})` : ''}`);
      out += show(value);
    }
    return { t: 'string', v: out + text.slice(at) };
  }

  /** Comparisons and logic on known values; anything else is unknown. */
  compare(op: string, left: Value, right: Value): Value | undefined {
    const lower = op.toLowerCase();
    if (['and', 'andalso', '&&', '-and'].includes(lower) || ['or', 'orelse', '||', '-or'].includes(lower)) {
      if ((left.t !== 'boolean' && left.t !== 'number') || (right.t !== 'boolean' && right.t !== 'number')) return undefined;
      const a = truthy(left);
      const b = truthy(right);
      return { t: 'boolean', v: lower.includes('and') || lower === '&&' ? a && b : a || b };
    }
    const kind = COMPARISONS[lower];
    if (kind === undefined) return undefined;
    const scalar = (value: Value): value is Extract<Value, { t: 'string' | 'number' | 'boolean' | 'null' }> => value.t === 'string' || value.t === 'number' || value.t === 'boolean' || value.t === 'null';
    if (!scalar(left) || !scalar(right) || left.t !== right.t) return undefined;
    // PowerShell's -eq and friends ignore case.
    const fold = (text: string): string => (lower.startsWith('-') ? text.toLowerCase() : text);
    const a = left.t === 'number' ? left.n : left.t === 'null' ? 0 : fold(show(left));
    const b = right.t === 'number' ? right.n : right.t === 'null' ? 0 : fold(show(right));
    const result = kind === 'eq' ? a === b : kind === 'ne' ? a !== b : kind === 'lt' ? a < b : kind === 'gt' ? a > b : kind === 'le' ? a <= b : a >= b;
    return { t: 'boolean', v: result };
  }

  binary(op: string, left: Value, right: Value): Value {
    const compared = this.compare(op, left, right);
    if (compared) return compared;
    if (left.t === 'number' && right.t === 'number') {
      switch (op) {
        case '+': return numberValue(left.n + right.n);
        case '-': return numberValue(left.n - right.n);
        case '*': return numberValue(left.n * right.n);
        case '/': return numberValue(left.n / right.n);
        case 'div': return numberValue(Math.trunc(left.n / right.n));
        case '%': case 'mod': return numberValue(left.n % right.n);
        default: break;
      }
    }
    const concat = op === '&' || op === '.' || op === '..' || op === '~' || (op === '+' && (left.t === 'string' || right.t === 'string'));
    if (concat && left.t !== 'unknown' && right.t !== 'unknown' && left.t !== 'object' && right.t !== 'object' && left.t !== 'json-text' && right.t !== 'json-text') {
      return { t: 'string', v: show(left) + show(right) };
    }
    return { t: 'unknown', why: 'cannot follow an expression' };
  }

  call(expr: Extract<Expr, { kind: 'call' }>): Value {
    const callee = expr.callee;
    const dotted = dottedName(callee);
    const flat = dotted === undefined ? undefined : splitFlatName(dotted.replace(/\./g, '::'));
    if (flat) {
      const method = canonicalMethod(flat.method);
      if (/^(?:Create|New)$/.test(method)) return this.create(flat.class);
      const [first, ...rest] = expr.args;
      const receiver = first ? this.eval(first) : undefined;
      if (receiver?.t !== 'object') {
        if (this.#sent) return this.fallback(expr, 'response handling');
        throw new Unsupported(`cannot tell which Chilkat object ${dotted ?? ''}() is called on`);
      }
      return this.invoke(receiver.ref, flat.method, rest);
    }
    if (callee.kind === 'member') {
      const receiver = this.eval(callee.object);
      const lower = callee.name.toLowerCase();
      if (receiver.t === 'object') {
        if (lower === 'init' || lower === 'alloc') return receiver;
        return this.invoke(receiver.ref, callee.name, expr.args);
      }
      if (lower === 'connecttonewobject' && callee.object.kind === 'name') {
        const progId = expr.args[0] ? this.eval(expr.args[0]) : undefined;
        const cls = progId?.t === 'string' ? classOf(progId.v) : undefined;
        if (cls) this.bind(callee.object.name, this.create(cls));
        return numberValue(0);
      }
      const owner = dottedName(callee.object);
      if (CREATORS.has(lower) && owner !== undefined) {
        const cls = classOf(owner) ?? this.classFromArgs(expr.args);
        if (cls) return this.create(cls);
      }
      const cls = classOf(callee.name);
      if (cls && receiver.t === 'unknown') return this.create(cls);
      if (!this.#sent && CHILKAT_CALL.test(canonicalMethod(callee.name))) throw new Unsupported(`cannot tell which Chilkat object ${dotted ?? callee.name}() is called on`);
      if (TO_STRING.has(lower) && receiver.t !== 'unknown') return { t: 'string', v: show(receiver) };
      if ((lower === 'stringbyappendingstring' || lower === 'concat') && receiver.t !== 'unknown' && expr.args[0]) return this.binary('&', receiver, this.eval(expr.args[0]));
      if (TO_NUMBER.has(lower) || lower === 'itoa' || lower === 'tostring' || lower === 'valueof') return this.convert(lower, expr.args);
      return this.fallback(expr, `cannot follow ${dotted ?? callee.name}()`);
    }
    if (callee.kind === 'name') {
      const lower = callee.name.toLowerCase();
      if (CREATORS.has(lower)) {
        const cls = this.classFromArgs(expr.args);
        if (cls) return this.create(cls);
      }
      const cls = classOf(callee.name);
      // `IChilkatHttpResponse(x)` is a cast (Delphi), not a constructor.
      const cast = expr.args.length === 1 && expr.args[0]?.kind !== 'string';
      if (cls && cast && expr.args[0]) return this.eval(expr.args[0]);
      if (cls) return this.create(cls);
      if (TO_STRING.has(lower) || TO_NUMBER.has(lower)) return this.convert(lower, expr.args);
    }
    return this.fallback(expr, `cannot follow ${dotted ?? 'a call'}()`);
  }

  classFromArgs(args: readonly Expr[]): IrClass | undefined {
    const first = args[0];
    if (!first) return undefined;
    const text = first.kind === 'string' ? first.value : dottedName(first);
    return text === undefined ? undefined : classOf(text);
  }

  convert(fn: string, args: readonly Expr[]): Value {
    const values = args.map((arg) => this.eval(arg));
    // Conversions take one value; anything with more arguments (formats, widths) is not followed.
    const value = values.length === 1 ? values[0] : undefined;
    if (!value || value.t === 'unknown' || value.t === 'object' || value.t === 'json-text') return { t: 'unknown', why: `cannot follow ${fn}()` };
    if (TO_NUMBER.has(fn)) {
      if (value.t === 'number' || value.t === 'boolean') return value;
      const n = Number(show(value));
      return Number.isFinite(n) ? numberValue(n) : { t: 'unknown', why: `cannot follow ${fn}()` };
    }
    const text = show(value);
    return { t: 'string', v: /^(?:alltrim|trim|str)$/.test(fn) ? text.trim() : text };
  }

  /** An unknown call: its arguments still run (they may call Chilkat), its result is unknown. */
  fallback(expr: Extract<Expr, { kind: 'call' }>, why: string): Value {
    const name = dottedName(expr.callee) ?? 'a function';
    for (const arg of expr.args) {
      const value = this.eval(arg);
      // Printing an object's text is ported as printing (chilkat style keeps the line).
      if (value.t === 'json-text' && isPrintName(name) && !this.#sent) {
        this.nodes.push({ kind: 'print', line: this.#line, handle: value.handle });
        continue;
      }
      // A function given a Chilkat object may change it: its calls are not followed, so say so.
      if (value.t === 'object' && !value.ref.afterSend && value.ref.cls !== 'HttpResponse' && !RELEASES.test(name)) {
        throw new Unsupported(`${name}() is given the ${value.ref.cls} ${value.ref.handle}; ${this.#helpers.has(this.key(name)) ? 'the helper' : 'a call into a function'} is not translated`);
      }
    }
    return { t: 'unknown', why };
  }

  setOption(ref: ObjectRef, property: string, value: Value): void {
    if (this.#sent && (ref.cls === 'JsonObject' || ref.cls === 'Http') && !(ref.afterSend && /^(?:EmitCompact|EmitCrLf)$/i.test(property.replace(/^put_/i, '')))) {
      throw new Unsupported(`${ref.cls}.${property} after the request on line ${String(this.#sendLine)} is not translated (what is built after the first request is not ported)`);
    }
    if (ref.afterSend || (ref.cls !== 'JsonObject' && ref.cls !== 'Http')) return;
    const name = optionName(ref.cls, property);
    if (name === undefined) {
      if (this.#sent) return;
      throw new Unsupported(`${ref.cls}.${property} is not ported`);
    }
    if (value.t === 'unknown' || value.t === 'object' || value.t === 'json-text' || value.t === 'null') throw new Unsupported(`cannot follow the value of ${ref.cls}.${name}`);
    if (ref.cls === 'JsonObject') {
      const v = name === 'I' || name === 'J' || name === 'K' ? (value.t === 'number' ? value.n : Number(show(value))) : name === 'DelimiterChar' ? show(value) : truthy(value);
      this.nodes.push({ kind: 'json-option', line: this.#line, handle: ref.handle, name: name as JsonOption, value: v });
      return;
    }
    const v = name === 'BasicAuth' ? truthy(value) : show(value);
    this.nodes.push({ kind: 'http-option', line: this.#line, handle: ref.handle, name: name as HttpOption, value: v });
  }

  text(arg: Expr | undefined, what: string): string {
    const value = arg ? this.eval(arg) : undefined;
    if (!value || value.t === 'unknown' || value.t === 'object' || value.t === 'json-text') throw new Unsupported(`cannot follow the ${what}${value?.t === 'unknown' ? ` (${value.why})` : ''}`);
    return show(value);
  }

  invoke(ref: ObjectRef, raw: string, args: readonly Expr[]): Value {
    const method = canonicalMethod(raw);
    if (this.#sent && this.changesAfterSend(ref, method, raw, args)) {
      for (const arg of args) this.eval(arg);
      throw new Unsupported(`${ref.cls}.${method} after the request on line ${String(this.#sendLine)} is not translated (what is built after the first request is not ported)`);
    }
    if (ref.cls === 'JsonObject' && /^Delete/.test(method) && args.length > 0) {
      // `json.Delete("a")`, `DeleteMember`, `DeleteAt` remove a member; they are not a release.
      if (this.#sent) return { t: 'unknown', why: `result of ${method}` };
      throw new Unsupported(`JsonObject.${method} is not ported`);
    }
    if ((RELEASE_METHODS.has(method) || /^(?:Dispose|Delete|Release)/.test(method)) && (args.length === 0 || ref.cls !== 'JsonObject')) return { t: 'null' };
    const property = setterProperty(ref.cls, raw);
    if (property !== undefined) {
      this.setOption(ref, property, args[0] ? this.eval(args[0]) : { t: 'unknown', why: 'no value' });
      return { t: 'boolean', v: true };
    }
    if (ref.afterSend || ref.cls === 'HttpResponse' || (this.#sent && (ref.cls === 'HttpRequest' || ref.cls === 'JsonArray'))) {
      for (const arg of args) this.eval(arg);
      return { t: 'unknown', why: `result of ${method}` };
    }
    if (ref.cls === 'JsonObject') return this.invokeJson(ref, method, args);
    const fromArray = ref.cls === 'JsonArray' ? this.invokeArray(ref, method, args) : undefined;
    if (fromArray !== undefined) return fromArray;
    if (ref.cls === 'StringBuilder') {
      if (method === 'Append') {
        const text = this.text(args[0], 'text appended');
        this.#sb.set(ref.handle, (this.#sb.get(ref.handle) ?? '') + text);
        this.nodes.push({ kind: 'sb-append', line: this.#line, handle: ref.handle, text });
        return { t: 'boolean', v: true };
      }
      if (method === 'GetAsString') return { t: 'string', v: this.#sb.get(ref.handle) ?? '' };
    }
    if (ref.cls === 'Http') {
      if (method === 'SetRequestHeader') {
        this.nodes.push({ kind: 'header', line: this.#line, handle: ref.handle, name: this.text(args[0], 'header name'), value: this.text(args[1], 'header value') });
        return { t: 'null' };
      }
      if (SEND_METHODS.has(method)) return this.send(ref, method, args);
    }
    const readsOnly = /^(?:Get|Last|Has|Is)|Of$/.test(method) || /^[a-z]/.test(raw.replace(/^_+/, ''));
    if (this.#sent || (readsOnly && ref.cls !== 'JsonArray' && ref.cls !== 'HttpRequest')) {
      for (const arg of args) this.eval(arg);
      return { t: 'unknown', why: `result of ${method}` };
    }
    throw new Unsupported(`${ref.cls}.${/^(?:put|get)_/.test(raw) ? raw : method} is not ported`);
  }

  /**
   * Whether a call after the first request builds something (a body, a second request): the porter
   * follows one request, so such a call must be reported, never dropped. Reading a response
   * (`Load` of a new JsonObject, getters, `Emit`) and releasing objects are not changes.
   */
  changesAfterSend(ref: ObjectRef, method: string, raw: string, args: readonly Expr[]): boolean {
    if (ref.cls === 'HttpResponse' || ref.cls === 'HttpRequest' || ref.cls === 'JsonArray') return false;
    // Another request is ported as such (chilkat style) or reported by the step that cannot make it.
    if (ref.cls === 'Http' && SEND_METHODS.has(method)) return false;
    if ((RELEASE_METHODS.has(method) || /^(?:Dispose|Delete|Release)/.test(method)) && (args.length === 0 || ref.cls !== 'JsonObject')) return false;
    if (/^(?:Get|Last|Has|Is|Emit|Size|JsonTypeOf|Find|Count|Contains|Length|Save|Write|To)|Of$/.test(method) || /^(?:get|is)_/.test(raw)) return false;
    if (/^(?:CloseAllConnections|ClearInMemoryCookies|SetDecodedFormat)$/.test(method)) return false;
    // A JsonObject or StringBuilder made after the request holds the response.
    if (ref.afterSend && ref.cls !== 'Http' && /^(?:Load|Append|Put_?EmitCompact|Put_?EmitCrLf)/.test(method)) return false;
    return true;
  }

  invokeJson(ref: ObjectRef, method: string, args: readonly Expr[]): Value {
    if (isUpdateMethod(method)) {
      const expected = method === 'UpdateNull' || method === 'UpdateNewObject' || method === 'UpdateNewArray' ? 1 : 2;
      if (args.length !== expected) throw new Unsupported(`JsonObject.${method} takes ${String(expected)} argument${expected === 1 ? '' : 's'}, got ${String(args.length)}`);
      const path = this.text(args[0], `path of ${method}`);
      const base = { kind: 'update', line: this.#line, handle: ref.handle, method, path } as const;
      if (method === 'UpdateNull' || method === 'UpdateNewObject' || method === 'UpdateNewArray') {
        this.nodes.push(base);
        return { t: 'boolean', v: true };
      }
      if (method === 'UpdateSb') {
        const sb = args[1] ? this.eval(args[1]) : undefined;
        if (sb?.t !== 'object') throw new Unsupported('cannot follow the StringBuilder of UpdateSb');
        this.nodes.push({ ...base, value: { type: 'string', value: this.#sb.get(sb.ref.handle) ?? '' }, sb: sb.ref.handle });
        return { t: 'boolean', v: true };
      }
      const value = args[1] ? this.eval(args[1]) : undefined;
      this.nodes.push({ ...base, value: this.irValue(method, value) });
      return { t: 'boolean', v: true };
    }
    if (method === 'EmitSb') {
      const sb = args[0] ? this.eval(args[0]) : undefined;
      if (sb?.t !== 'object' || sb.ref.cls !== 'StringBuilder') throw new Unsupported('cannot follow the StringBuilder of EmitSb');
      this.nodes.push({ kind: 'emit-sb', line: this.#line, handle: ref.handle, sb: sb.ref.handle });
      return { t: 'boolean', v: true };
    }
    if (method === 'Emit') return { t: 'json-text', handle: ref.handle };
    if ((method === 'ObjectOf' || method === 'ArrayOf') && !this.#sent) return this.part(ref, method, this.text(args[0], `path of ${method}`));
    if (/^(?:StringOf|IntOf|BoolOf|SizeOfArray|HasMember|JsonTypeOf|LastErrorText|LastMethodSuccess)$/.test(method)) return { t: 'unknown', why: `result of ${method}` };
    throw new Unsupported(`JsonObject.${method} is not ported`);
  }

  /** The calls of a JsonArray the porter follows: adding an object or array, taking one, its `Size`; `undefined` for others. */
  invokeArray(ref: ObjectRef, method: string, args: readonly Expr[]): Value | undefined {
    if (/^(?:Get_?)?Size$/.test(method)) return this.arraySize(ref);
    if (!/^(?:Add(?:Object|Array)At|(?:Object|Array)At)$/.test(method)) return undefined;
    const value = args[0] ? this.eval(args[0]) : undefined;
    if (value?.t !== 'number' || !Number.isInteger(value.n)) throw new Unsupported(`cannot follow the index of JsonArray.${method}${value?.t === 'unknown' ? ` (${value.why})` : ''}`);
    if (method === 'ObjectAt' || method === 'ArrayAt') return this.part(ref, method, value.n);
    this.nodes.push({ kind: 'array-add', line: this.#line, handle: ref.handle, method: method === 'AddObjectAt' ? 'AddObjectAt' : 'AddArrayAt', index: value.n });
    return { t: 'boolean', v: true };
  }

  /** A part of an object or array (`ObjectOf`, `ArrayOf`, `ObjectAt`, `ArrayAt`): named by the variable it is assigned to. */
  part(ref: ObjectRef, method: JsonRefMethod, arg: string | number): Value {
    const cls: IrClass = method === 'ObjectOf' || method === 'ObjectAt' ? 'JsonObject' : 'JsonArray';
    return { t: 'object', ref: { handle: '', cls, line: this.#line, afterSend: this.#sent, origin: { from: ref.handle, method, arg } } };
  }

  readonly #live = new LiveObjects();
  #applied = 0;

  /** A JsonArray's `Size` now, from the calls so far executed on pathpatch/chilkat (a script indexes with `Size - 1`). */
  arraySize(ref: ObjectRef): Value {
    if (this.#untranslated !== undefined || this.#sent) return { t: 'unknown', why: `the Size of ${ref.handle}` };
    for (; this.#applied < this.nodes.length; this.#applied += 1) {
      const node = this.nodes[this.#applied];
      if (node !== undefined && LiveObjects.executes(node)) this.#live.apply(node);
    }
    const size = this.#live.size(ref.handle);
    return size === undefined ? { t: 'unknown', why: `the Size of ${ref.handle}` } : numberValue(size);
  }

  irValue(method: string, value: Value | undefined): IrValue {
    if (!value || value.t === 'unknown' || value.t === 'object' || value.t === 'json-text') {
      throw new Unsupported(`cannot follow the value of ${method}${value?.t === 'unknown' ? ` (${value.why})` : ''}`);
    }
    switch (method) {
      case 'UpdateString':
        return { type: 'string', value: show(value) };
      case 'UpdateBool':
        return { type: 'boolean', value: truthy(value) };
      case 'UpdateNumber':
        return { type: 'number', text: show(value) };
      default: {
        // UpdateInt / UpdateUInt take an integer.
        const n = value.t === 'number' ? value.n : value.t === 'boolean' ? Number(value.v) : Number(show(value));
        if (!Number.isFinite(n)) throw new Unsupported(`${method} needs a number, got ${show(value)}`);
        return { type: 'number', text: value.t === 'number' && /^-?\d+$/.test(value.text) ? value.text : String(Math.trunc(n)) };
      }
    }
  }

  send(ref: ObjectRef, method: string, args: readonly Expr[]): Value {
    const text = (index: number, what: string): string => this.text(args[index], what);
    const bodyOf = (index: number, kind: 'sb' | 'json' | 'text'): IrBody => {
      const value = args[index] ? this.eval(args[index]) : undefined;
      // A null body is not the text "null": Chilkat gets no object at all.
      if (value?.t === 'null') throw new Unsupported(`the body of ${method} is null`);
      if (kind !== 'text' && value?.t === 'object') return { kind, handle: value.ref.handle };
      if (value?.t === 'json-text') return { kind: 'json', handle: value.handle };
      if (value && value.t !== 'unknown' && value.t !== 'object') return { kind: 'text', text: show(value) };
      throw new Unsupported(`cannot follow the body of ${method}`);
    };
    const responseOf = (index: number): string | undefined => {
      const arg = args[index];
      const value = arg ? this.named(this.eval(arg)) : undefined;
      return value?.t === 'object' ? value.ref.handle : undefined;
    };
    let node: Extract<IrNode, { kind: 'send' }>;
    const base = { kind: 'send', line: this.#line, handle: ref.handle, call: method } as const;
    const target = this.#target;
    const withTarget = target === undefined ? {} : { response: target };
    switch (method) {
      case 'PTextSb':
      case 'PText':
        node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: bodyOf(2, method === 'PTextSb' ? 'sb' : 'text'), charset: text(3, 'charset'), contentType: text(4, 'content type'), ...withTarget };
        break;
      case 'HttpSb':
      case 'HttpStr': {
        const response = responseOf(5);
        node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: bodyOf(2, method === 'HttpSb' ? 'sb' : 'text'), charset: text(3, 'charset'), contentType: text(4, 'content type'), ...(response === undefined ? {} : { response }) };
        break;
      }
      case 'HttpJson': {
        const response = responseOf(4);
        node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: bodyOf(2, 'json'), contentType: text(3, 'content type'), ...(response === undefined ? {} : { response }) };
        break;
      }
      case 'HttpNoBody': {
        const response = responseOf(2);
        node = { ...base, method: text(0, 'HTTP method'), url: text(1, 'URL'), body: { kind: 'none' }, ...(response === undefined ? {} : { response }) };
        break;
      }
      case 'PostJson':
        node = { ...base, method: 'POST', url: text(0, 'URL'), body: bodyOf(1, 'text'), contentType: 'application/json', ...withTarget };
        break;
      case 'PostJson2':
      case 'PostJson3':
        node = { ...base, method: 'POST', url: text(0, 'URL'), contentType: text(1, 'content type'), body: bodyOf(2, method === 'PostJson3' ? 'json' : 'text'), ...withTarget };
        break;
      case 'PutText':
        node = { ...base, method: 'PUT', url: text(0, 'URL'), body: bodyOf(1, 'text'), charset: text(2, 'charset'), contentType: text(3, 'content type'), ...withTarget };
        break;
      default:
        node = { ...base, method: /Delete/.test(method) ? 'DELETE' : /Put/.test(method) ? 'PUT' : 'GET', url: text(0, 'URL'), body: { kind: 'none' }, ...withTarget };
    }
    this.nodes.push(node);
    this.#sent = true;
    this.#sendLine = this.#line;
    // The response object is not ported as a `new` node: main() handles the response itself.
    return target === undefined ? { t: 'unknown', why: 'response' } : { t: 'object', ref: { handle: target, cls: 'HttpResponse', line: this.#line, afterSend: true } };
  }
}

function truthy(value: Value): boolean {
  switch (value.t) {
    case 'boolean':
      return value.v;
    case 'number':
      return value.n !== 0;
    case 'string':
      return value.v !== '' && !/^(?:false|0)$/i.test(value.v);
    default:
      return false;
  }
}

/**
 * Interprets a script's statements into IR nodes.
 *
 * @param statements - From {@link splitStatements}.
 * @param spec - The language.
 * @param source - The script text, for the source line quoted in `unsupported` nodes.
 * @returns The IR nodes in execution order (unrolled loops repeat their lines).
 * @example
 * interpret(splitStatements(tokenize(src, csharp), csharp), csharp, src)[0]?.kind; //=> 'new'
 */
export function interpret(statements: readonly Statement[], spec: LanguageSpec, source = ''): IrNode[] {
  const interpreter = new Interpreter(spec, source.split('\n'));
  interpreter.start(statements);
  return interpreter.nodes;
}
