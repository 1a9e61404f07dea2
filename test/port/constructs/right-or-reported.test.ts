// Every construct of hand-written legacy scripts, in every language family, is either ported
// right (the exact body, nothing reported) or reported: FILE:LINE on stderr, TODO(pathpatch) in
// both styles, `port --strict` exits 1 and `run` refuses to send until --force.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { payloadFromIr } from '../../../src/port/build-from-ir.js';
import { executeIr } from '../../../src/port/execute-ir.js';
import { portScript } from '../../../src/port/index.js';
import { CONSTRUCT_CASES, type ConstructCase } from './corpus.js';

const DIR = mkdtempSync(join(tmpdir(), 'pathpatch-constructs-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

async function cli(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, color: false, cwd: DIR });
  return { code, stdout, stderr };
}

/** Whether the builder-style port builds exactly the script's body and reports nothing. */
function portedRight(entry: ConstructCase): boolean {
  const result = portScript(entry.source, { file: entry.file, lang: entry.lang });
  if (result.messages.length > 0 || entry.secondRequest === true) return false;
  return executeIr(result.ir).request?.body === entry.body && payloadFromIr(result.ir).emit() === entry.body;
}

describe('every construct is translated right or reported', () => {
  it('covers every construct in every language family', () => {
    const families = new Set(CONSTRUCT_CASES.map((entry) => entry.family));
    expect([...families].sort()).toEqual(['BASIC-like', 'C-like', 'Pascal', 'scripting', 'xBase']);
    for (const construct of new Set(CONSTRUCT_CASES.map((entry) => entry.construct))) {
      const covered = new Set(CONSTRUCT_CASES.filter((entry) => entry.construct === construct).map((entry) => entry.family));
      expect(covered.size, construct).toBeGreaterThanOrEqual(construct === 'string interpolation' ? 3 : 5);
    }
  });

  it.each(CONSTRUCT_CASES.map((entry) => [entry.file, entry] as const))('%s: port', async (file, entry) => {
    writeFileSync(join(DIR, file), entry.source);
    const builder = portScript(entry.source, { file, lang: entry.lang });
    const chilkat = portScript(entry.source, { file, lang: entry.lang, style: 'chilkat' });
    if (portedRight(entry)) {
      expect(chilkat.messages).toEqual([]);
      return;
    }
    // Reported: with FILE:LINE and a TODO at the place. Chilkat style may translate the statements
    // instead (its body is checked where its module is run, in the corpus test); then it reports nothing and leaves no TODO.
    const reported = chilkat.messages.length > 0 ? [builder, chilkat] : [builder];
    if (chilkat.messages.length === 0) expect(chilkat.code).not.toContain('TODO(pathpatch)');
    for (const result of reported) {
      expect(result.messages.length, result.code).toBeGreaterThan(0);
      for (const message of result.messages) expect(message).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+: `));
      expect(result.code).toContain('TODO(pathpatch)');
    }
    const strict = await cli(['port', file, '--lang', entry.lang, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`${file}:`);
  });

  it.each(CONSTRUCT_CASES.map((entry) => [entry.file, entry] as const))('%s: run', async (file, entry) => {
    writeFileSync(join(DIR, file), entry.source);
    const dryRun = await cli(['run', file, '--lang', entry.lang, '--dry-run', '--json']);
    if (dryRun.code === 0 && dryRun.stderr === '') {
      // Nothing reported: the first request's body must be the script's, exactly.
      const printed = JSON.parse(dryRun.stdout) as { body: unknown } | { body: unknown }[];
      expect(JSON.stringify((Array.isArray(printed) ? printed[0] : printed)?.body)).toBe(entry.body);
      return;
    }
    // Reported: run prints what it has, says why, and sends nothing without --force.
    expect(dryRun.code).toBe(1);
    expect(dryRun.stderr).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+: `));
    const refused = await cli(['run', file, '--lang', entry.lang]);
    expect(refused.code).toBe(1);
    if (refused.stderr.includes('sends no request')) return;
    expect(refused.stderr).toMatch(/not sending: the request above is built past \d+ statements? that could not be translated \(lines? [\d, ]+\), so it may differ from what .+ sends; --force sends it anyway/);
    expect(dryRun.stderr).toContain('--force accepts it');
    expect((await cli(['run', file, '--lang', entry.lang, '--dry-run', '--force'])).code).toBe(0);
  });
});
