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
import type { JsonObject } from '../../../src/chilkat.js';
import { payload, rawNumber } from '../../../src/index.js';
import { floatText, fixedText } from '../../../src/port/builtins/index.js';
import { runChilkatStyle } from '../run-chilkat-style.js';
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

/** The bodies a chilkat-style module's main() sends (every construct script sends with PostJson3). */
async function sentBodies(code: string): Promise<string[]> {
  const bodies: string[] = [];
  class Http {
    LastErrorText = '';
    PostJson3(_url: string, _contentType: string, json: JsonObject): Promise<object> {
      bodies.push(json.Emit());
      return Promise.resolve({});
    }
  }
  await runChilkatStyle(code, { Http, floatText, fixedText });
  return bodies;
}

/** The bodies a builder-style module's main() sends, each through send() (here a stand-in that records it). */
async function sentBuilderBodies(code: string): Promise<string[]> {
  const bodies: string[] = [];
  const send = (body: { emit: () => string }): Promise<object> => {
    bodies.push(body.emit());
    return Promise.resolve({ status: 200, data: {} });
  };
  await runChilkatStyle(code, { payload, rawNumber, send, floatText, fixedText });
  return bodies;
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
    // Reported: in both styles, with FILE:LINE and a TODO at the place. Both styles translate the script's
    // statements where they can: then the port reports nothing, leaves no TODO, and its module must send the body.
    const translated = chilkat.messages.length === 0;
    const builderTranslated = builder.messages.length === 0;
    for (const result of [...(translated ? [chilkat] : []), ...(builderTranslated ? [builder] : [])]) expect(result.code).not.toContain('TODO(pathpatch)');
    // (A script with a second request is checked on its first body here; the corpus checks whole exchanges.)
    if (translated) expect((await sentBodies(chilkat.code)).slice(0, 1)).toEqual([entry.body]);
    if (builderTranslated) expect((await sentBuilderBodies(builder.code)).slice(0, 1)).toEqual([entry.body]);
    for (const result of [...(translated ? [] : [chilkat]), ...(builderTranslated ? [] : [builder])]) {
      expect(result.messages.length, result.code).toBeGreaterThan(0);
      for (const message of result.messages) expect(message).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+: `));
      expect(result.code).toContain('TODO(pathpatch)');
    }
    // `port` writes builder style unless told otherwise: --strict fails when that port reports.
    const strict = await cli(['port', file, '--lang', entry.lang, '--strict']);
    expect(strict.code).toBe(builderTranslated ? 0 : 1);
    if (!builderTranslated) expect(strict.stderr).toContain(`${file}:`);
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
