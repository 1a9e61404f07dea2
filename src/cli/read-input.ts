import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './io.js';

/** A CLI input or output problem the user can fix (missing file, bad option), reported without a stack. */
export class CliUsageError extends Error {
  override name = 'CliUsageError' as const;
}

/**
 * Reads a command's input: a file, or standard input for `-` (or when no file is given and `stdin` is allowed).
 *
 * @example
 * ```ts
 * await readInput('update.au3', io); //=> the script text
 * ```
 */
export async function readInput(file: string | undefined, io: CliIo, stdin: () => Promise<string> = io.stdin ?? readStdin): Promise<{ name: string; text: string }> {
  if (file === undefined || file === '-') return { name: 'stdin', text: await stdin() };
  try {
    return { name: file, text: await readFile(resolve(io.cwd, file), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliUsageError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new CliUsageError(`${file} is a folder, expected a file`);
    throw error;
  }
}

/** Writes generated code to `--out` or to stdout. */
export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) io.stdout(text);
  else await writeFile(resolve(io.cwd, out), text);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `FILE:LINE: message` lines on stderr, yellow on a terminal. */
export function reportDiagnostics(messages: readonly string[], io: CliIo): void {
  for (const message of messages) io.stderr(io.color ? `\u001b[33m${message}\u001b[39m\n` : `${message}\n`);
}
