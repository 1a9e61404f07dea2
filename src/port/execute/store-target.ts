/**
 * Stores a value where an assignment of the script puts it: a variable, a
 * property of a Chilkat object, or an element of a list or dictionary.
 *
 * @example
 * await storeInto({ kind: 'name', name: 'x' }, { kind: 'integer', value: 1 }, host); // x is 1
 */
import type { AssignTarget, Expression } from '../ast/nodes.js';
import { setProperty } from './chilkat-objects.js';
import { NotTranslated, plain, type PlainValue, type RunValue } from './values.js';

/**
 * What storing needs from the interpreter.
 *
 * @example
 * const host: StoreHost = { evaluate, lookup, assign, asText };
 */
export interface StoreHost {
  readonly evaluate: (expr: Expression) => Promise<RunValue>;
  readonly lookup: (name: string) => RunValue | undefined;
  readonly assign: (name: string, value: RunValue) => void;
  /** The language's text of a value (a dictionary key, a property's text). */
  readonly asText: (value: PlainValue) => string;
}

/**
 * Stores `value` into an assignment's target.
 *
 * @param target - The target as the script wrote it.
 * @param value - The value.
 * @param host - The interpreter's variables and evaluator.
 * @throws {@link NotTranslated} for a target the porter does not follow (a computed element, an index outside a list).
 * @example
 * await storeInto({ kind: 'index', object: { kind: 'name', name: 'days' }, index: one }, text, host); // days(1) is set
 */
export async function storeInto(target: AssignTarget, value: RunValue, host: StoreHost): Promise<void> {
  if (target.kind === 'name') return host.assign(target.name, value);
  if (target.kind === 'member') {
    const object = await host.evaluate(target.object);
    if (object.kind !== 'object') throw new NotTranslated(`cannot tell which object ${target.name} is set on`);
    return setProperty(object.object, target.name, value, host.asText);
  }
  if (target.object.kind !== 'name') throw new NotTranslated('an assignment into a computed element is not translated');
  const container = plain(host.lookup(target.object.name) ?? { kind: 'unknown', why: `${target.object.name} is not declared` }, `the array ${target.object.name}`);
  const at = plain(await host.evaluate(target.index), 'the index');
  const item = plain(value, `the value stored into ${target.object.name}`);
  if (container.kind === 'list' && at.kind === 'integer') {
    const items = [...container.items];
    const position = at.value - container.lower;
    if (position < 0 || position > items.length) throw new NotTranslated(`the index ${String(at.value)} is outside ${target.object.name}`);
    items[position] = item;
    return host.assign(target.object.name, { kind: 'list', items, lower: container.lower });
  }
  if (container.kind === 'dict') {
    const name = host.asText(at);
    const entries = container.entries.filter(([key]) => key !== name);
    return host.assign(target.object.name, { kind: 'dict', entries: [...entries, [name, item]] });
  }
  throw new NotTranslated(`an element of a ${container.kind} is not translated`);
}
