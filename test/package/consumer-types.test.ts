import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A consumer project that type-checks pathpatch's published declarations as strictly as a user can:
// skipLibCheck false, lib es2022 alone (no DOM, no @types/node), strict. Instantiation counts are
// deterministic for one compiler version, so they are asserted; check time is not.
const root = resolve(import.meta.dirname, '../..');
// Inside the repo, so that the extracted package resolves whatever it imports from the repo's node_modules.
const work = join(root, '.tmp', 'package-types');
const project = join(work, 'project');
const tsc5 = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const tsc7 = join(root, 'node_modules', 'typescript7', 'bin', 'tsc');
const IMPORT_BUDGET = 20_000;

const strict = {
  target: 'es2022',
  lib: ['es2022'],
  types: [] as string[],
  module: 'nodenext',
  moduleResolution: 'nodenext',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
};

const sources: Record<string, string> = {
  'empty.ts': 'export {};\n',
  'import.ts': `import { payload } from 'pathpatch';
export const text: string = payload().set('a.b', 1).emit();
`,
  'usage.ts': `import { payload, type Auth0ClientUpdate, type MergePatch, type SendOptions, type SendResult } from 'pathpatch';

export const first: string = payload().update('jwt_configuration.secret_encoded', true).emit();

let b = payload();
for (const key of ['team', 'tier']) b = b.set(['client_metadata', key], 'v');
export const built: Readonly<Record<never, never>> = b.build();

let client = payload<Auth0ClientUpdate>().set('name', 'Acme Dashboard').update('jwt_configuration.alg', 'RS256');
for (const url of ['https://a.example/callback']) client = client.push('callbacks', url);
export const patch: MergePatch<Auth0ClientUpdate> = client.toMergePatch();
export const list: readonly number[] = payload().array('list').push('list', 1).build().list;

// @ts-expect-error -- the schema's enum is still checked
client.update('jwt_configuration.alg', 'RS999');

// Without DOM or Node types, response headers are still read by name.
export function etagOf(result: SendResult): string | null {
  return result.headers.get('etag');
}
export const options: SendOptions = { url: 'https://tenant.example/api/v2/clients/:id', params: { id: 'abc' } };
`,
  'require.cts': `import pathpatch = require('pathpatch');
export const text: string = pathpatch.payload().update('a', 1).emit();
`,
  // With fetch's types in the program (DOM or Node), send() takes their AbortSignal and returns their Headers.
  'fetch-types.ts': `import type { SendOptions, SendResult } from 'pathpatch';
export const options: SendOptions = { url: 'https://tenant.example', signal: AbortSignal.timeout(1000) };
export const headersOf = (result: SendResult): Headers => result.headers;
`,
};

function config(name: string, files: string[], overrides: Record<string, unknown> = {}): string {
  writeFileSync(join(project, name), JSON.stringify({ compilerOptions: { ...strict, ...overrides }, files }, null, 2));
  return name;
}

interface Check {
  errors: string[];
  instantiations: number;
}

function check(compiler: string, tsconfig: string): Check {
  let output: string;
  try {
    output = execFileSync(process.execPath, [compiler, '-p', tsconfig, '--extendedDiagnostics'], { cwd: project, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  return {
    errors: output.split('\n').filter((line) => line.includes('error TS')),
    instantiations: Number(/^Instantiations:\s+(\d+)/m.exec(output)?.[1] ?? Number.NaN),
  };
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(project, 'node_modules', 'pathpatch'), { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as { filename: string }[];
  execFileSync('tar', ['-xzf', join(work, packed[0]?.filename ?? ''), '-C', join(project, 'node_modules', 'pathpatch'), '--strip-components=1']);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'types-consumer', private: true, type: 'module' }));
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(project, file), text);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a skipLibCheck: false consumer with lib es2022 alone', () => {
  it('importing pathpatch type-checks and adds at most 20,000 instantiations (TypeScript 5)', () => {
    const baseline = check(tsc5, config('tsconfig.empty.json', ['empty.ts']));
    const imported = check(tsc5, config('tsconfig.import.json', ['import.ts']));
    expect(baseline.errors).toEqual([]);
    expect(imported.errors).toEqual([]);
    const added = imported.instantiations - baseline.instantiations;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(IMPORT_BUDGET);
  });

  it('the same under TypeScript 7', () => {
    const baseline = check(tsc7, 'tsconfig.empty.json');
    const imported = check(tsc7, 'tsconfig.import.json');
    expect(imported.errors).toEqual([]);
    expect(imported.instantiations - baseline.instantiations).toBeLessThanOrEqual(IMPORT_BUDGET);
  });

  it('typed and untyped use, the loop pattern and update(path, value) type-check, from ESM and CJS', () => {
    expect(check(tsc5, config('tsconfig.usage.json', ['usage.ts', 'require.cts'])).errors).toEqual([]);
    expect(check(tsc7, 'tsconfig.usage.json').errors).toEqual([]);
  });

  it('the declarations need no fetch types, and use the program’s own when it has them (DOM or Node)', () => {
    // Without them, the fetch-typed fixture itself fails: AbortSignal and Headers are not there.
    expect(check(tsc5, config('tsconfig.no-fetch.json', ['fetch-types.ts'])).errors.map((e) => e.replace(/^.*error /, ''))).toEqual([
      "TS2304: Cannot find name 'AbortSignal'.",
      "TS2304: Cannot find name 'Headers'.",
    ]);
    expect(check(tsc5, config('tsconfig.dom.json', ['fetch-types.ts'], { lib: ['es2022', 'dom'] })).errors).toEqual([]);
    expect(check(tsc5, config('tsconfig.node.json', ['fetch-types.ts'], { types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] })).errors).toEqual([]);
  });
});
