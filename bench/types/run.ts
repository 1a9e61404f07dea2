// npm run bench:types — the type-check cost of typed chains: pathpatch's typed
// paths against the same chain typed with type-fest's Paths/Get, by tsc --extendedDiagnostics.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chainSource, type Typing } from './chains.js';

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

function measure(compiler: string, typing: Typing, calls: number): Measure {
  const dir = join(work, `${typing}-${calls}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'chain.ts'), chainSource(typing, calls, root));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions: { noEmit: true, noUnusedLocals: false }, include: [], files: ['chain.ts'] }),
  );
  const runs: Measure[] = [];
  for (let i = 0; i < repeats; i++) {
    let output: string;
    try {
      output = execFileSync(process.execPath, [compiler, '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const number = (label: string): number => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output)?.[1] ?? Number.NaN);
    runs.push({
      instantiations: number('Instantiations'),
      types: number('Types'),
      checkSeconds: number('Check time'),
      memoryMB: number('Memory used') / 1024,
      errors: output.split('\n').filter((line) => line.includes('error TS')),
    });
  }
  runs.sort((a, b) => a.checkSeconds - b.checkSeconds);
  return runs[0] as Measure;
}

const rows: string[] = [];
const failures: string[] = [];
for (const [name, compiler] of Object.entries(compilers)) {
  const base = measure(compiler, 'pathpatch', 0);
  for (const calls of [55, 550]) {
    const ours = measure(compiler, 'pathpatch', calls);
    const fest = measure(compiler, 'type-fest', calls);
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

console.log(`Type-check cost of a typed chain on the Auth0 client-update body (check time: best of ${repeats} runs; baseline subtracted)\n`);
console.log('| compiler | calls | pathpatch instantiations | type-fest instantiations | ratio | pathpatch check | type-fest check | ratio | pathpatch memory | type-fest memory | TS2589 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
rmSync(work, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`\nType errors in the fixtures:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
