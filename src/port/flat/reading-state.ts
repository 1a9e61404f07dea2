/**
 * What the flat reader knows while it reads one script: the IR so far, the
 * variables, the statement it is on, and whether the request was sent.
 *
 * @example
 * const state = new ReadingState(autoit, source.split('\n'));
 * state.lookup('vbCrLf'); //=> { kind: 'text', text: '\r\n' }
 */
import { NAMED_CONSTANTS } from '../builtins/named-constants.js';
import type { IrClass, IrNode } from '../ir.js';
import type { LanguageSpec } from '../language-spec.js';
import type { Token } from '../lexer.js';
import type { SymbolicValue } from './symbolic-value.js';

/**
 * The state of one reading, shared by the statement runner, the expression evaluator and the Chilkat calls.
 *
 * @example
 * new ReadingState(csharp, []).nodes; //=> []
 */
export class ReadingState {
  readonly nodes: IrNode[] = [];
  readonly spec: LanguageSpec;
  /** Each variable's value, by {@link ReadingState.key}. */
  readonly env = new Map<string, SymbolicValue>();
  /** Each StringBuilder's text so far, by handle. */
  readonly sb = new Map<string, string>();
  /** Helper functions the script defines (their calls are not translated), by key. */
  readonly helpers = new Set<string>();
  line = 0;
  source = '';
  tokens: readonly Token[] = [];
  /** The variable the current statement assigns to (a send's response is named after it). */
  target: string | undefined;
  sent = false;
  sendLine = 0;
  /** Set while running statements whose effect the porter cannot translate (a branch on unknown data, a helper's body): why. */
  untranslated: string | undefined;
  #anonymous = 0;

  readonly lines: readonly string[];

  constructor(spec: LanguageSpec, lines: readonly string[]) {
    this.spec = spec;
    this.lines = lines;
  }

  /** A variable's key: without Tcl's `$`, lower case where the language ignores case. */
  key(name: string): string {
    const bare = this.spec.id === 'tcl' ? name.replace(/^\$/, '') : name;
    return this.spec.caseInsensitive ? bare.toLowerCase() : bare;
  }

  /** Reports the current statement. */
  unsupported(message: string): void {
    this.nodes.push({ kind: 'unsupported', line: this.line, message, source: this.source });
  }

  /** Runs statements whose effect the porter cannot translate, saying why in what they report. */
  untranslatedWhile(why: string, run: () => void): void {
    const saved = this.untranslated;
    this.untranslated ??= why;
    try {
      run();
    } finally {
      this.untranslated = saved;
    }
  }

  /** A variable's value, a named text constant (`vbCrLf`), or an unknown value. */
  lookup(name: string): SymbolicValue {
    const found = this.env.get(this.key(name));
    if (found) return found;
    const constant = NAMED_CONSTANTS[name.toLowerCase()];
    if (constant !== undefined) return { kind: 'text', text: constant };
    return { kind: 'unknown', why: `cannot follow the value of ${name}` };
  }

  /** Assigns a variable; a new object takes the variable's name as its handle. */
  bind(target: string, value: SymbolicValue): void {
    if (this.untranslated !== undefined) {
      // Whether this assignment happens depends on what the porter cannot follow.
      this.env.set(this.key(target), { kind: 'unknown', why: `${target} is set ${this.untranslated}` });
      return;
    }
    if (value.kind === 'object' && value.ref.handle === '') {
      value.ref.handle = target;
      // A part of another object: the variable now names it (a reused C++ pointer or C handle follows it).
      const origin = value.ref.origin;
      this.nodes.push(origin === undefined ? { kind: 'new', line: value.ref.line, handle: target, class: value.ref.cls } : { kind: 'json-ref', line: value.ref.line, handle: target, ...origin });
    }
    this.env.set(this.key(target), value);
  }

  /** A new, not yet named object of a Chilkat class. */
  create(cls: IrClass): SymbolicValue {
    return { kind: 'object', ref: { handle: '', cls, line: this.line, afterSend: this.sent } };
  }

  /** Gives an object created inside an expression (e.g. `new HttpResponse()` as an argument) a name. */
  named(value: SymbolicValue): SymbolicValue {
    if (value.kind === 'object' && value.ref.handle === '') this.bind(`${value.ref.cls.charAt(0).toLowerCase()}${value.ref.cls.slice(1)}${String((this.#anonymous += 1))}`, value);
    return value;
  }
}
