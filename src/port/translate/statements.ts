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
import { tsIdentifier } from '../codegen/ts-text.js';
import type { ExpressionContext, ExpressionWriter } from './expressions.js';
import { NotTranslated, type Slot, type Typed } from './scope.js';

const INDENT = '  ';
const TYPE_KINDS: readonly (readonly [RegExp, Slot['kind']])[] = [
  [/^(?:string|str|char\*?)$/i, 'text'],
  [/^(?:long|integer|int|int32|int64|short|byte)$/i, 'integer'],
  [/^(?:double|single|float|real|decimal|currency)$/i, 'float'],
  [/^(?:boolean|bool)$/i, 'boolean'],
];
const EXITS = /^(?:sys\.exit|exit|die|Exit|quit)$/;
/** Print calls the readers leave as calls (the others are `print` statements already). */
const PRINTS = /^(?:System\.out\.println|Console\.WriteLine|Debug\.WriteLine|fmt\.Println|ConsoleWrite|WScript\.Echo|Write-Host)$/;

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
        if (statement.value === undefined) return this.#declareEmpty(statement.name, statement.type, statement.lowerBound, rest, depth);
        return this.#assignName(statement.name, statement.value, depth, statement.constant);
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
          return this.#assignName(target.name, statement.value, depth, false);
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
        if (collection.kind !== 'list') return this.#writer.fail('a For Each over something that is not a list');
        const item = tsIdentifier(statement.item);
        const index = statement.index === undefined ? undefined : tsIdentifier(statement.index);
        // An element the body never reads is left out of the binding (noUnusedLocals).
        const used = this.#isRead(statement.item);
        const head = index === undefined ? `const ${used ? item : '_'} of ${collection.code}` : `const [${index}${used ? `, ${item}` : ''}] of ${collection.code}.entries()`;
        this.#emit(depth, `for (${head}) {`);
        scope.nested(() => {
          scope.declare(statement.item, { id: item, kind: collection.item ?? 'unknown' });
          if (statement.index !== undefined && index !== undefined) scope.declare(statement.index, { id: index, kind: 'integer' });
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

  #declareEmpty(name: string, type: string | undefined, lower: Expression | undefined, rest: readonly Statement[], depth: number): void {
    if (!this.#isRead(name)) return;
    const id = tsIdentifier(name);
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

  #assignName(name: string, expression: Expression, depth: number, constant: boolean): void {
    const slot = this.#context.scope.lookup(name);
    if (expression.kind === 'create-object') {
      if (slot !== undefined) return this.#writer.fail(`a second ${expression.className} in ${name}`);
      const id = tsIdentifier(name);
      this.#context.scope.declare(name, { id, kind: 'object', cls: expression.className });
      for (const line of this.#context.calls.create(this.#writer, id, expression.className, depth)) this.#emit(depth, line);
      return;
    }
    const call = this.#chilkat(expression, depth);
    if (call !== undefined) {
      if (!call.sends) {
        if (this.#isRead(name)) return this.#writer.fail(`keeping the result of a Chilkat call in ${name}`);
        return call.code === '' ? undefined : this.#emit(depth, `${call.code};`);
      }
      if (slot !== undefined) return this.#writer.fail(`a second response in ${name}`);
      const id = tsIdentifier(name);
      this.#context.scope.declare(name, { id, kind: 'object', cls: this.#context.calls.responseClass });
      const received = this.#context.calls.received(id, call.http);
      // A response nothing reads is not kept (noUnusedLocals).
      this.#emit(depth, received.length === 0 && !this.#isRead(name) ? `${call.code};` : `const ${id} = ${call.code};`);
      for (const line of received) this.#emit(depth, line);
      return;
    }
    const value = this.#writer.write(expression);
    if (!this.#isRead(name)) return;
    if (slot !== undefined) {
      if (slot.kind !== value.kind && !(slot.kind === 'float' && value.kind === 'integer')) return this.#writer.fail(`storing a ${value.kind} in ${name}, which holds a ${slot.kind}`);
      return this.#emit(depth, `${slot.id} = ${value.code};`);
    }
    // A variable first set inside a block may be read after it, where a TypeScript `let` would be out of scope.
    if (depth > 1) return this.#writer.fail(`${name}, first set inside a block`);
    const id = tsIdentifier(name);
    const known = value.literal !== undefined && this.#context.once?.has(bareName(name).toLowerCase()) === true ? { known: value.literal } : {};
    this.#context.scope.declare(name, { ...slotOf(value), ...known, id });
    this.#emit(depth, `${constant ? 'const' : 'let'} ${id} = ${value.code};`);
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
    const target = this.#writer.write(receiver);
    if (target.kind !== 'object') return undefined;
    const written = this.#context.calls.call(this.#writer, target, method, flat !== null ? others : args, depth);
    return written === undefined ? { code: '', sends: false, http: target.code } : { ...written, http: target.code };
  }

  #expressionStatement(expression: Expression, depth: number): void {
    if (expression.kind === 'call' && expression.callee.kind === 'name' && EXITS.test(expression.callee.name)) return this.#emit(depth, 'return;');
    if (expression.kind === 'call' && expression.callee.kind === 'member' && EXITS.test(`${expression.callee.object.kind === 'name' ? expression.callee.object.name : ''}.${expression.callee.name}`)) return this.#emit(depth, 'return;');
    const printed = expression.kind === 'call' ? dotted(expression.callee) : undefined;
    if (expression.kind === 'call' && printed !== undefined && PRINTS.test(printed)) {
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
