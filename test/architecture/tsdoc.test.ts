import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// docs/contributing.md: TSDoc on every export, with an @example. Checked on what each entry point really exports.
const root = resolve(import.meta.dirname, '../..');
const entryFiles = ['src/index.ts', 'src/chilkat.ts', 'src/chilkat-http.ts', 'src/testing.ts', 'src/port.ts'].map((f) => resolve(root, f)).filter((f) => existsSync(f));

const program = ts.createProgram(entryFiles, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
const checker = program.getTypeChecker();

function exportsOf(file: string): { name: string; summary: string; example: boolean }[] {
  const source = program.getSourceFile(file);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [];
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    return { name: exported.name, summary, example: tags.some((tag) => tag.name === 'example') };
  });
}

describe('TSDoc on every export', () => {
  for (const file of entryFiles) {
    it(`${file.slice(root.length + 1)}: every export has a summary and an @example`, () => {
      const list = exportsOf(file);
      expect(list.length).toBeGreaterThan(0);
      expect(list.filter((e) => e.summary === '' || !e.example).map((e) => e.name)).toEqual([]);
    });
  }
});
