/**
 * Assignments, and declarations with a value: a variable given a value (its
 * first assignment declares it), a new Chilkat object, the response a send
 * gives, another name for an object where objects are values, a compound
 * `+=`/`-=`, a Chilkat property, a list element.
 *
 * @example
 * writeAssignment(out, { kind: 'assign', line: 3, source: 'n = 1', target: { kind: 'name', name: 'n' }, op: '=', value: { kind: 'number', text: '1' } }, 1, []); // out.lines: ['  let n = 1;']
 */
import { bareName, type Assignment, type Expression, type Statement } from '../ast/index.js';
import { tsIdentifier } from '../codegen/ts-text.js';
import { writeChilkatCall } from './call-statements.js';
import type { Slot, Typed } from './scope.js';
import { setsVariable } from './statement-facts.js';
import type { StatementOutput } from './statement-output.js';

const TS_TYPES: Readonly<Record<string, string>> = { text: 'string', integer: 'number', float: 'number', boolean: 'boolean' };

/**
 * An assignment statement: to a variable, a Chilkat object's property or a list's element.
 *
 * @param out - The body being written.
 * @param statement - The assignment.
 * @param depth - Its depth (1 is the function's top level).
 * @param rest - The statements after it in its block (whether the script sets the variable again).
 * @example
 * writeAssignment(out, { kind: 'assign', line: 4, source: 'n += 2', target: { kind: 'name', name: 'n' }, op: '+=', value: two }, 1, []); // out.lines: ['  n = n + 2;']
 */
export function writeAssignment(out: StatementOutput, statement: Assignment, depth: number, rest: readonly Statement[]): void {
  const { writer, context } = out;
  const target = statement.target;
  if (statement.op !== '=' && statement.op !== '+=' && statement.op !== '-=') return writer.fail(`the operator ${statement.op}`);
  if (target.kind === 'name') {
    if (statement.op !== '=') {
      const value = writer.write({ kind: 'binary', op: statement.op.charAt(0), left: target, right: statement.value });
      if (out.isRead(target.name)) out.emit(depth, `${writer.write(target).code} = ${value.code};`);
      return;
    }
    return writeNameAssignment(out, target.name, statement.value, depth, false, rest);
  }
  if (target.kind === 'member') {
    const object = writer.write(target.object);
    if (object.kind !== 'object') return writer.fail(`setting ${target.name} on a ${object.kind}`);
    const line = context.calls.setProperty(writer, object, target.name, statement.value, depth);
    return line === '' ? undefined : out.emit(depth, line);
  }
  const list = writer.write(target.object);
  const element = writer.element(list, target.index);
  const value = writer.write(statement.value);
  if (value.kind !== list.item && !(list.item === 'float' && value.kind === 'integer')) return writer.fail(`storing a ${value.kind} in a list of ${String(list.item)}`);
  // Storing just after the last element (Delphi's `days.Add(x)`, read as `days[days.Count] := x`) is a push.
  if (element.code === `${list.code}[${list.code}.length]!`) return out.emit(depth, `${list.code}.push(${value.code});`);
  return out.emit(depth, `${element.code.replace(/!$/, '')} = ${value.code};`);
}

/**
 * A variable given a value, by an assignment or a declaration: a new Chilkat object, a send's response, or
 * any other value (the first one declares the variable, with its kind).
 *
 * @param out - The body being written.
 * @param name - The variable, as the script spells it.
 * @param expression - Its value.
 * @param depth - The statement's depth.
 * @param constant - Whether the script declares a constant (written `const`, with its kind's type).
 * @param rest - The statements after it in its block.
 * @example
 * writeNameAssignment(out, 'level', { kind: 'string', value: 'high' }, 1, true, []); // out.lines: ["  const level: string = 'high';"]
 */
export function writeNameAssignment(out: StatementOutput, name: string, expression: Expression, depth: number, constant: boolean, rest: readonly Statement[]): void {
  const { writer, context } = out;
  const slot = context.scope.lookup(name);
  if (expression.kind === 'create-object') {
    const calls = context.calls;
    if (slot !== undefined && !(slot.reassigned === true && slot.cls === expression.className)) return writer.fail(`a second ${expression.className} in ${name}`);
    if (slot === undefined && depth > 1) return writer.fail(`${name}, first set inside a block`);
    // A variable the script points at another object later (`Set json = json2`) is declared with let.
    const reassigned = slot === undefined && calls.reassigns === true && setsVariable(rest, [name], context.scope);
    const id = slot?.id ?? tsIdentifier(name);
    if (slot === undefined) context.scope.declare(name, { id, kind: 'object', cls: expression.className, ...(reassigned ? { reassigned } : {}) });
    for (const line of calls.create(writer, id, expression.className, depth, ...(slot !== undefined ? ['assign' as const] : reassigned ? ['let' as const] : []))) out.emit(depth, line);
    return;
  }
  const call = writeChilkatCall(out, expression, depth);
  if (call !== undefined) {
    if (!call.sends) {
      if (out.isRead(name)) return writer.fail(`keeping the result of a Chilkat call in ${name}`);
      return call.code === '' ? undefined : out.emit(depth, `${call.code};`);
    }
    const responseClass = context.calls.responseClass;
    if (slot !== undefined && !(slot.cls === responseClass && slot.reassigned === true)) return writer.fail(`a second response in ${name}`);
    if (slot === undefined && depth > 1) return writer.fail(`${name}, first set inside a block`);
    const id = slot?.id ?? tsIdentifier(name);
    // The script keeps a later response in the same variable: declared once, with let.
    const reassigned = slot === undefined && context.calls.reassigns === true && setsVariable(rest, [name], context.scope);
    if (slot === undefined) context.scope.declare(name, { id, kind: 'object', cls: responseClass, ...(reassigned ? { reassigned } : {}) });
    const received = context.calls.received(id, call.http);
    // A response nothing reads is not kept (noUnusedLocals), at its first send or a later one.
    const kept = received.length > 0 || out.isRead(name);
    out.emit(depth, kept ? `${slot !== undefined ? '' : reassigned ? 'let ' : 'const '}${id} = ${call.code};` : `${call.code};`);
    for (const line of received) out.emit(depth, line);
    return;
  }
  const value = writer.write(expression);
  if (value.kind === 'object' && context.calls.values === true) return writeAlias(out, name, slot, value, depth);
  if (!out.isRead(name)) return;
  if (slot !== undefined) {
    if (slot.kind !== value.kind && !(slot.kind === 'float' && value.kind === 'integer')) return writer.fail(`storing a ${value.kind} in ${name}, which holds a ${slot.kind}`);
    if (slot.kind === 'object' && (slot.reassigned !== true || slot.cls !== value.cls)) return writer.fail(`pointing ${name} at another object`);
    return out.emit(depth, `${slot.id} = ${value.code};`);
  }
  // A variable first set inside a block may be read after it, where a TypeScript `let` would be out of scope.
  if (depth > 1) return writer.fail(`${name}, first set inside a block`);
  const id = tsIdentifier(name);
  const known = value.literal !== undefined && context.once?.has(bareName(name).toLowerCase()) === true ? { known: value.literal } : {};
  context.scope.declare(name, { ...slotOf(value), ...known, id });
  // A constant keeps its kind's type: TypeScript would give `const level = 'high'` the type 'high' alone.
  const type = constant && TS_TYPES[value.kind] !== undefined && /^(?:'|-?\d|true$|false$)/.test(value.code) ? `: ${String(TS_TYPES[value.kind])}` : '';
  out.emit(depth, `${constant ? 'const' : 'let'} ${id}${type} = ${value.code};`);
}

/**
 * `Set json = json2` where objects are values (builder style): from here on the name is the other object's
 * variable, so a change through either name is the one object's, as in the script. Only where every run
 * makes it (the top level) and onto an object of the same class.
 */
function writeAlias(out: StatementOutput, name: string, slot: Slot | undefined, value: Typed, depth: number): void {
  if (depth !== 1 || (slot !== undefined && slot.cls !== value.cls)) return out.writer.fail(`a second name (${name}) for a Chilkat object`);
  const alias = { ...slotOf(value), id: value.code };
  return slot === undefined ? out.context.scope.declare(name, alias) : out.context.scope.refine(name, alias);
}

function slotOf(value: Typed): Omit<Slot, 'id'> {
  return { kind: value.kind, ...(value.cls === undefined ? {} : { cls: value.cls }), ...(value.lower === undefined ? {} : { lower: value.lower }), ...(value.item === undefined ? {} : { item: value.item }) };
}
