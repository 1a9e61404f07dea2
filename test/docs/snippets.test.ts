import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCheckProject } from '../helpers/type-check.js';

// Code blocks in README.md and docs/ are extracted, type-checked and, where they show results with
// `//=>`, run with those results asserted, so the docs cannot rot.
const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp', 'doc-snippets');
const entries: Record<string, string> = {
  pathpatch: 'src/index.ts',
  'pathpatch/chilkat': 'src/chilkat.ts',
  'pathpatch/chilkat/http': 'src/chilkat-http.ts',
  'pathpatch/testing': 'src/testing.ts',
  'pathpatch/port': 'src/port.ts',
  'pathpatch/immer': 'src/immer.ts',
};

interface Snippet {
  readonly source: string;
  readonly line: number;
  readonly file: string;
  readonly runs: boolean;
}

function extract(): Snippet[] {
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const snippets: Snippet[] = [];
  for (const doc of docs) {
    const lines = readFileSync(join(root, doc), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(ts|typescript)\s*$/.test(lines[i] ?? '')) continue;
      const start = i + 1;
      const body: string[] = [];
      for (i = start; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) body.push(lines[i] ?? '');
      const source = transform(body, join(out, 'x.ts'));
      const name = `${doc.replace(/[/.]/g, '_')}_${start + 1}.ts`;
      snippets.push({ source, line: start + 1, file: join(out, name), runs: body.some((l) => l.includes('//=>')) });
    }
  }
  return snippets.map((s) => ({ ...s, source: `// from line ${s.line}\n${s.source}` }));
}

function transform(body: string[], file: string): string {
  const lines: string[] = ["import { expect as __expect } from 'vitest';"];
  for (const raw of body) {
    let line = raw.replace(/from '(pathpatch(?:\/[\w/]+)?)'/, (match, name: string) => {
      const target = entries[name];
      return target === undefined ? match : `from '${relative(resolve(file, '..'), join(root, target)).replace(/\.ts$/, '.js')}'`;
    });
    const inline = /^(\s*)(.+?);\s*\/\/=>\s*(.+)$/.exec(line);
    if (inline !== null) line = `${inline[1]}__expect(${inline[2]}).toEqual(${inline[3]});`;
    const next = /^(\s*)\/\/=>\s*(.+)$/.exec(line);
    if (next !== null) {
      const previous = lines.pop() ?? '';
      const statement = /^(\s*)(.+?);\s*$/.exec(previous);
      if (statement === null) throw new Error(`a //=> line must follow a one-line statement: ${previous}`);
      line = `${statement[1]}__expect(${statement[2]}).toEqual(${next[2]});`;
    }
    lines.push(line);
  }
  return `${lines.join('\n')}\nexport {};\n`;
}

const snippets = extract();

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const snippet of snippets) writeFileSync(snippet.file, snippet.source);
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'], compilerOptions: { noUnusedLocals: false } }));
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('documentation code blocks', () => {
  it('found blocks to check', () => {
    expect(snippets.length).toBeGreaterThan(10);
  });

  it('type-check', () => {
    expect(typeCheckProject(join(out, 'tsconfig.json'))).toBe('');
    // One tsc run over every snippet, GitHub's OpenAPI types (5 MB of declarations) included.
  }, 180_000);

  it.each(snippets.filter((s) => s.runs).map((s) => [relative(root, s.file), s] as const))('%s runs and shows true results', async (_name, snippet) => {
    await import(pathToFileURL(snippet.file).href);
  });
});
