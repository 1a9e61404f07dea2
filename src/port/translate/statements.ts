/**
 * AST statements to TypeScript in chilkat style, keeping the script's shape:
 * declarations, assignments, `If`/`Else`, counted, `For Each` and `While`
 * loops, Chilkat calls on `pathpatch/chilkat`, printing. The first statement
 * it cannot write stops the translation ({@link NotTranslated}); the porter
 * then reports instead.
 *
 * @example
 * new StatementWriter(context, writer).block(program.body, 1);
 */
import { bareName, type Expression, type Statement } from '../ast/index.js';
import { isPrintName } from '../ast/print-calls.js';
import { builtinFor } from '../builtins/index.js';
import { classOf } from '../chilkat-names.js';
import { tsIdentifier } from '../codegen/ts-text.js';
import { isChilkatRead } from './chilkat-reads.js';
import { constantInteger, endsScript, setsVariable } from './statement-facts.js';
import type { ExpressionContext, ExpressionWriter } from './expressions.js';
import { NotTranslated, type Slot, type Typed } from './scope.js';

const INDENT = '  ';
const TYPE_KINDS: readonly (readonly [RegExp, Slot['kind']])[] = [
  [/^(?:string|str|char\*?)$/i, 'text'],
  [/^(?:long|integer|int|int32|int64|short|byte)$/i, 'integer'],
  [/^(?:double|single|float|real|decimal|currency)$/i, 'float'],
  [/^(?:boolean|bool)$/i, 'boolean'],
];
const TS_TYPES: Readonly<Record<string, string>> = { text: 'string', integer: 'number', float: 'number', boolean: 'boolean' };
/** Calls with nothing to port: Java's loading of Chilkat's native library. */
const NO_OPS = /^System\.loadLibrary$/;

/** Writes the statements of one function body. */
export class StatementWriter {
  readonly #context: ExpressionContext;
  readonly #writer: ExpressionWriter;
  readonly #read: ReadonlySet<string>;
  readonly lines: string[] = [];

  constructor(context: ExpressionContext, writer: ExpressionWriter, read: ReadonlySet<string>) {
    this.#context = context;
    this.#writer = writer;
    this.#read = read;
  }

  #emit(depth: number, line: string): void {
    this.lines.push(`${INDENT.repeat(depth)}${line}`);
  }

  #isRead(name: string): boolean {
    return this.#read.has(bareName(name).toLowerCase());
  }

  block(statements: readonly Statement[], depth: number): void {
    statements.forEach((statement, index) => {
      this.#context.line = statement.line;
      this.statement(statement, depth, statements.slice(index + 1));
    });
  }

  statement(statement: Statement, depth: number, rest: readonly Statement[]): void {
    const scope = this.#context.scope;
    switch (statement.kind) {
      case 'declare': {
        if (statement.value === undefined) return this.#declareEmpty(statement.name, statement.type, statement.lowerBound, statement.upperBound, rest, depth);
        return this.#assignName(statement.name, statement.value, depth, statement.constant, rest);
      }
      case 'assign': {
        const target = statement.target;
        if (statement.op !== '=' && statement.op !== '+=' && statement.op !== '-=') return this.#writer.fail(`the operator ${statement.op}`);
        if (target.kind === 'name') {
          if (statement.op !== '=') {
            const value = this.#writer.write({ kind: 'binary', op: statement.op.charAt(0), left: target, right: statement.value });
            if (this.#isRead(target.name)) this.#emit(depth, `${this.#writer.write(target).code} = ${value.code};`);
            return;
          }
          return this.#assignName(target.name, statement.value, depth, false, rest);
        }
        if (target.kind === 'member') {
          const object = this.#writer.write(target.object);
          if (object.kind !== 'object') return this.#writer.fail(`setting ${target.name} on a ${object.kind}`);
          const line = this.#context.calls.setProperty(this.#writer, object, target.name, statement.value, depth);
          return line === '' ? undefined : this.#emit(depth, line);
        }
        const list = this.#writer.write(target.object);
        const element = this.#writer.element(list, target.index);
        const value = this.#writer.write(statement.value);
        if (value.kind !== list.item && !(list.item === 'float' && value.kind === 'integer')) return this.#writer.fail(`storing a ${value.kind} in a list of ${String(list.item)}`);
        // Storing just after the last element (Delphi's `days.Add(x)`, read as `days[days.Count] := x`) is a push.
        if (element.code === `${list.code}[${list.code}.length]!`) return this.#emit(depth, `${list.code}.push(${value.code});`);
        return this.#emit(depth, `${element.code.replace(/!$/, '')} = ${value.code};`);
      }
      case 'expression-statement':
        return this.#expressionStatement(statement.expression, depth);
      case 'print':
        return this.#emit(depth, `console.log(${statement.values.map((value) => this.#writer.write(value).code).join(', ')});`);
      case 'if': {
        // A branch whose condition is false when written (builder style's `LastMethodSuccess = 0` after a send) never runs.
        const live = statement.branches.map((branch) => ({ branch, condition: branch.condition === undefined ? undefined : this.#condition(branch.condition) })).filter(({ condition }) => condition !== 'false');
        if (live.length === 0) return;
        live.forEach(({ branch, condition }, index) => {
          const head = condition === undefined ? (index === 0 ? '{' : '} else {') : `${index === 0 ? 'if' : '} else if'} (${condition}) {`;
          this.#emit(depth, head);
          scope.nested(() => this.block(branch.body, depth + 1));
        });
        return this.#emit(depth, '}');
      }
      case 'for':
        return this.#for(statement, depth);
      case 'for-each': {
        const collection = this.#writer.write(statement.collection);
        if (collection.kind !== 'list' && collection.kind !== 'dict') return this.#writer.fail('a For Each over something that is not a list');
        if (collection.kind === 'dict' && statement.index === undefined) return this.#writer.fail('a For Each over the values of a dictionary');
        const item = tsIdentifier(statement.item);
        const index = statement.index === undefined ? undefined : tsIdentifier(statement.index);
        // An element the body never reads is left out of the binding (noUnusedLocals).
        const used = this.#isRead(statement.item);
        // A Map gives its entries, key then value, in the order they were written (as PHP arrays and Python dicts do).
        const entries = collection.kind === 'dict' ? collection.code : `${collection.code}.entries()`;
        const head = index === undefined ? `const ${used ? item : '_'} of ${collection.code}` : `const [${index}${used ? `, ${item}` : ''}] of ${entries}`;
        this.#emit(depth, `for (${head}) {`);
        scope.nested(() => {
          scope.declare(statement.item, { id: item, kind: collection.item ?? 'unknown' });
          if (statement.index !== undefined && index !== undefined) scope.declare(statement.index, { id: index, kind: collection.kind === 'dict' ? 'text' : 'integer' });
          this.block(statement.body, depth + 1);
        });
        return this.#emit(depth, '}');
      }
      case 'while':
        if (statement.testAfter || statement.until) return this.#writer.fail('a Do ... Loop');
        this.#emit(depth, `while (${this.#condition(statement.condition)}) {`);
        scope.nested(() => this.block(statement.body, depth + 1));
        return this.#emit(depth, '}');
      case 'return':
        if (statement.value !== undefined) return this.#writer.fail('a return with a value');
        return this.#emit(depth, 'return;');
      case 'jump':
        return this.#emit(depth, `${statement.jump};`);
      default:
        return this.#writer.fail(statement.kind === 'unsupported' ? statement.message : `a ${statement.kind} statement`);
    }
  }

  #condition(expression: Expression): string {
    const value = this.#writer.write(expression);
    if (value.kind !== 'boolean') return this.#writer.fail(`a condition on a ${value.kind}`);
    return value.code;
  }

  #for(statement: Extract<Statement, { kind: 'for' }>, depth: number): void {
    const from = this.#writer.write(statement.from);
    const step = this.#writer.write(statement.step);
    if (from.kind !== 'integer' || step.kind !== 'integer' || !/^-?\d+$/.test(step.code) || step.code === '0') this.#writer.fail('a loop whose start or step is not an integer constant');
    const existing = this.#context.scope.lookup(statement.variable);
    const id = existing?.id ?? tsIdentifier(statement.variable);
    this.#context.scope.nested(() => {
      if (existing === undefined) this.#context.scope.declare(statement.variable, { id, kind: 'integer' });
      const to = this.#writer.write(statement.to);
      if (to.kind !== 'integer') this.#writer.fail('a loop bound that is not an integer');
      const up = !step.code.startsWith('-');
      const test = `${id} ${up ? (statement.inclusive ? '<=' : '<') : statement.inclusive ? '>=' : '>'} ${to.code}`;
      const next = step.code === '1' ? `${id}++` : step.code === '-1' ? `${id}--` : `${id} += ${step.code}`;
      this.#emit(depth, `for (${existing === undefined ? 'let ' : ''}${id} = ${from.code}; ${test}; ${next}) {`);
      this.block(statement.body, depth + 1);
    });
    this.#emit(depth, '}');
  }

  #declareEmpty(name: string, type: string | undefined, lower: Expression | undefined, upper: Expression | undefined, rest: readonly Statement[], depth: number): void {
    if (!this.#isRead(name)) return;
    // A Chilkat object (`Dim resp As ChilkatHttpResponse`, `HCkHttp http;`) is declared where the script first gives it one.
    if (type !== undefined && classOf(type) !== undefined) return;
    const id = tsIdentifier(name);
    if (lower !== undefined && upper !== undefined && /^(?:char|wchar_t|TCHAR)$/.test(type ?? '')) {
      // A C text buffer (`char path[64]`): text, which sprintf and snprintf write.
      const size = constantInteger(upper);
      this.#context.scope.declare(name, { id, kind: 'text', ...(size === undefined ? {} : { size: size + 1 }) });
      return this.#emit(depth, `let ${id} = '';`);
    }
    if (lower !== undefined) {
      // An array with bounds: the element kind is what the script stores in it first.
      const base = this.#writer.write(lower);
      const stored = rest.find((each) => each.kind === 'assign' && each.target.kind === 'index' && each.target.object.kind === 'name' && each.target.object.name === name);
      const item = stored?.kind === 'assign' ? this.#writer.write(stored.value).kind : 'unknown';
      if (base.kind !== 'integer' || !/^\d+$/.test(base.code) || (item !== 'text' && item !== 'integer' && item !== 'float')) this.#writer.fail(`the array ${name}`);
      const floats = rest.some((each) => each.kind === 'assign' && each.target.kind === 'index' && each.value.kind === 'number' && each.value.text.includes('.') && each.target.object.kind === 'name' && each.target.object.name === name);
      const kind = floats ? 'float' : item;
      this.#context.scope.declare(name, { id, kind: 'list', item: kind, lower: Number(base.code) });
      return this.#emit(depth, `const ${id}: ${kind === 'text' ? 'string' : 'number'}[] = [];`);
    }
    const kind = TYPE_KINDS.find(([pattern]) => pattern.test(type ?? ''))?.[1];
    if (kind === undefined) return this.#writer.fail(`the declaration of ${name} without a value or a known type`);
    this.#context.scope.declare(name, { id, kind });
    this.#emit(depth, `let ${id} = ${kind === 'text' ? "''" : kind === 'boolean' ? 'false' : '0'};`);
  }

  #assignName(name: string, expression: Expression, depth: number, constant: boolean, rest: readonly Statement[]): void {
    const slot = this.#context.scope.lookup(name);
    if (expression.kind === 'create-object') {
      const calls = this.#context.calls;
      if (slot !== undefined && !(slot.reassigned === true && slot.cls === expression.className)) return this.#writer.fail(`a second ${expression.className} in ${name}`);
      if (slot === undefined && depth > 1) return this.#writer.fail(`${name}, first set inside a block`);
      // A variable the script points at another object later (`Set json = json2`) is declared with let.
      const reassigned = slot === undefined && calls.reassigns === true && setsVariable(rest, [name], this.#context.scope);
      const id = slot?.id ?? tsIdentifier(name);
      if (slot === undefined) this.#context.scope.declare(name, { id, kind: 'object', cls: expression.className, ...(reassigned ? { reassigned } : {}) });
      for (const line of calls.create(this.#writer, id, expression.className, depth, ...(slot !== undefined ? ['assign' as const] : reassigned ? ['let' as const] : []))) this.#emit(depth, line);
      return;
    }
    const call = this.#chilkat(expression, depth);
    if (call !== undefined) {
      if (!call.sends) {
        if (this.#isRead(name)) return this.#writer.fail(`keeping the result of a Chilkat call in ${name}`);
        return call.code === '' ? undefined : this.#emit(depth, `${call.code};`);
      }
      const responseClass = this.#context.calls.responseClass;
      if (slot !== undefined && !(slot.cls === responseClass && slot.reassigned === true)) return this.#writer.fail(`a second response in ${name}`);
      if (slot === undefined && depth > 1) return this.#writer.fail(`${name}, first set inside a block`);
      const id = slot?.id ?? tsIdentifier(name);
      // The script keeps a later response in the same variable: declared once, with let.
      const reassigned = slot === undefined && this.#context.calls.reassigns === true && setsVariable(rest, [name], this.#context.scope);
      if (slot === undefined) this.#context.scope.declare(name, { id, kind: 'object', cls: responseClass, ...(reassigned ? { reassigned } : {}) });
      const received = this.#context.calls.received(id, call.http);
      // A response nothing reads is not kept (noUnusedLocals), at its first send or a later one.
      const kept = received.length > 0 || this.#isRead(name);
      this.#emit(depth, kept ? `${slot !== undefined ? '' : reassigned ? 'let ' : 'const '}${id} = ${call.code};` : `${call.code};`);
      for (const line of received) this.#emit(depth, line);
      return;
    }
    const value = this.#writer.write(expression);
    if (value.kind === 'object' && this.#context.calls.values === true) return this.#alias(name, slot, value, depth);
    if (!this.#isRead(name)) return;
    if (slot !== undefined) {
      if (slot.kind !== value.kind && !(slot.kind === 'float' && value.kind === 'integer')) return this.#writer.fail(`storing a ${value.kind} in ${name}, which holds a ${slot.kind}`);
      if (slot.kind === 'object' && (slot.reassigned !== true || slot.cls !== value.cls)) return this.#writer.fail(`pointing ${name} at another object`);
      return this.#emit(depth, `${slot.id} = ${value.code};`);
    }
    // A variable first set inside a block may be read after it, where a TypeScript `let` would be out of scope.
    if (depth > 1) return this.#writer.fail(`${name}, first set inside a block`);
    const id = tsIdentifier(name);
    const known = value.literal !== undefined && this.#context.once?.has(bareName(name).toLowerCase()) === true ? { known: value.literal } : {};
    this.#context.scope.declare(name, { ...slotOf(value), ...known, id });
    // A constant keeps its kind's type: TypeScript would give `const level = 'high'` the type 'high' alone.
    const type = constant && TS_TYPES[value.kind] !== undefined && /^(?:'|-?\d|true$|false$)/.test(value.code) ? `: ${String(TS_TYPES[value.kind])}` : '';
    this.#emit(depth, `${constant ? 'const' : 'let'} ${id}${type} = ${value.code};`);
  }

  /**
   * `Set json = json2` where objects are values (builder style): from here on the name is the other object's
   * variable, so a change through either name is the one object's, as in the script. Only where every run
   * makes it (the top level) and onto an object of the same class.
   */
  #alias(name: string, slot: Slot | undefined, value: Typed, depth: number): void {
    if (depth !== 1 || (slot !== undefined && slot.cls !== value.cls)) return this.#writer.fail(`a second name (${name}) for a Chilkat object`);
    const alias = { ...slotOf(value), id: value.code };
    return slot === undefined ? this.#context.scope.declare(name, alias) : this.#context.scope.refine(name, alias);
  }

  #chilkat(expression: Expression, depth: number): { code: string; sends: boolean; http: string } | undefined {
    if (expression.kind !== 'call') return undefined;
    const { callee, args } = expression;
    // The flat C API: CkJsonObject_UpdateString(json, ...), CkHttp_putAuthToken(http, ...).
    const flat = callee.kind === 'name' ? /^Ck(?:JsonObject|Http|StringBuilder|HttpResponse)_(\w+)$/.exec(callee.name) : null;
    const [first, ...others] = args;
    const receiver = flat !== null ? first : callee.kind === 'member' ? callee.object : undefined;
    const method = flat?.[1] ?? (callee.kind === 'member' ? callee.name : undefined);
    if (receiver === undefined || method === undefined) return undefined;
    // A name the script never set (`int.Parse`, `Integer.parseInt`) is a built-in's owner, not an object.
    if (receiver.kind === 'name' && this.#context.scope.lookup(receiver.name) === undefined) return undefined;
    const target = this.#writer.write(receiver);
    if (target.kind !== 'object') return undefined;
    // A value read from the object (`StringOf`, `bodyStr()`) is an expression, not a call that changes something.
    if (isChilkatRead(target.cls, method, flat !== null ? others.length : args.length)) return undefined;
    const written = this.#context.calls.call(this.#writer, target, method, flat !== null ? others : args, depth);
    return written === undefined ? { code: '', sends: false, http: target.code } : { ...written, http: target.code };
  }

  /** A call of the script's own helper, or a built-in that writes its result into an argument (C's `sprintf(buffer, ...)`). */
  #ownCall(name: string, args: readonly Expression[]): string | undefined {
    const builtin = builtinFor(this.#context.language, name);
    const buffer = builtin?.writes === undefined ? undefined : args[builtin.writes];
    if (builtin !== undefined && buffer !== undefined) {
      const target = this.#writer.write(buffer);
      if (buffer.kind !== 'name' || target.kind !== 'text') return this.#writer.fail(`${name} into something that is not a text buffer`);
      const written = this.#writer.emitted(() => builtin.emit(args.map((arg, at) => (at === builtin.writes ? this.#writer.operand(target) : this.#writer.operand(this.#writer.write(arg))))));
      return `${target.code} = ${written.code}`;
    }
    return this.#context.helpers?.call(name, args);
  }

  #expressionStatement(expression: Expression, depth: number): void {
    if (endsScript(expression)) return this.#emit(depth, 'return;');
    const called = expression.kind === 'call' ? dotted(expression.callee) : undefined;
    if (expression.kind === 'call' && called !== undefined && NO_OPS.test(called)) return undefined;
    // As `run` does: the script's own function first, then the names that print (one list, ast/print-calls.ts).
    const helper = expression.kind === 'call' && called !== undefined ? this.#ownCall(called, expression.args) : undefined;
    if (helper !== undefined) return this.#emit(depth, `${helper};`);
    if (expression.kind === 'call' && called !== undefined && isPrintName(called)) {
      return this.#emit(depth, `console.log(${expression.args.map((value) => this.#writer.write(value).code).join(', ')});`);
    }
    const call = this.#chilkat(expression, depth);
    if (call === undefined) return this.#writer.fail('a call whose result is not used');
    if (call.sends) return this.#writer.fail('a send whose response is not kept');
    if (call.code !== '') this.#emit(depth, `${call.code};`);
  }
}

function dotted(expression: Expression): string | undefined {
  if (expression.kind === 'name') return expression.name;
  if (expression.kind !== 'member') return undefined;
  const left = dotted(expression.object);
  return left === undefined ? undefined : `${left}.${expression.name}`;
}

function slotOf(value: Typed): Omit<Slot, 'id'> {
  return { kind: value.kind, ...(value.cls === undefined ? {} : { cls: value.cls }), ...(value.lower === undefined ? {} : { lower: value.lower }), ...(value.item === undefined ? {} : { item: value.item }) };
}

export { NotTranslated };
