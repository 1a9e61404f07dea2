// How the CLI, the porter and pathpatch/chilkat scale on inputs that used to be quadratic (issue 10).
// Each row doubles the input; a linear cost doubles too, so the ratio column should read about 2x.
//   node --import tsx bench/hostile-scaling.ts [case...] [--scale N]
// Cases: port-unterminated, from-json-keys, chilkat-update-string. --scale 0.25 runs quarter sizes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonObject } from '../src/chilkat/json-object.js';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { clockOf } from './clock.js';

const now = clockOf('wall');
const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
const chosen = args.filter((arg, index) => !arg.startsWith('--') && (scaleAt < 0 || index !== scaleAt + 1));
const scratch = mkdtempSync(join(tmpdir(), 'pathpatch-bench-'));
const io: CliIo = { stdout: () => undefined, stderr: () => undefined, env: {}, color: false, cwd: scratch };

interface ScalingCase {
  readonly name: string;
  readonly unit: string;
  readonly sizes: readonly number[];
  readonly run: (size: number) => Promise<void> | void;
}

const cases: readonly ScalingCase[] = [
  {
    name: 'port-unterminated',
    unit: 'KB of script',
    sizes: [50, 100, 200, 400],
    async run(kb) {
      const text = `$oJson = ObjCreate("Chilkat.JsonObject")\n$oJson.UpdateString("a", "${'x'.repeat(kb * 1024)}\n`;
      writeFileSync(join(scratch, 'script.au3'), text);
      await runCli(['port', 'script.au3'], io);
    },
  },
  {
    name: 'from-json-keys',
    unit: 'keys',
    sizes: [12_500, 25_000, 50_000, 100_000],
    async run(keys) {
      const members = Array.from({ length: keys }, (_, index) => `"k${String(index)}":${String(index)}`);
      writeFileSync(join(scratch, 'sample.json'), `{${members.join(',')}}`);
      await runCli(['from-json', 'sample.json'], io);
    },
  },
  {
    name: 'chilkat-update-string',
    unit: 'UpdateString calls',
    sizes: [25_000, 50_000, 100_000, 200_000],
    run(calls) {
      const json = new JsonObject();
      for (let index = 0; index < calls; index += 1) json.UpdateString(`k${String(index)}`, 'v');
    },
  },
];

try {
  for (const item of cases.filter((candidate) => chosen.length === 0 || chosen.includes(candidate.name))) {
    let first: number | undefined;
    let previous: number | undefined;
    for (const raw of item.sizes) {
      const size = Math.max(1, Math.round(raw * scale));
      const start = now();
      await item.run(size);
      const ms = (now() - start) / 1e6;
      first ??= ms;
      const ratio = previous === undefined ? '' : ` (${(ms / previous).toFixed(1)}x the previous row)`;
      console.log(`${item.name.padEnd(22)} ${String(size).padStart(7)} ${item.unit}: ${ms.toFixed(0).padStart(7)} ms${ratio}`);
      previous = ms;
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
