import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { executeIr } from '../../src/port/execute-ir.js';
import { portScript } from '../../src/port/port-script.js';

// For every language's fixture: port it, compile the module under the project's strict tsconfig, run its
// buildPayload(), and compare the text with what the Chilkat layer emits for the same calls.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/port');
const out = join(root, '.tmp', 'ported-modules');
const files = readdirSync(fixtures).sort();

const ported = files.map((file) => {
  const result = portScript(readFileSync(join(fixtures, file), 'utf8'), { file });
  const id = file.replace(/\W/g, '_');
  const chilkatStyle = portScript(readFileSync(join(fixtures, file), 'utf8'), { file, style: 'chilkat' });
  return { file, id, result, chilkatStyle, chilkat: executeIr(result.ir).request?.body ?? [...executeIr(result.ir).bodies.values()][0] };
});

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const local = (code: string): string => code.replace(/from 'pathpatch'/g, "from '../../src/index.js'").replace(/from 'pathpatch\/chilkat'/g, "from '../../src/chilkat.js'");
  for (const { id, result, chilkatStyle } of ported) {
    writeFileSync(join(out, `${id}.ts`), local(result.code));
    writeFileSync(join(out, `${id}_chilkat_style.ts`), local(chilkatStyle.code));
  }
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'] }));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('ported modules', () => {
  it('cover every language fixture', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it('compile under the strict tsconfig with no errors, in both styles', () => {
    let errors = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(out, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      errors = String((error as { stdout?: string }).stdout);
    }
    expect(errors).toBe('');
  });

  it.each(ported.map((p) => [p.file, p] as const))('%s: buildPayload() emits what the Chilkat layer emits', async (_file, { id, chilkat }) => {
    const module = (await import(pathToFileURL(join(out, `${id}.ts`)).href)) as { buildPayload: () => { emit(): string } };
    expect(chilkat).toBeTypeOf('string');
    expect(module.buildPayload().emit()).toBe(chilkat);
  });

  it.each(ported.filter((p) => executeIr(p.result.ir).request !== undefined).map((p) => [p.file, p] as const))(
    '%s: run --dry-run --json shows the same body',
    async (file, { chilkat }) => {
      let stdout = '';
      const code = await runCli(['run', join(fixtures, file), '--dry-run', '--json'], {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        env: {},
        color: false,
        cwd: root,
      });
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { body: unknown }).body).toEqual(JSON.parse(chilkat ?? 'null'));
    },
  );
});
