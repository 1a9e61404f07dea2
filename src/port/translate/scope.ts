/**
 * What the translator knows about each variable of the script while it writes
 * TypeScript: its TypeScript name, the kind of value it holds (the built-in
 * tables need kinds), a Chilkat class for Chilkat objects, a list's lower
 * bound and element kind. Names compare without case where the language does.
 *
 * @example
 * new Scope(true).declare('Json', { id: 'json', kind: 'object', cls: 'JsonObject' });
 */
import type { IrClass } from '../ir.js';
import { bareName } from '../ast/names.js';
import type { ValueKind } from '../builtins/index.js';

/**
 * A translated value: TypeScript code and what it holds.
 *
 * @example
 * const value: Typed = { code: 'urls[i]', kind: 'text' };
 */
export interface Typed {
  readonly code: string;
  readonly kind: ValueKind | 'unknown' | 'object';
  readonly cls?: IrClass;
  /** A list's first index in the script. */
  readonly lower?: number;
  /** A list's element kind. */
  readonly item?: ValueKind | 'unknown';
  /** A text constant's value. */
  readonly literal?: string;
  /** A C text buffer's declared size (`char path[64]`), for `sizeof`. */
  readonly size?: number;
  /** The one text a variable ever holds (it is set once, to a text constant). */
  readonly known?: string;
  /** A concatenation's parts (text constants and values), so a longer one is written as one template. */
  readonly parts?: readonly (string | Typed)[];
}

/**
 * A variable: its TypeScript name and what it holds.
 *
 * @example
 * const slot: Slot = { id: 'i', kind: 'integer' };
 */
export type Slot = Omit<Typed, 'code' | 'literal' | 'parts'> & {
  readonly id: string;
  /** An object variable the script sets again (declared with `let`). */
  readonly reassigned?: boolean;
};

/**
 * The text a built-in just wrote into a variable (C's `sprintf(path, ...)`): its template code and which
 * of its holes are integers. Kept for the statements of the block that wrote it only, until anything
 * else may set the variable (see {@link Scope.wrote}).
 *
 * @example
 * const written: WrittenText = { code: '`callbacks[${i}]`', integers: new Set(['i']) };
 */
export interface WrittenText {
  readonly code: string;
  readonly integers: ReadonlySet<string>;
}

/**
 * Thrown when a script uses something the translator does not write; the porter then falls back to
 * reporting, so a partial translation never runs.
 *
 * @example
 * new NotTranslated(3, 'a Select Case').message; //=> 'line 3: a Select Case is not translated'
 */
export class NotTranslated extends Error {
  override name = 'NotTranslated';
  readonly line: number;

  constructor(line: number, what: string) {
    super(`line ${String(line)}: ${what} is not translated`);
    this.line = line;
  }
}

/**
 * Nested blocks of variables.
 *
 * @example
 * new Scope(false).lookup('x'); //=> undefined
 */
export class Scope {
  readonly #folded: boolean;
  readonly #blocks: Map<string, Slot>[] = [new Map<string, Slot>()];
  /** Per block, the texts built-ins wrote into variables by the statements of that block so far. */
  readonly #written: Map<string, WrittenText>[] = [new Map<string, WrittenText>()];

  constructor(caseInsensitive: boolean) {
    this.#folded = caseInsensitive;
  }

  #key(name: string): string {
    const bare = bareName(name);
    return this.#folded ? bare.toLowerCase() : bare;
  }

  /** Do the two names name the same variable (case folded where the language folds it)? */
  same(a: string, b: string): boolean {
    return this.#key(a) === this.#key(b);
  }

  lookup(name: string): Slot | undefined {
    const key = this.#key(name);
    for (let index = this.#blocks.length - 1; index >= 0; index -= 1) {
      const found = this.#blocks[index]?.get(key);
      if (found) return found;
    }
    return undefined;
  }

  declare(name: string, slot: Slot): void {
    this.#blocks.at(-1)?.set(this.#key(name), slot);
  }

  /** Replaces what an existing variable holds (a kind learnt at its first assignment). */
  refine(name: string, slot: Slot): void {
    const key = this.#key(name);
    for (let index = this.#blocks.length - 1; index >= 0; index -= 1) {
      if (this.#blocks[index]?.has(key)) {
        this.#blocks[index]?.set(key, slot);
        return;
      }
    }
  }

  /**
   * Remembers (or, with `undefined`, forgets) the text a built-in has just written into a variable. Only the
   * current block sees it: a later statement of that block runs after the write in every run, a statement
   * of a nested block or after the block need not.
   */
  wrote(name: string, text: WrittenText | undefined): void {
    const written = this.#written.at(-1);
    if (text === undefined) written?.delete(this.#key(name));
    else written?.set(this.#key(name), text);
  }

  /** The text a built-in wrote into the variable earlier in the current block, while nothing else may have set it. */
  written(name: string): WrittenText | undefined {
    return this.#written.at(-1)?.get(this.#key(name));
  }

  /** Forgets every written text of the current block (after a statement that may set a variable). */
  forgetWritten(): void {
    this.#written.at(-1)?.clear();
  }

  /** Runs `body` in a nested block. */
  nested<Result>(body: () => Result): Result {
    this.#blocks.push(new Map<string, Slot>());
    this.#written.push(new Map<string, WrittenText>());
    try {
      return body();
    } finally {
      this.#blocks.pop();
      this.#written.pop();
    }
  }
}
