import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the layering of STYLE.md: one core (path, json, builder, emit) that knows nothing of Chilkat,
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
  builder: ['errors', 'path', 'json', 'emit', 'send'],
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

function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    if (match[2] === undefined && match[3]?.startsWith('.')) found.push(resolve(dirname(file), match[3]));
  }
  for (const match of text.matchAll(/import\('(\.[^']+)'\)/g)) found.push(resolve(dirname(file), match[1] ?? ''));
  return found;
}

const edges = new Map<string, Set<string>>();
for (const file of files(src)) {
  const from = folderOf(file);
  for (const target of runtimeImports(file)) {
    const to = folderOf(target);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)?.add(to);
  }
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
