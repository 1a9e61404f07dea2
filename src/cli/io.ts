/**
 * Where a command reads and writes, so tests can run commands in-process and the bin can pass the real streams.
 *
 * @example
 * ```ts
 * import type { CliIo } from 'pathpatch/port';
 * const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env, color: false, cwd: process.cwd() };
 * ```
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Colour only when writing to a terminal. */
  readonly color: boolean;
  readonly cwd: string;
  /** Standard input; the process's own when absent (tests pass the text in). */
  readonly stdin?: () => Promise<string>;
}

/** A CLI command: its name, one-line summary, help text (with examples) and its action, which returns the exit code. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2 });
