import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Docs, code, tests and benchmarks cite only what is in this repository: a reader of the package or a
// fresh clone has nothing else. What the project learnt elsewhere is written down in docs/.
const root = resolve(import.meta.dirname, '../..');
const TREES = ['src', 'docs', 'test', 'bench'];
const FILES = ['README.md', 'package.json', 'tsup.config.ts', 'vitest.config.ts', 'eslint.config.js', '.size-limit.cjs'];
const TEXT = /\.(?:ts|mts|cts|js|mjs|cjs|json|md|txt|au3|bas|cls|frm|vb|vbs|asp|cs|py|php|java|go|rb|pl|pas|prg|ps1|c|cpp|h|m|swift|tcl|sql|src|pb|srw|xojo_code)$/;

/** Spelled in pieces so that this file does not match itself. */
const OUTSIDE_REFERENCE = new RegExp(
  [
    String.raw`(?<![\w.-])` + 'shared' + '/',
    ['STYLE', 'SEMANTICS', 'DESIGN', 'LANGUAGES'].map((name) => `${name}\\.md`).join('|'),
    'chilkat' + '-oracle',
  ].join('|'),
);

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return walk(path);
    return TEXT.test(name) ? [path] : [];
  });
}

function offences(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (OUTSIDE_REFERENCE.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim().slice(0, 120)}`] : [])),
  );
}

describe('the repository is self-contained', () => {
  const files = [...TREES.flatMap((tree) => walk(join(root, tree))), ...FILES.map((file) => join(root, file)).filter((file) => statSync(file, { throwIfNoEntry: false }) !== undefined)];

  it('scans the whole tree that ships or is tested', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(join(root, 'README.md'));
    expect(files).toContain(join(root, 'docs', 'chilkat-semantics.md'));
  });

  it('recognises each kind of outside reference', () => {
    const shared = ['..', 'shared', 'chilkat', 'SEMANTICS'].join('/') + '.md';
    for (const text of [shared, `see ${'shared'}/seed`, `${'STYLE'}.md`, `${'DESIGN'}.md`, `${'LANGUAGES'}.md`, `the ${'chilkat'}-oracle tool`]) {
      expect(OUTSIDE_REFERENCE.test(text), text).toBe(true);
    }
    for (const text of ['docs/chilkat-semantics.md §5.1', 'test/fixtures/chilkat/golden-cases.json', 'a not-shared/ folder', 'sharedState']) {
      expect(OUTSIDE_REFERENCE.test(text), text).toBe(false);
    }
  });

  it('cites nothing outside the repository', () => {
    expect(offences(files)).toEqual([]);
  });
});
