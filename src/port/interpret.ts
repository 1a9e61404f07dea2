/**
 * Runs a script's statements symbolically and records the Chilkat calls it
 * makes as IR: variables hold literals, loops with literal bounds are
 * unrolled, anything that cannot be followed becomes an `unsupported` node.
 *
 * @example
 * interpret(statements, autoit).map((node) => node.kind); //=> ['new', 'update', ...]
 */
import { recognizeDot, type Action } from './actions.js';
import { RELEASE_METHODS, SEND_METHODS, canonicalMethod, classOf, isUpdateMethod, optionName, setterProperty, splitFlatName } from './chilkat-names.js';
import { dottedName, ExpressionDepthError, type Expr } from './expression.js';
import type { HttpOption, IrBody, IrClass, IrNode, IrValue, JsonOption } from './ir.js';
import type { LanguageSpec } from './language-spec.js';
import type { Token } from './lexer.js';
import { findLoopBody, readLoopHeader } from './loops.js';
import type { Statement } from './statements.js';
import { recognizeDataflex, recognizeSql, recognizeTcl } from './word-shapes.js';

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
}

/** Thrown to turn the current statement into an `unsupported` node. */
class Unsupported extends Error {
  override readonly name = 'Unsupported';
}

const MAX_ITERATIONS = 10_000;
/** Calls that only make sense on a Chilkat object: on anything else they are reported, not dropped. */
const CHILKAT_CALL = /^(?:Update[A-Z]\w*|EmitSb|SetRequestHeader|PTextSb|PText|PostJson\d?|HttpJson|HttpStr|HttpSb|HttpNoBody|PutText|Quick\w+|(?:Put_?|Set)(?:AuthToken|BasicAuth|Login|Password|I|J|K|DelimiterChar))$/;
const CREATORS = new Set(['new', 'create', 'ckcreate', 'alloc', 'createobject', 'objcreate', 'new-object', 'createoleobject', 'com']);
const CONSTANTS: Readonly<Record<string, string>> = {
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
  #anonymous = 0;

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
      if (/^(?:for|foreach|while)$/i.test(statement.tokens[0]?.text ?? '') && statement.tokens[0]?.type === 'ident' && this.#spec.shape !== 'tcl') {
        this.unsupported(`loop not unrolled (its bounds are not literal or its form is not known); its body is ported once`);
      }
      this.step(statement);
      index += 1;
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

  recognize(statement: Statement): Action {
    switch (this.#spec.shape) {
      case 'tcl':
        return recognizeTcl(statement, this.#spec);
      case 'sql':
        return recognizeSql(statement, this.#spec);
      case 'dataflex':
        return recognizeDataflex(statement, this.#spec);
      case 'dot':
        return recognizeDot(statement, this.#spec);
    }
  }

  step(statement: Statement): void {
    let action: Action;
    try {
      action = this.recognize(statement);
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
    if (value.t === 'object' && value.ref.handle === '') {
      value.ref.handle = target;
      this.nodes.push({ kind: 'new', line: value.ref.line, handle: target, class: value.ref.cls });
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
    const constant = CONSTANTS[name.toLowerCase()];
    if (constant !== undefined) return { t: 'string', v: constant };
    return { t: 'unknown', why: `cannot follow the value of ${name}` };
  }

  eval(expr: Expr): Value {
    switch (expr.kind) {
      case 'string':
        if (expr.problem !== undefined) throw new Unsupported(expr.problem);
        return { t: 'string', v: expr.value };
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
      case 'index':
        return { t: 'unknown', why: 'an indexed value' };
      case 'member': {
        const object = this.eval(expr.object);
        if (object.t === 'object' && /^ControlInterface$/i.test(expr.name)) return object;
        return { t: 'unknown', why: `cannot follow ${dottedName(expr) ?? expr.name}` };
      }
      case 'unary': {
        const operand = this.eval(expr.operand);
        if (expr.op === '-' && operand.t === 'number') return { t: 'number', text: operand.text.startsWith('-') ? operand.text.slice(1) : `-${operand.text}`, n: -operand.n };
        if (expr.op === '+' && operand.t === 'number') return operand;
        if (expr.op === '!' && operand.t === 'boolean') return { t: 'boolean', v: !operand.v };
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

  binary(op: string, left: Value, right: Value): Value {
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
    for (const arg of expr.args) this.eval(arg);
    return { t: 'unknown', why };
  }

  setOption(ref: ObjectRef, property: string, value: Value): void {
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
    if (/^(?:StringOf|IntOf|BoolOf|SizeOfArray|HasMember|JsonTypeOf|LastErrorText|LastMethodSuccess)$/.test(method)) return { t: 'unknown', why: `result of ${method}` };
    throw new Unsupported(`JsonObject.${method} is not ported`);
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
  interpreter.run(statements, 0, statements.length);
  return interpreter.nodes;
}
