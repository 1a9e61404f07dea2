// npm run bench:types — the type-check cost of typed chains: pathpatch's typed
// paths against the same chain typed with type-fest's Paths/Get, by tsc --extendedDiagnostics.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chainSource, githubChainSource, type Typing } from './chains.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Check time is the least of several runs: on a shared machine, interference only ever adds time.
const repeats = Number(process.env['BENCH_TYPES_REPEATS'] ?? 5);
const compilers: Record<string, string> = { 'TS 5': join(root, 'node_modules/typescript/bin/tsc') };
if (process.argv.includes('--ts7')) compilers['TS 7'] = join(root, 'node_modules/typescript7/bin/tsc');

interface Measure {
  instantiations: number;
  types: number;
  checkSeconds: number;
  memoryMB: number;
  errors: string[];
}

const work = mkdtempSync(join(tmpdir(), 'pathpatch-bench-types-'));
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');

// The fixtures import declarations (.d.ts, not checked under skipLibCheck), so that what is measured
// is the chain, not the checking of pathpatch's own sources.
const declarations = join(work, 'declarations');
writeFileSync(
  join(work, 'tsconfig.declarations.json'),
  JSON.stringify({
    extends: join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: declarations, rootDir: root },
    include: [],
    files: [join(root, 'src/types/index.ts'), join(root, 'src/openapi/index.ts'), join(root, 'bench/types/legacy-body.ts'), join(root, 'src/schemas/legacy-client-body.ts')],
  }),
);
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.declarations.json')], { stdio: 'inherit' });

type Fixture = Typing | 'github';

function prepare(fixture: Fixture, calls: number): string {
  const dir = join(work, `${fixture}-${calls}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'chain.ts'), fixture === 'github' ? githubChainSource(calls, declarations) : chainSource(fixture, calls, declarations));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions: { noEmit: true, noUnusedLocals: false, types: [] }, include: [], files: ['chain.ts'] }),
  );
  return dir;
}

function runOnce(compiler: string, dir: string): Measure {
  let output: string;
  try {
    output = execFileSync(process.execPath, [compiler, '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  const number = (label: string): number => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output)?.[1] ?? Number.NaN);
  return {
    instantiations: number('Instantiations'),
    types: number('Types'),
    checkSeconds: number('Check time'),
    memoryMB: number('Memory used') / 1024,
    errors: output.split('\n').filter((line) => line.includes('error TS')),
  };
}

// Configurations run interleaved, each `repeats` times; the least check time of each is kept.
function measureAll(compiler: string, configs: readonly (readonly [Fixture, number])[]): Measure[] {
  const dirs = configs.map(([typing, calls]) => prepare(typing, calls));
  const best: (Measure | undefined)[] = configs.map(() => undefined);
  for (let i = 0; i < repeats; i++) {
    dirs.forEach((dir, k) => {
      const m = runOnce(compiler, dir);
      const current = best[k];
      if (current === undefined || m.checkSeconds < current.checkSeconds) best[k] = m;
    });
  }
  return best as Measure[];
}

const rows: string[] = [];
const githubRows: string[] = [];
const failures: string[] = [];
const configs = [['pathpatch', 0], ['pathpatch', 55], ['type-fest', 55], ['pathpatch', 550], ['type-fest', 550], ['github', 0], ['github', 55]] as const;
for (const [name, compiler] of Object.entries(compilers)) {
  const [base, ours55, fest55, ours550, fest550, githubBase, github55] = measureAll(compiler, configs) as [Measure, Measure, Measure, Measure, Measure, Measure, Measure];
  if (github55.errors.length > 0) failures.push(`${name} GitHub 55: ${github55.errors.slice(0, 3).join(' | ')}`);
  githubRows.push(
    `| ${name} | 55 + client.patch | ${(github55.instantiations - githubBase.instantiations).toLocaleString('en-US')} | ` +
      `${Math.max(github55.checkSeconds - githubBase.checkSeconds, 0).toFixed(2)} s | ${(github55.memoryMB - githubBase.memoryMB).toFixed(0)} MB | ` +
      `${githubBase.checkSeconds.toFixed(2)} s, ${githubBase.memoryMB.toFixed(0)} MB | ${github55.errors.some((e) => e.includes('TS2589')) ? 'yes' : 'no'} |`,
  );
  for (const [calls, ours, fest] of [[55, ours55, fest55], [550, ours550, fest550]] as const) {
    for (const [label, m] of [['pathpatch', ours], ['type-fest Paths/Get', fest]] as const) {
      if (m.errors.length > 0) failures.push(`${name} ${label} ${calls}: ${m.errors.slice(0, 3).join(' | ')}`);
    }
    const net = (m: Measure) => ({
      inst: m.instantiations - base.instantiations,
      check: Math.max(m.checkSeconds - base.checkSeconds, 0),
      mem: m.memoryMB - base.memoryMB,
    });
    const o = net(ours);
    const f = net(fest);
    const ratio = (a: number, b: number) => (b > 0 ? `${((a / b) * 100).toFixed(0)}%` : 'n/a');
    rows.push(
      `| ${name} | ${calls} | ${o.inst.toLocaleString('en-US')} | ${f.inst.toLocaleString('en-US')} | ${ratio(o.inst, f.inst)} | ` +
        `${o.check.toFixed(2)} s | ${f.check.toFixed(2)} s | ${ratio(o.check, f.check)} | ${o.mem.toFixed(0)} MB | ${f.mem.toFixed(0)} MB | ` +
        `${ours.errors.some((e) => e.includes('TS2589')) || fest.errors.some((e) => e.includes('TS2589')) ? 'yes' : 'no'} |`,
    );
  }
  rows.push(
    `| ${name} | 0 (baseline) | ${base.instantiations.toLocaleString('en-US')} total | | | ${base.checkSeconds.toFixed(2)} s | | | ${base.memoryMB.toFixed(0)} MB | | |`,
  );
}

console.log(`Type-check cost of a typed chain on the Auth0 client-update body (check time: best of ${repeats} interleaved runs; baseline subtracted)\n`);
console.log('| compiler | calls | pathpatch instantiations | type-fest instantiations | ratio | pathpatch check | type-fest check | ratio | pathpatch memory | type-fest memory | TS2589 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
console.log("\nType-check cost of a typed chain on GitHub's repository update body and a typed client.patch call (@octokit/openapi-types; the bare import of GitHub's types subtracted)\n");
console.log('| compiler | calls | instantiations | check | memory | bare import (check, memory) | TS2589 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of githubRows) console.log(row);
rmSync(work, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`\nType errors in the fixtures:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
