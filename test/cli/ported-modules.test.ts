import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { payloadFromIr } from '../../src/port/build-from-ir.js';
import { executeIr } from '../../src/port/execute-ir.js';
import { readScript } from '../../src/port/read-script.js';

// For every language's fixture, `pathpatch run --dry-run --json` shows the body that the Chilkat layer emits
// for the same calls, and the ported builder chain builds. (Compiling and running the ported modules is test/port/compile.test.ts.)
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/port');
const files = readdirSync(fixtures).sort();

describe('run --dry-run --json, per language', () => {
  it('covers every language fixture', () => {
    expect(files.length).toBeGreaterThanOrEqual(34);
  });

  it.each(files)('%s', async (file) => {
    const ir = readScript(readFileSync(join(fixtures, file), 'utf8'), { file });
    const execution = executeIr(ir);
    const request = execution.request;
    expect(request?.body).toBeTypeOf('string');
    let stdout = '';
    const io = { stdout: (text: string) => (stdout += text), stderr: () => undefined, env: {}, color: false, cwd: root };
    // Every fixture holds one call that is not ported: without --force the exit code says the body may differ.
    expect(execution.untranslated.length).toBeGreaterThan(0);
    expect(await runCli(['run', join(fixtures, file), '--dry-run', '--json'], io)).toBe(1);
    stdout = '';
    const code = await runCli(['run', join(fixtures, file), '--dry-run', '--json', '--force'], io);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { method: string; url: string; body: unknown };
    expect(printed.method).toBe(request?.method);
    expect(printed.url).toBe(request?.url);
    expect(printed.body).toEqual(JSON.parse(request?.body ?? 'null'));
    // ...which is also what the ported builder chain builds.
    expect(printed.body).toEqual(payloadFromIr(ir).build());
  });
});
