/**
 * `run`'s engine: read a script into the AST and execute it on the one Chilkat engine, making each
 * request through the given transport (none for `--dry-run`).
 *
 * @example
 * const { requests, diagnostics } = await runScript(source, { file: 'update.vbs' });
 */
import { readProgram } from './ast/read-program.js';
import { detectLanguage, type DetectOptions } from './detect.js';
import { executeIr } from './execute-ir.js';
import { Interpreter, type RunResult, type Transport } from './execute/interpreter.js';
import { readWith } from './read-script.js';

/**
 * The languages `run` executes as a statement tree (their readers are checked on the fixtures and on
 * hand-written scripts); the others are still read flat (see docs/porting.md, "Languages").
 *
 * @example
 * AST_LANGUAGES.has('vb6'); //=> true
 */
export const AST_LANGUAGES: ReadonlySet<string> = new Set([
  'vb6', 'vbscript', 'asp', 'vbnet', 'autoit', 'csharp', 'java', 'cpp', 'c', 'go', 'chilkat2-python', 'python', 'php-ext', 'php-ax', 'powershell',
  'ruby', 'perl', 'delphi-dll', 'delphi-ax', 'foxpro', 'objc', 'android', 'purebasic', 'powerbuilder', 'sql', 'dataflex', 'tcl',
]);

/**
 * Options of {@link runScript}.
 *
 * @example
 * const options: RunScriptOptions = { file: 'a.au3', transport: async () => undefined };
 */
export interface RunScriptOptions extends DetectOptions {
  /** Makes each request; without it nothing is sent and responses are not known (`--dry-run`). */
  readonly transport?: Transport;
  /** Stops before a request built past a statement that was not translated (`run` without `--force`; flat-read languages report everything in the plan already). */
  readonly refuseAfterReport?: boolean;
}

/**
 * Runs a legacy script.
 *
 * @param source - The script text.
 * @param options - Language, file name, transport.
 * @returns The requests in order and what could not be translated.
 * @throws {@link UnknownLanguageError} when the language is unknown.
 * @example
 * (await runScript('$j = ObjCreate("Chilkat.JsonObject")', { file: 'a.au3' })).requests; //=> []
 */
export async function runScript(source: string, options: RunScriptOptions = {}): Promise<RunResult> {
  const spec = detectLanguage(source, options);
  if (!AST_LANGUAGES.has(spec.id)) {
    // Languages whose statement reader is not checked on the AST yet run as before: read flat, one request.
    const execution = executeIr(readWith(source, spec));
    if (execution.request && options.transport) await options.transport(execution.request);
    return { requests: execution.request ? [execution.request] : [], diagnostics: execution.untranslated, skipped: execution.skipped };
  }
  const program = readProgram(source, spec);
  const interpreter = new Interpreter(program, { transport: options.transport ?? (() => Promise.resolve(undefined)), caseInsensitive: spec.caseInsensitive, refuseAfterReport: options.refuseAfterReport === true });
  return interpreter.run();
}

export type { RunResult, Transport } from './execute/interpreter.js';
