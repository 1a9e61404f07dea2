/**
 * `run`'s engine: read a script into the AST and execute it on the one Chilkat engine, making each
 * request through the given transport (none for `--dry-run`).
 *
 * @example
 * const { requests, diagnostics } = await runScript(source, { file: 'update.vbs' });
 */
import { readProgram } from './ast/read-program.js';
import { detectLanguage, type DetectOptions } from './detect.js';
import { Interpreter, type RunResult, type Transport } from './execute/interpreter.js';

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
  /** The script's command-line arguments (`pathpatch run FILE -- ARG...`); without them, reading one is reported. */
  readonly arguments?: readonly string[];
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
  // Every language is read as statements (the flat reader serves `port` in builder style only).
  const spec = detectLanguage(source, options);
  const program = readProgram(source, spec);
  const interpreter = new Interpreter(program, {
    transport: options.transport ?? (() => Promise.resolve(undefined)),
    caseInsensitive: spec.caseInsensitive,
    refuseAfterReport: options.refuseAfterReport === true,
    ...(options.arguments === undefined ? {} : { arguments: options.arguments }),
    ...(options.file === undefined ? {} : { file: options.file }),
  });
  return interpreter.run();
}

export type { RunResult, Transport } from './execute/interpreter.js';
