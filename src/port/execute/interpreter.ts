/**
 * Runs a script's AST with real values: variables and constants, loops and branches picked by the
 * values, the script's own functions (a helper given the JsonObject changes that same object), and
 * every request in order, each with the body its objects hold at that moment. What cannot be
 * translated is reported on its line and the statement is left out.
 *
 * @example
 * const result = await new Interpreter(program, { transport: async () => undefined }).run();
 * result.requests.length; //=> 1
 */
import type { ExecutedRequest } from '../execute-ir.js';
import type { Diagnostic } from '../ir.js';
import type { Expression, FunctionDefinition, Program, Statement } from '../ast/nodes.js';
import { bareName } from '../ast/names.js';
import { Evaluator } from './evaluate.js';
import { binaryOperation, truth } from './operators.js';
import { RefusedRequest, RequestSender, type Transport } from './request-sender.js';
import { NotTranslated, plain, type RunValue } from './values.js';
import { asLanguageText } from './text.js';
import { runCounted, runForEach, runWhile, type LoopHost } from './loops.js';
import { storeInto } from './store-target.js';

export type { Transport } from './request-sender.js';

/**
 * What running a script gave.
 *
 * @example
 * const result: RunResult = { requests: [], diagnostics: [] };
 */
export interface RunResult {
  readonly requests: readonly ExecutedRequest[];
  /** Statements that could not be translated: the requests may differ from the script's. */
  readonly diagnostics: readonly Diagnostic[];
  /** Everything to print on stderr (the diagnostics, and calls Chilkat itself refused), when it differs from `diagnostics`. */
  readonly skipped?: readonly Diagnostic[];
  /** The first statement not translated needs only a response `--dry-run` did not get: a real run may translate it. */
  readonly awaitingResponse?: boolean;
  /** With `refuseAfterReport`: the line of the request not made because statements before it were not translated. */
  readonly refusedAt?: number;
}

const MAX_ITERATIONS = 10_000;
const MAX_DEPTH = 64;

/** `break`/`continue` leaving a loop body (a signal, not a failure). */
class Jump extends Error {
  constructor(readonly jump: 'break' | 'continue') {
    super(jump);
  }
}
/** `return` leaving a function (a signal, not a failure). */
class Return extends Error {
  constructor(readonly value: RunValue) {
    super('return');
  }
}

/** Runs one program. */
export class Interpreter {
  readonly #program: Program;
  readonly #sender: RequestSender;
  readonly #globals = new Map<string, RunValue>();
  readonly #frames: Map<string, RunValue>[] = [];
  readonly #functions = new Map<string, FunctionDefinition>();
  readonly #diagnostics: Diagnostic[] = [];
  readonly #evaluator: Evaluator;
  /** Declared sizes of fixed arrays and C buffers. */
  readonly #sizes = new Map<string, number>();
  readonly #caseInsensitive: boolean;
  #awaitingResponse = false;
  #line = 0;

  constructor(program: Program, options: { readonly transport: Transport; readonly caseInsensitive?: boolean; readonly refuseAfterReport?: boolean; readonly arguments?: readonly string[]; readonly file?: string }) {
    this.#program = program;
    this.#sender = new RequestSender(options.transport, options.refuseAfterReport ?? false, (value) => asLanguageText(value, program.language));
    this.#caseInsensitive = options.caseInsensitive ?? false;
    for (const definition of program.functions) this.#functions.set(this.key(definition.name), definition);
    const language = program.language;
    this.#evaluator = new Evaluator({
      language,
      asText: (value) => asLanguageText(value, language),
      lookup: (name) => this.lookup(name),
      assign: (name, value) => this.assign(name, value),
      callFunction: (name, args) => this.callFunction(name, args),
      send: (http, call, args) => this.#sender.send(http, call, args, this.#line, this.#diagnostics.length > 0),
      sizeOf: (name) => this.#sizes.get(this.key(name)),
      ...(options.arguments === undefined ? {} : { arguments: options.arguments }),
      ...(options.file === undefined ? {} : { file: options.file }),
    });
  }

  key(name: string): string {
    const bare = bareName(name);
    return this.#caseInsensitive ? bare.toLowerCase() : bare;
  }

  lookup(name: string): RunValue | undefined {
    const key = this.key(name);
    return this.#frames.at(-1)?.get(key) ?? this.#globals.get(key);
  }

  assign(name: string, value: RunValue, declare = false): void {
    const key = this.key(name);
    const frame = this.#frames.at(-1);
    if (frame && (declare || frame.has(key) || !this.#globals.has(key))) frame.set(key, value);
    else this.#globals.set(key, value);
  }

  async run(): Promise<RunResult> {
    let refusedAt: number | undefined;
    try {
      await this.block(this.#program.body);
    } catch (signal) {
      if (signal instanceof RefusedRequest) refusedAt = signal.line;
      else if (!(signal instanceof Return)) throw signal;
    }
    return { requests: this.#sender.requests, diagnostics: this.#diagnostics, ...(this.#awaitingResponse ? { awaitingResponse: true } : {}), ...(refusedAt === undefined ? {} : { refusedAt }) };
  }

  report(line: number, message: string, awaitsResponse = false): void {
    if (this.#diagnostics.length === 0) this.#awaitingResponse = awaitsResponse;
    this.#diagnostics.push({ line, message });
  }

  async block(statements: readonly Statement[]): Promise<void> {
    for (const statement of statements) await this.statement(statement);
  }

  async statement(statement: Statement): Promise<void> {
    this.#line = statement.line;
    try {
      await this.execute(statement);
    } catch (error) {
      if (!(error instanceof NotTranslated)) throw error;
      this.report(statement.line, error.message, error.awaitsResponse);
      // A variable whose new value could not be computed must not keep its old one.
      const target = statement.kind === 'declare' ? statement.name : statement.kind === 'assign' && statement.target.kind === 'name' ? statement.target.name : undefined;
      if (target !== undefined) this.assign(target, { kind: 'unknown', why: `${target} is set on line ${String(statement.line)}, which was not translated`, awaitsResponse: error.awaitsResponse });
    }
  }

  async execute(statement: Statement): Promise<void> {
    const evaluate = (expr: Expression): Promise<RunValue> => this.#evaluator.evaluate(expr);
    switch (statement.kind) {
      case 'declare': {
        if (statement.value !== undefined) return this.assign(statement.name, await evaluate(statement.value), true);
        if (statement.upperBound === undefined) {
          // An array without a size (Delphi's `TStringList.Create`) starts empty and grows as the script stores after its end.
          if (statement.lowerBound === undefined) return undefined;
          const from = plain(await evaluate(statement.lowerBound), 'the lower bound');
          if (from.kind !== 'integer') throw new NotTranslated('the lower bound of this array is not known');
          return this.assign(statement.name, { kind: 'list', items: [], lower: from.value }, true);
        }
        const lower = plain(await evaluate(statement.lowerBound ?? { kind: 'number', text: '0' }), 'the lower bound');
        const upper = plain(await evaluate(statement.upperBound), 'the upper bound');
        if (lower.kind !== 'integer' || upper.kind !== 'integer' || upper.value - lower.value > MAX_ITERATIONS) throw new NotTranslated('the bounds of this array are not known');
        this.#sizes.set(this.key(statement.name), upper.value - lower.value + 1);
        return this.assign(statement.name, { kind: 'list', items: Array.from({ length: upper.value - lower.value + 1 }, () => ({ kind: 'null' }) as const), lower: lower.value }, true);
      }
      case 'assign':
        return storeInto(statement.target, await evaluate(statement.value), {
          evaluate,
          lookup: (name) => this.lookup(name),
          assign: (name, value) => this.assign(name, value),
          asText: (value) => asLanguageText(value, this.#program.language),
        });
      case 'expression-statement':
        await evaluate(statement.expression);
        return undefined;
      case 'print':
        // `run` prints the response itself; what the script printed is not needed (and may read a response --dry-run lacks).
        for (const value of statement.values) await evaluate(value).catch((error: unknown) => { if (!(error instanceof NotTranslated)) throw error; });
        return undefined;
      case 'unsupported':
        if (statement.target !== undefined) this.assign(statement.target, { kind: 'unknown', why: statement.message });
        throw new NotTranslated(statement.message);
      case 'jump':
        throw new Jump(statement.jump);
      case 'return':
        throw new Return(statement.value === undefined ? { kind: 'null' } : await evaluate(statement.value));
      case 'if':
        for (const branch of statement.branches) {
          if (branch.condition === undefined || this.holds(await evaluate(branch.condition), branch.line)) return this.block(branch.body);
        }
        return undefined;
      case 'select': {
        const subject = statement.subject === undefined ? undefined : plain(await evaluate(statement.subject), 'the value selected on');
        for (const each of statement.cases) {
          let matches = each.values.length === 0;
          for (const value of each.values) {
            const candidate = await evaluate(value);
            if (!matches) matches = subject === undefined ? this.holds(candidate, each.line) : this.holds(binaryOperation('=', subject, plain(candidate, 'a case value'), { language: this.#program.language, asText: (v) => asLanguageText(v, this.#program.language) }), each.line);
          }
          if (matches) return this.loopBody(each.body).then(() => undefined);
        }
        return undefined;
      }
      case 'for':
        return runCounted(statement, this.loops());
      case 'for-each':
        return runForEach(statement, this.loops());
      case 'while':
        return runWhile(statement, this.loops());
    }
  }

  /** Runs a loop body; says whether it ended with `break`. */
  async loopBody(body: readonly Statement[]): Promise<'break' | 'next'> {
    try {
      await this.block(body);
    } catch (signal) {
      if (!(signal instanceof Jump)) throw signal;
      return signal.jump === 'break' ? 'break' : 'next';
    }
    return 'next';
  }

  holds(value: RunValue, line: number): boolean {
    this.#line = line;
    return truth(plain(value, 'the condition'), this.#program.language);
  }

  /** What the loop runners need. */
  loops(): LoopHost {
    return {
      language: this.#program.language,
      evaluate: (expr) => this.#evaluator.evaluate(expr),
      assign: (name, value) => this.assign(name, value),
      lookup: (name) => this.lookup(name),
      loopBody: (body) => this.loopBody(body),
      holds: (value, line) => this.holds(value, line),
    };
  }

  async callFunction(name: string, args: readonly RunValue[]): Promise<RunValue | undefined> {
    // `this.helper()` and `Module.helper()` call the script's own function; `super.onCreate()` calls the parent class's.
    const own = name.startsWith('super.') ? undefined : this.#functions.get(this.key(name.split('.').at(-1) ?? name));
    const definition = this.#functions.get(this.key(name)) ?? own;
    if (definition === undefined) return undefined;
    if (this.#frames.length >= MAX_DEPTH) throw new NotTranslated(`${name}() calls itself more than ${String(MAX_DEPTH)} deep`);
    const frame = new Map<string, RunValue>();
    for (const [at, parameter] of definition.parameters.entries()) {
      const given = args[at] ?? (parameter.defaultValue === undefined ? { kind: 'null' } : await this.#evaluator.evaluate(parameter.defaultValue));
      frame.set(this.key(parameter.name), given);
    }
    this.#frames.push(frame);
    const line = this.#line;
    try {
      await this.block(definition.body);
      return frame.get(this.key(definition.name)) ?? frame.get(this.key('Result')) ?? { kind: 'null' };
    } catch (signal) {
      if (signal instanceof Return) return signal.value;
      throw signal;
    } finally {
      this.#frames.pop();
      this.#line = line;
    }
  }
}
