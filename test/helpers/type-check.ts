// Runs the project's TypeScript 5 on one tsconfig in a child process and returns what it printed
// (empty when the program type-checks), for tests that check generated or extracted code.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const tsc = join(resolve(import.meta.dirname, '../..'), 'node_modules/typescript/bin/tsc');

export function typeCheckProject(tsconfig: string): string {
  try {
    execFileSync(process.execPath, [tsc, '-p', tsconfig], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
}
