import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the arrows of src/port/README.md pointing one way inside src/port:
// reader → statements (AST) → interpreter (execute/) or translator (translate/) → codegen, with
// planning (plan/) under codegen. Only runtime imports count (`import type` is erased).
const port = resolve(import.meta.dirname, '../../src/port');

/** The front end both readers share: tokens, statements, expressions and control structures (with their parts in expression/ and control/). */
const READER_FILES = ['lexer', 'statements', 'expression', 'control', 'loops', 'actions', 'word-shapes', 'read-script', 'detect', 'language-spec'];
/**
 * Every layer's vocabulary: Chilkat's names in every language's spelling (classes, methods, which calls build or
 * send) and the porter's limits on a path (one message wherever a path enters: flat reader, interpreter, translator).
 */
const NAME_FILES = ['chilkat-names', 'limits'];
/** The commands' pipelines: they may import every layer. */
const PIPELINE_FILES = ['index', 'port-script', 'run-script'];
/** The files of ast/ that are the tree itself (its nodes, names, print names, its walk); the rest of ast/ reads a script into it. */
const AST_TREE = ['nodes', 'names', 'print-calls', 'walk-statements', 'index'];

/** The layer a file of src/port belongs to. */
function layerOf(file: string): string {
  const rel = relative(port, file).replace(/\.js$/, '.ts');
  const name = basename(rel, '.ts');
  if (rel.includes('/')) {
    const folder = rel.split('/')[0] ?? '';
    if (folder === 'expression' || folder === 'control') return 'reader';
    return folder === 'ast' && !AST_TREE.includes(name) ? 'ast-reader' : folder;
  }
  if (READER_FILES.includes(name)) return 'reader';
  if (NAME_FILES.includes(name)) return 'names';
  if (PIPELINE_FILES.includes(name)) return 'pipeline';
  return 'engine';
}

/** What each layer may not import at run time. */
const forbidden: Record<string, readonly string[]> = {
  // The tree and its readers know nothing of running, translating, planning or writing code, nor of Chilkat's engine.
  ast: ['ast-reader', 'reader', 'execute', 'translate', 'codegen', 'plan', 'flat', 'engine', 'pipeline'],
  'ast-reader': ['execute', 'translate', 'codegen', 'plan', 'flat', 'engine', 'pipeline'],
  reader: ['execute', 'translate', 'codegen', 'plan', 'pipeline'],
  // The built-in tables are a leaf: every reader, the interpreter and the translator use them.
  builtins: ['ast', 'ast-reader', 'reader', 'execute', 'translate', 'codegen', 'plan', 'flat', 'engine', 'pipeline', 'languages', 'sources'],
  // The interpreter runs the tree it is given: it never reads a script or writes code.
  execute: ['ast-reader', 'reader', 'translate', 'codegen', 'plan', 'flat', 'pipeline'],
  // The translator writes the tree as TypeScript with codegen's text writers (and plans a request's secrets as codegen
  // does); it runs nothing.
  translate: ['ast-reader', 'reader', 'execute', 'flat', 'engine', 'pipeline'],
  // The flat reader records IR; it neither runs the tree nor writes code.
  flat: ['ast-reader', 'execute', 'translate', 'codegen', 'plan', 'pipeline'],
  // Planning is data: it writes no source text.
  plan: ['ast', 'ast-reader', 'reader', 'execute', 'translate', 'codegen', 'flat', 'builtins', 'pipeline'],
  // Codegen writes text from plans and IR: it never reads a script.
  codegen: ['ast', 'ast-reader', 'reader', 'execute', 'translate', 'flat', 'builtins', 'languages', 'pipeline'],
  engine: ['ast', 'ast-reader', 'reader', 'execute', 'translate', 'codegen', 'flat', 'pipeline'],
  names: ['ast', 'ast-reader', 'reader', 'builtins', 'execute', 'translate', 'codegen', 'plan', 'flat', 'engine', 'pipeline', 'languages', 'sources'],
};

/** The only files of codegen/ the translator may use: the text writers. */
const CODEGEN_FOR_TRANSLATE = ['ts-text', 'request-source'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^;]*?from\s+)?'([^']+)'/gms)) {
    if (match[2] !== undefined || match[3] === undefined || !match[3].startsWith('.')) continue;
    found.push(resolve(dirname(file), match[3]));
  }
  return found;
}

const imports = files(port).flatMap((file) =>
  runtimeImports(file)
    .filter((target) => target.startsWith(`${port}/`))
    .map((target) => ({ file: relative(port, file), from: layerOf(file), target: relative(port, target).replace(/\.js$/, '.ts'), to: layerOf(target) })),
);

describe('the porter imports one way', () => {
  it('found the layers it checks', () => {
    const layers = new Set(files(port).map(layerOf));
    for (const layer of Object.keys(forbidden)) expect(layers).toContain(layer);
  });

  it('no layer imports a layer its arrow does not reach', () => {
    const wrong = imports.filter(({ from, to }) => from !== to && (forbidden[from] ?? []).includes(to)).map(({ file, target }) => `${file} -> ${target}`);
    expect(wrong).toEqual([]);
  });

  it('the translator takes from codegen only its text writers', () => {
    const wrong = imports
      .filter(({ from, to, target }) => from === 'translate' && to === 'codegen' && !CODEGEN_FOR_TRANSLATE.includes(basename(target, '.ts')))
      .map(({ file, target }) => `${file} -> ${target}`);
    expect(wrong).toEqual([]);
  });

  it('the checks see a forbidden import (an import of the codegen from plan/ is caught)', () => {
    expect(layerOf(join(port, 'plan/request-plan.ts'))).toBe('plan');
    expect(layerOf(join(port, 'codegen/ts-text.ts'))).toBe('codegen');
    expect(forbidden['plan']).toContain('codegen');
    expect(layerOf(join(port, 'ast/read-program.ts'))).toBe('ast-reader');
    expect(layerOf(join(port, 'ast/nodes.ts'))).toBe('ast');
  });
});
