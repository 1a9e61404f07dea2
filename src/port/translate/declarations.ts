/**
 * A declaration without a value (`Dim n As Integer`, `char path[64]`,
 * `Dim codes(1 To 3)`): a variable of its type's kind set to that kind's
 * empty value, a C text buffer, or an array whose element kind is what the
 * script stores in it first. A Chilkat object's declaration waits for the
 * object, and a variable nothing reads is left out.
 *
 * @example
 * writeEmptyDeclaration(out, { kind: 'declare', line: 1, source: 'Dim n As Integer', name: 'n', type: 'Integer', constant: false }, [], 1); // out.lines: ['  let n = 0;']
 */
import type { Declaration, Statement } from '../ast/index.js';
import { classOf } from '../chilkat-names.js';
import { tsIdentifier } from '../codegen/ts-text.js';
import { constantInteger } from './statement-facts.js';
import type { Slot } from './scope.js';
import type { StatementOutput } from './statement-output.js';

const TYPE_KINDS: readonly (readonly [RegExp, Slot['kind']])[] = [
  [/^(?:string|str|char\*?)$/i, 'text'],
  [/^(?:long|integer|int|int32|int64|short|byte)$/i, 'integer'],
  [/^(?:double|single|float|real|decimal|currency)$/i, 'float'],
  [/^(?:boolean|bool)$/i, 'boolean'],
];

/**
 * Declares a variable the script declares without a value.
 *
 * @param out - The body being written.
 * @param statement - The declaration (its `value` undefined).
 * @param rest - The statements after it in its block (where an array's first stores are).
 * @param depth - Its depth (1 is the function's top level).
 * @example
 * writeEmptyDeclaration(out, { kind: 'declare', line: 1, source: 'char path[64];', name: 'path', type: 'char', lowerBound: zero, upperBound: sixtyThree, constant: false }, [], 1); // out.lines: ["  let path = '';"]
 */
export function writeEmptyDeclaration(out: StatementOutput, statement: Declaration, rest: readonly Statement[], depth: number): void {
  const { name, type, lowerBound: lower, upperBound: upper } = statement;
  const context = out.context;
  if (!out.isRead(name)) return;
  // A Chilkat object (`Dim resp As ChilkatHttpResponse`, `HCkHttp http;`) is declared where the script first gives it one.
  if (type !== undefined && classOf(type) !== undefined) return;
  const id = tsIdentifier(name);
  if (lower !== undefined && upper !== undefined && /^(?:char|wchar_t|TCHAR)$/.test(type ?? '')) {
    // A C text buffer (`char path[64]`): text, which sprintf and snprintf write.
    const size = constantInteger(upper);
    context.scope.declare(name, { id, kind: 'text', ...(size === undefined ? {} : { size: size + 1 }) });
    return out.emit(depth, `let ${id} = '';`);
  }
  if (lower !== undefined) {
    // An array with bounds: the element kind is what the script stores in it first.
    const base = out.writer.write(lower);
    const stored = rest.find((each) => each.kind === 'assign' && each.target.kind === 'index' && each.target.object.kind === 'name' && each.target.object.name === name);
    const item = stored?.kind === 'assign' ? out.writer.write(stored.value).kind : 'unknown';
    if (base.kind !== 'integer' || !/^\d+$/.test(base.code) || (item !== 'text' && item !== 'integer' && item !== 'float')) out.writer.fail(`the array ${name}`);
    const floats = rest.some((each) => each.kind === 'assign' && each.target.kind === 'index' && each.value.kind === 'number' && each.value.text.includes('.') && each.target.object.kind === 'name' && each.target.object.name === name);
    const kind = floats ? 'float' : item;
    context.scope.declare(name, { id, kind: 'list', item: kind, lower: Number(base.code) });
    return out.emit(depth, `const ${id}: ${kind === 'text' ? 'string' : 'number'}[] = [];`);
  }
  const kind = TYPE_KINDS.find(([pattern]) => pattern.test(type ?? ''))?.[1];
  if (kind === undefined) return out.writer.fail(`the declaration of ${name} without a value or a known type`);
  context.scope.declare(name, { id, kind });
  out.emit(depth, `let ${id} = ${kind === 'text' ? "''" : kind === 'boolean' ? 'false' : '0'};`);
}
