/**
 * Builder style's `JsonObject` counters: `json.I = n` (and `J`, `K`) becomes
 * a variable of the block (`let json_I = n;`), and a path that says `[i]`
 * reads it, or 0 (Chilkat's start) where the script never set it.
 *
 * @example
 * new BuilderCounters().set(writer, 'json', 'I', { kind: 'number', text: '2' }); //=> 'let json_I = 2;'
 */
import type { Expression } from '../ast/index.js';
import type { ExpressionWriter } from './expressions.js';

/**
 * The counters one script sets, by JsonObject.
 *
 * @example
 * new BuilderCounters().source(writer, 'json', 'i'); //=> '0'
 */
export class BuilderCounters {
  /** The counters the script sets (`json.I`). */
  readonly #set = new Set<string>();

  /** `json.I = n`: the statement that sets the counter's variable (declaring it the first time in its block). */
  set(writer: ExpressionWriter, json: string, name: string, value: Expression): string {
    const written = writer.write(value);
    if (written.kind !== 'integer') return writer.fail(`${name} set to a ${written.kind}`);
    this.#set.add(`${json}.${name}`);
    const slot = writer.scope.lookup(`${json}.${name}`);
    if (slot !== undefined) return `${slot.id} = ${written.code};`;
    const id = `${json}_${name}`;
    writer.scope.declare(`${json}.${name}`, { id, kind: 'integer' });
    return `let ${id} = ${written.code};`;
  }

  /** The source of a counter a path reads: its variable, or 0 (Chilkat's start) when the script never set it. */
  source(writer: ExpressionWriter, json: string, letter: string): string {
    const key = `${json}.${letter.toUpperCase()}`;
    const slot = writer.scope.lookup(key);
    if (slot !== undefined) return slot.id;
    return this.#set.has(key) ? writer.fail(`[${letter}] read outside the block that set ${key}`) : '0';
  }
}
