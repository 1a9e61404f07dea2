// The corpus's ported modules: every script ported in both styles, written as ESM files whose package
// imports point at this checkout (chilkat style gets corpus-http's redirected Http), and type-checked
// under the repository's strict tsconfig in one program.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { portScript } from '../../src/port/index.js';
import { typeErrorsOf } from '../helpers/type-check.js';
import { CORPUS_DIR, type CorpusEntry } from './corpus-files.js';

const ROOT = resolve(import.meta.dirname, '../..');

export type Style = 'builder' | 'chilkat';

/** One ported module on disk. */
export interface PortedModule {
  readonly file: string;
  readonly code: string;
  /** What `port` reported (`FILE:LINE: message`). */
  readonly messages: readonly string[];
  /** Errors under the strict tsconfig (empty when it type-checks). */
  readonly typeErrors: readonly string[];
}

/** Points a module's package imports at this checkout's sources. */
function localise(code: string): string {
  const http = join(ROOT, 'test/port/corpus-http.js');
  return code
    .replaceAll("from 'pathpatch/chilkat/http'", `from '${http}'`)
    .replaceAll("from 'pathpatch/chilkat'", `from '${http}'`)
    .replaceAll("from 'pathpatch/port'", `from '${join(ROOT, 'src/port.js')}'`)
    .replaceAll("from 'pathpatch'", `from '${join(ROOT, 'src/index.js')}'`);
}

/**
 * Ports every script in both styles into `dir` (which must hold `{"type":"module"}` as package.json)
 * and type-checks all the modules together.
 *
 * @returns The modules, keyed `NAME STYLE`.
 */
export function portCorpus(entries: readonly CorpusEntry[], dir: string): Map<string, PortedModule> {
  const written = entries.flatMap((entry) =>
    (['builder', 'chilkat'] as const).map((style) => {
      const result = portScript(readFileSync(join(CORPUS_DIR, entry.script), 'utf8'), { file: entry.script, lang: entry.language, style });
      const code = localise(result.code);
      const file = join(dir, `m${entry.name.replace(/\W/g, '_')}_${style}.ts`);
      writeFileSync(file, code);
      return { key: `${entry.name} ${style}`, file, code, messages: result.messages };
    }),
  );
  const errors = typeErrorsOf(written.map(({ file }) => file));
  return new Map(written.map(({ key, file, code, messages }) => [key, { file, code, messages, typeErrors: errors.get(file) ?? [] }]));
}

/** The environment variables a ported module's header says main() reads. */
export function environmentNames(code: string): string[] {
  const names = /main\(\) reads these environment variables: ([^.]+)\./.exec(code)?.[1];
  return names === undefined ? [] : names.split(',').map((name) => name.trim());
}
