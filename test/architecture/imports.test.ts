import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the layering of docs/contributing.md: one core (path, json, builder, emit) that knows nothing of Chilkat,
// HTTP or the CLI; façades and tools on top; errors/ a leaf. Only runtime imports count (`import type`
// is erased and may point anywhere).
const src = resolve(import.meta.dirname, '../../src');

const allowed: Record<string, readonly string[]> = {
  errors: [],
  path: ['errors'],
  json: ['errors', 'path'],
  emit: ['json'],
  types: [],
  send: ['errors'],
  builder: ['errors', 'path', 'json', 'emit'],
  'standard-schema': ['errors', 'path', 'builder', 'send'],
  openapi: ['errors', 'builder', 'send', 'standard-schema'],
  demo: ['builder', 'send', 'testing'],
  testing: ['errors', 'send'],
  chilkat: ['errors', 'json', 'emit', 'builder', 'send', 'path'],
  port: ['errors', 'path', 'json', 'emit', 'builder', 'chilkat', 'send', 'types'],
  cli: ['errors', 'path', 'json', 'emit', 'builder', 'chilkat', 'send', 'port', 'demo', 'testing', 'types'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function folderOf(file: string): string {
  const rel = relative(src, file).replace(/\.js$/, '.ts');
  return rel.includes('/') ? (rel.split('/')[0] ?? '') : `entry:${rel}`;
}

// The only lazy edges allowed: a folder may reach these through import() alone (a chunk loaded on first use).
const lazyAllowed: Record<string, readonly string[]> = {
  builder: ['send'],
};

// The core: no runtime dependency (no bare package import), so `import { payload }` carries none.
const core = ['errors', 'path', 'json', 'builder', 'emit'];

interface Imports {
  /** Static runtime imports of relative files. */
  readonly files: string[];
  /** import('...') of relative files. */
  readonly lazy: string[];
  /** Static runtime imports of packages (bare specifiers, node: builtins included). */
  readonly packages: string[];
}

function runtimeImports(file: string): Imports {
  const text = readFileSync(file, 'utf8');
  const found: Imports = { files: [], lazy: [], packages: [] };
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^;]*?from\s+)?'([^']+)'/gms)) {
    if (match[2] !== undefined || match[3] === undefined) continue;
    if (match[3].startsWith('.')) found.files.push(resolve(dirname(file), match[3]));
    else found.packages.push(match[3]);
  }
  for (const match of text.matchAll(/import\('([^']+)'\)/g)) {
    const target = match[1] ?? '';
    if (target.startsWith('.')) found.lazy.push(resolve(dirname(file), target));
    else found.packages.push(target);
  }
  return found;
}

const edges = new Map<string, Set<string>>();
const lazyEdges = new Map<string, Set<string>>();
const packagesOf = new Map<string, Set<string>>();
const add = (map: Map<string, Set<string>>, from: string, to: string): void => {
  if (!map.has(from)) map.set(from, new Set());
  map.get(from)?.add(to);
};
for (const file of files(src)) {
  const from = folderOf(file);
  const imports = runtimeImports(file);
  for (const target of imports.files) {
    const to = folderOf(target);
    if (to !== from) add(edges, from, to);
  }
  for (const target of imports.lazy) {
    const to = folderOf(target);
    if (to !== from) add(lazyEdges, from, to);
  }
  for (const name of imports.packages) add(packagesOf, from, name);
}

describe('import layering', () => {
  it('every folder imports only the folders it may', () => {
    const wrong: string[] = [];
    for (const [from, targets] of edges) {
      if (from.startsWith('entry:')) continue;
      for (const to of targets) {
        if (!(allowed[from] ?? []).includes(to)) wrong.push(`${from} -> ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the builder reaches send() only through a lazy import(), and no folder imports lazily what it may not', () => {
    expect(edges.get('builder')?.has('send')).toBe(false);
    expect(lazyEdges.get('builder')?.has('send')).toBe(true);
    const wrong: string[] = [];
    for (const [from, targets] of lazyEdges) {
      for (const to of targets) {
        if (!(lazyAllowed[from] ?? []).includes(to) && !(allowed[from] ?? []).includes(to)) wrong.push(`${from} -> ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the core (errors, path, json, builder, emit) imports no package at run time', () => {
    expect(core.flatMap((folder) => [...(packagesOf.get(folder) ?? [])].map((name) => `${folder} -> ${name}`))).toEqual([]);
  });

  it('immer enters only through the pathpatch/immer entry', () => {
    const importers = [...packagesOf].filter(([, names]) => names.has('immer')).map(([from]) => from);
    expect(importers).toEqual(['entry:immer.ts']);
  });

  it('nothing imports the CLI but the bin', () => {
    const importers = [...edges].filter(([from, targets]) => targets.has('cli') && from !== 'entry:cli.ts').map(([from]) => from);
    expect(importers).toEqual([]);
  });

  it('folders do not import each other in a cycle', () => {
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]): void => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('the main entry does not load Chilkat, the CLI or the port front-ends', () => {
    expect([...(edges.get('entry:index.ts') ?? [])].filter((t) => ['chilkat', 'cli', 'port'].includes(t))).toEqual([]);
  });
});
