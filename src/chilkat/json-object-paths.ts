import { chilkatDelimiterOf, chilkatDelimiterText, trimChilkatBlanks } from './delimiter.js';
import { JsonObjectCore } from './json-object-core.js';
import { reportFailure, reportSuccess } from './last-call.js';
import type { ChilkatNode } from './model.js';
import { parseChilkatPath, type ChilkatPathPlan } from './parse-chilkat-path.js';
import { readChilkatPath, writeChilkatPath, type ChilkatIndexVariables, type ChilkatWrite } from './path-engine.js';
import { checkPathKeys, type ChilkatValueResult } from './values.js';

function toInt32(value: unknown): number {
  // Properties cannot report failure, so they take what C# `unchecked((int)x)` would.
  return Number(value) | 0;
}

/**
 * The paths layer of JsonObject: DelimiterChar, PathPrefix and the I, J, K index variables, and the one
 * place where the other layers read or write at a path.
 *
 * @example
 * const json = new JsonObject(); json.I = 1;
 * json.UpdateInt('a[i]', 5); //=> true
 */
export class JsonObjectPaths extends JsonObjectCore {
  #delimiter = '.';
  #pathPrefix = '';
  #i = 0;
  #j = 0;
  #k = 0;

  /**
   * The path delimiter (default `.`). Set: blanks trimmed, first character kept, empty ignored; a
   * non-ASCII character acts by the first byte of its UTF-8 form and reads back as U+FFFD (§9.1).
   */
  get DelimiterChar(): string {
    return chilkatDelimiterText(this.#delimiter);
  }
  set DelimiterChar(value: string) {
    this.#delimiter = chilkatDelimiterOf(String(value)) ?? this.#delimiter;
  }

  /** Text put in front of every path (getters included); trimmed of blanks when set. */
  get PathPrefix(): string {
    return this.#pathPrefix;
  }
  set PathPrefix(value: string) {
    this.#pathPrefix = trimChilkatBlanks(String(value));
  }

  /** The value of `[i]` in paths. */
  get I(): number {
    return this.#i;
  }
  set I(value: number) {
    this.#i = toInt32(value);
  }

  /** The value of `[j]` in paths. */
  get J(): number {
    return this.#j;
  }
  set J(value: number) {
    this.#j = toInt32(value);
  }

  /** The value of `[k]` in paths. */
  get K(): number {
    return this.#k;
  }
  set K(value: number) {
    this.#k = toInt32(value);
  }

  #plan(path: unknown): ChilkatPathPlan | undefined {
    if (typeof path !== 'string') return undefined;
    return parseChilkatPath(this.#pathPrefix + path, this.#delimiter);
  }

  #variables(): ChilkatIndexVariables {
    return { I: this.#i, J: this.#j, K: this.#k };
  }

  /** The node at a path (PathPrefix, DelimiterChar and I, J, K applied); undefined when nothing is there. */
  protected readPath(path: unknown): ChilkatNode | undefined {
    const plan = this.#plan(path);
    return plan === undefined ? undefined : readChilkatPath(this.state.node, plan, this.#variables());
  }

  /** Writes at a path for an Update or Set method and reports the outcome under that method's name. */
  protected updatePath(method: string, path: unknown, write: ChilkatWrite | ChilkatValueResult): boolean {
    this.state.touched = true;
    const plan = this.#plan(path);
    if (plan === undefined) return reportFailure(this, method, 'the path must be a string');
    const where = `path ${JSON.stringify(path)}`;
    if ('refused' in write) return reportFailure(this, method, `${where}: ${write.refused}`);
    const problem = checkPathKeys(plan, this.state.allowInvalid);
    if (problem !== undefined) return reportFailure(this, method, `${where}: ${problem}`);
    const finalWrite: ChilkatWrite = 'node' in write ? { type: 'scalar', make: () => write.node } : write;
    const result = writeChilkatPath(this.state.node, plan, finalWrite, this.#variables());
    return result.ok ? reportSuccess(this) : reportFailure(this, method, `${where}: ${result.reason}`);
  }
}
