// Type-checks generated or extracted code under the project's strict tsconfig: in a child process
// for a whole tsconfig, or in process for a set of files (one program, the errors of each file).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');

export function typeCheckProject(tsconfig: string): string {
  try {
    execFileSync(process.execPath, [tsc, '-p', tsconfig], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
}

/**
 * Type-checks `files` together, in one program with the options of the repository's tsconfig.json,
 * and returns the errors found in each of them (files without errors are absent).
 */
export function typeErrorsOf(files: readonly string[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const program = ts.createProgram(files, { ...options, noEmit: true, typeRoots: [join(ROOT, 'node_modules/@types')] });
  const wanted = new Set(files);
  const errors = new Map<string, string[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName;
    if (file === undefined || !wanted.has(file)) continue;
    const line = diagnostic.start === undefined ? 0 : diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start).line ?? 0;
    errors.set(file, [...(errors.get(file) ?? []), `line ${String(line + 1)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`]);
  }
  return errors;
}
