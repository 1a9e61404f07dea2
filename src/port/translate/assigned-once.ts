/**
 * The variables a script gives a value exactly once (one assignment or one
 * declaration with a value, anywhere, and never passed to a call that could
 * write it, as C's `sprintf(buffer, ...)` does; methods of Chilkat objects do not): their text is known wherever
 * they are read, which builder style needs to check a `Load(template)` now.
 * Names are folded to lower case, without sigils.
 *
 * @example
 * assignedOnce(readProgram('t = "{}"\njson.Load t', vb6)).has('t'); //=> true
 */
import { bareName, type Program } from '../ast/index.js';

/**
 * Walks the whole tree (every statement kind, present and future) for what sets a variable.
 *
 * @param program - The statement tree.
 * @returns The names set once.
 * @example
 * assignedOnce(program); //=> Set { 'template' }
 */
export function assignedOnce(program: Program): ReadonlySet<string> {
  const counts = new Map<string, number>();
  const count = (name: string, times = 1): void => {
    const key = bareName(name).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + times);
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const node = value as { kind?: unknown; name?: unknown; value?: unknown; target?: { kind?: string; name?: string }; callee?: { kind?: string }; variable?: unknown; item?: unknown; index?: unknown; args?: unknown };
    const text = (field: unknown): string => (typeof field === 'string' ? field : '');
    if (node.kind === 'declare' && node.value !== undefined) count(text(node.name));
    if (node.kind === 'assign' && node.target?.kind === 'name') count(text(node.target.name));
    if (node.kind === 'for') count(text(node.variable), 2);
    if (node.kind === 'for-each') for (const field of [node.item, node.index]) count(text(field), 2);
    // A variable handed to a function (not a method of an object) may be written by it.
    if (node.kind === 'call' && node.callee?.kind === 'name' && Array.isArray(node.args)) for (const arg of node.args as { kind?: string; name?: string }[]) if (arg.kind === 'name') count(text(arg.name), 2);
    Object.values(node).forEach(walk);
  };
  walk(program);
  return new Set([...counts].filter(([, times]) => times === 1).map(([name]) => name));
}
