/**
 * The script's own functions. An entry point the reader invokes once (`Sub
 * Main`, `ChilkatSample`, a Delphi event handler, Java's `main`) runs in
 * place, inside main(); a helper the script calls (a `Sub` taking the
 * `JsonObject`, a `def`, a `procedure`) becomes a TypeScript function with
 * typed parameters. In chilkat style a helper given the JsonObject changes
 * that same object, as it did in the script; in builder style, where bodies
 * are values, it takes the builder and returns the one it made, which the
 * caller keeps (`json = AddJwt(json, 60)`).
 *
 * @example
 * const helpers = new Helpers(program, options);
 * helpers.call('AddJwt', args, writer); //=> 'AddJwt(json, lifetime)' (builder style: 'json = AddJwt(json, lifetime)')
 * helpers.lines(); //=> ['', '/** AddJwt of the script. *\/', 'function AddJwt(j: JsonObject, seconds: number): void {', ...]
 */
import { bareName, type Expression, type FunctionDefinition, type Program, type Statement } from '../ast/index.js';
import { tsIdentifier } from '../codegen/ts-text.js';
import type { CallWriter } from './call-writer.js';
import { ExpressionWriter, type ExpressionContext } from './expressions.js';
import { readNames } from './read-names.js';
import { Scope, type Typed } from './scope.js';
import { endsScriptIn, setsVariable } from './statement-facts.js';
import { StatementWriter } from './statements.js';

const INDENT = '  ';
/**
 * Languages whose functions read the script's top-level variables (a VBScript `Sub` sees the script's
 * `json`), all of them folding case. Elsewhere (PHP, Ruby, Perl's `my` after the `sub`, FoxPro's `LOCAL`)
 * such a name is not the top level's; and Python's, which is, is not passed yet: the helper is reported.
 */
const SHARED_TOP_LEVEL = new Set(['vbscript', 'asp', 'vb6', 'autoit', 'powershell']);
/** Compares names as the languages that share their top level do: without sigils or case (Scope's own rule). */
const FOLDED = new Scope(true);

/** A helper written: its TypeScript name, its parameters' types, its lines, and the parameter it returns (builder style). */
interface Written {
  readonly id: string;
  readonly signature: string;
  readonly lines: readonly string[];
  readonly returns?: number;
}

/**
 * What main() runs: the top level, with each entry point the reader invokes (a function called once, with
 * no arguments, from the top level) written in place of its invocation.
 *
 * @param program - The statement tree.
 * @returns main()'s statements.
 * @example
 * mainStatements(program).length; //=> 12
 */
export function mainStatements(program: Program): readonly Statement[] {
  const functionBodies = program.functions.flatMap((each) => each.body);
  return program.body.flatMap((statement, at) => {
    if (statement.kind !== 'expression-statement' || statement.expression.kind !== 'call' || statement.expression.args.length > 0) return [statement];
    const { callee } = statement.expression;
    const name = callee.kind === 'name' ? callee.name.toLowerCase() : undefined;
    const entry = program.functions.find((each) => each.name.toLowerCase() === name);
    if (entry === undefined) return [statement];
    // Called from nowhere else: an entry point, run where the reader invokes it.
    const elsewhere = readNames([...program.body.filter((_, index) => index !== at), ...functionBodies]);
    return elsewhere.has(entry.name.toLowerCase()) ? [statement] : entry.body;
  });
}

/**
 * What the helpers need from the translation of main().
 *
 * @example
 * const options: HelperOptions = { language: 'vb6', caseInsensitive: true, concat: ['&'], imports: new Set(), calls: new ChilkatCalls(new Set()) };
 */
export interface HelperOptions {
  readonly language: string;
  readonly caseInsensitive: boolean;
  readonly concat: readonly string[];
  /** Run-time helpers from `pathpatch/port` (shared with main()). */
  readonly imports: Set<string>;
  /** The output style's call writer (shared with main()). */
  readonly calls: CallWriter;
  /** Functions the module needs after main() (shared with main()). */
  readonly functions: Set<string>;
}

/** The TypeScript type of the parameter `id` given this value (a Chilkat object's is the output style's). */
function parameterType(value: Typed, id: string, calls: CallWriter): string | undefined {
  const scalar = (kind: Typed['kind'] | undefined): string | undefined => (kind === 'text' ? 'string' : kind === 'integer' || kind === 'float' ? 'number' : kind === 'boolean' ? 'boolean' : undefined);
  if (value.kind === 'object') return calls.parameterType?.(value, id);
  if (value.kind === 'list') return scalar(value.item) === undefined ? undefined : `readonly ${String(scalar(value.item))}[]`;
  if (value.kind === 'dict') return scalar(value.item) === undefined ? undefined : `ReadonlyMap<string, ${String(scalar(value.item))}>`;
  return scalar(value.kind);
}

/** The parameters' TypeScript names: one the helper never reads starts with `_` (noUnusedParameters). */
function parameterIds(definition: FunctionDefinition): string[] {
  const read = readNames(definition.body);
  return definition.parameters.map((parameter) => `${read.has(bareName(parameter.name).toLowerCase()) ? '' : '_'}${tsIdentifier(parameter.name)}`);
}

/**
 * The script's helpers, each translated at its first call with the kinds of values it is given.
 *
 * @example
 * new Helpers(program, options).call('AddJwt', args, writer); //=> 'AddJwt(json, lifetime)'
 */
export class Helpers {
  readonly #functions: readonly FunctionDefinition[];
  readonly #options: HelperOptions;
  readonly #written = new Map<string, Written>();
  readonly #writing = new Set<string>();

  /** The script's top level, whose variables a helper may read (see {@link SHARED_TOP_LEVEL}). */
  readonly #topLevel: readonly Statement[];

  constructor(program: Program, options: HelperOptions) {
    this.#functions = program.functions;
    this.#options = options;
    this.#topLevel = SHARED_TOP_LEVEL.has(options.language) && options.caseInsensitive ? program.body : [];
  }

  #key(name: string): string {
    return this.#options.caseInsensitive ? name.toLowerCase() : name;
  }

  /** Is this name one of the script's functions? */
  defines(name: string): boolean {
    return this.#definition(name) !== undefined;
  }

  #definition(name: string): FunctionDefinition | undefined {
    return this.#functions.find((each) => this.#key(each.name) === this.#key(name));
  }

  /**
   * The call of a helper as TypeScript, or `undefined` when the name is not one of the script's functions. A
   * helper that returns the builder it was given (builder style) is called as `json = AddOwner(json, 'ann')`.
   */
  call(name: string, args: readonly Expression[], writer: ExpressionWriter): string | undefined {
    const own = this.#definition(name);
    if (own === undefined) return undefined;
    if (args.length !== own.parameters.length) return writer.fail(`${name} called with ${String(args.length)} of its ${String(own.parameters.length)} parameters`);
    // The top level's variables the helper reads are passed after its own parameters.
    const globals = this.#globals(own, writer);
    const definition = globals.length === 0 ? own : { ...own, parameters: [...own.parameters, ...globals.map((global) => ({ name: global, byReference: false }))] };
    const values = [...args, ...globals.map((global): Expression => ({ kind: 'name', name: global }))].map((arg) => writer.write(arg));
    const ids = parameterIds(definition);
    const types = values.map((value, at) => parameterType(value, ids[at] ?? '', this.#options.calls));
    const signature = types.join(', ');
    const key = this.#key(definition.name);
    if (this.#writing.has(key)) return writer.fail(`${name}, which calls itself`);
    const written = this.#written.get(key) ?? this.#write(definition, ids, values, types, writer);
    if (written.signature !== signature) return writer.fail(`${name} given values of other kinds than at its first call`);
    const call = `${written.id}(${values.map((value) => value.code).join(', ')})`;
    const kept = written.returns === undefined ? undefined : values[written.returns];
    if (kept === undefined) return call;
    this.#options.calls.changed?.(kept);
    return `${kept.code} = ${call}`;
  }

  /**
   * The top level's variables a helper reads, where the language shares them with its functions (folded
   * to lower case, as the language compares them). A helper that sets one, where it or the top level reads
   * it, is reported: the TypeScript function would set its own copy.
   */
  #globals(definition: FunctionDefinition, caller: ExpressionWriter): string[] {
    const set = [...readNames(definition.body, readNames(this.#topLevel))].find((name) => this.#isGlobal(definition, name) && setsVariable(definition.body, [name], FOLDED));
    if (set !== undefined) return caller.fail(`${definition.name}, which sets the script's variable ${set}`);
    return [...readNames(definition.body)].filter((name) => this.#isGlobal(definition, name));
  }

  /** Is the name, in this helper, the top level's variable (not a parameter, a local or a function)? */
  #isGlobal(definition: FunctionDefinition, name: string): boolean {
    const own = [...definition.parameters.map((parameter) => parameter.name), ...definition.body.flatMap((statement) => (statement.kind === 'declare' ? [statement.name] : []))];
    return this.#topLevel.length > 0 && !own.some((each) => FOLDED.same(each, name)) && !this.defines(name) && setsVariable(this.#topLevel, [name], FOLDED);
  }

  /** The top level's variables the script's helpers read: main() keeps them even where it does not read them itself. */
  globalReads(): Set<string> {
    const called = readNames([...this.#topLevel, ...this.#functions.flatMap((each) => each.body)]);
    return new Set(this.#functions.filter((each) => called.has(each.name.toLowerCase())).flatMap((each) => [...readNames(each.body)].filter((name) => this.#isGlobal(each, name))));
  }

  #write(definition: FunctionDefinition, ids: readonly string[], values: readonly Typed[], types: readonly (string | undefined)[], caller: ExpressionWriter): Written {
    const key = this.#key(definition.name);
    const parameters = definition.parameters.map((parameter) => parameter.name);
    // A helper that sets a parameter would change the caller's variable in BASIC and Pascal (ByRef), not in TypeScript.
    const names = new Scope(this.#options.caseInsensitive);
    if (setsVariable(definition.body, parameters, names)) return caller.fail(`${definition.name}, which sets one of its parameters`);
    // main() returns where the script ends; a helper's return would go on with the script.
    if (endsScriptIn(definition.body)) return caller.fail(`${definition.name}, which ends the script`);
    const missing = types.findIndex((type) => type === undefined);
    const given = values[missing];
    if (missing >= 0) return caller.fail(`the parameter ${String(parameters[missing])} of ${definition.name}, given a ${given?.kind === 'object' ? `Chilkat ${given.cls ?? 'object'}` : String(given?.kind)}`);
    const scope = new Scope(this.#options.caseInsensitive);
    const declared = definition.parameters.map((parameter, at) => {
      const value = values[at];
      const id = ids[at] ?? tsIdentifier(parameter.name);
      if (value !== undefined) scope.declare(parameter.name, { id, kind: value.kind, ...(value.cls === undefined ? {} : { cls: value.cls }), ...(value.item === undefined ? {} : { item: value.item }), ...(value.lower === undefined ? {} : { lower: value.lower }) });
      return `${id}: ${String(types[at])}`;
    });
    const context: ExpressionContext = { language: this.#options.language, scope, line: definition.line, imports: this.#options.imports, calls: this.#options.calls, functions: this.#options.functions, helpers: { call: (name, args) => this.call(name, args, writer), defines: (name) => this.defines(name) } };
    const writer = new ExpressionWriter(context, this.#options.concat);
    const body = new StatementWriter(context, writer, readNames(definition.body));
    this.#writing.add(key);
    try {
      body.block(definition.body, 1);
    } finally {
      this.#writing.delete(key);
    }
    // A helper that sends would be async and awaited; scripts' helpers build bodies.
    if (body.lines.some((line) => /\bawait\b/.test(line))) return caller.fail(`${definition.name}, which sends a request`);
    const returns = this.#returned(definition, ids, values, body.lines, caller);
    const returned = returns === undefined ? undefined : ids[returns];
    // Every way out of the helper gives the builder back.
    const lines = returned === undefined ? body.lines : [...body.lines.map((line) => line.replace(/^(\s*)return;$/, `$1return ${returned};`)), `${INDENT}return ${returned};`];
    const id = tsIdentifier(definition.name);
    const result = returns === undefined ? 'void' : String(types[returns]);
    const written = { id, signature: types.join(', '), lines: ['', `/** ${definition.name} of the script. */`, `function ${id}(${declared.join(', ')}): ${result} {`, ...lines, '}'], ...(returns === undefined ? {} : { returns }) };
    this.#written.set(key, written);
    return written;
  }

  /**
   * The parameter a helper gives back: where the style's objects are values (builder style), a helper that
   * changes the builder it was given returns the new one, for the caller to keep. A function returns one value.
   */
  #returned(definition: FunctionDefinition, ids: readonly string[], values: readonly Typed[], lines: readonly string[], caller: ExpressionWriter): number | undefined {
    if (this.#options.calls.values !== true) return undefined;
    const changed = ids.flatMap((parameter, at) => {
      const id = parameter.replaceAll('$', '\\$');
      return values[at]?.kind === 'object' && lines.some((line) => new RegExp(`^\\s*${id} = `).test(line)) ? [at] : [];
    });
    if (changed.length > 1) return caller.fail(`${definition.name}, which changes two of the objects it is given`);
    return changed[0];
  }

  /** The helpers' TypeScript, in the order they were first called. */
  lines(): string[] {
    return [...this.#written.values()].flatMap((each) => each.lines);
  }
}
