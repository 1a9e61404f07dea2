// `run --dry-run` fills the URL's placeholders from the environment to show the request; a value whose
// name looks secret ({{webhook_secret}}, :api_key) is shown as send() shows it, [redacted], and never
// printed, in the text form and in --json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const DIR = mkdtempSync(join(tmpdir(), 'pathpatch-dry-run-secrets-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const ENV = { AUTH0_DOMAIN: 'tenant.example', WEBHOOK_SECRET: 'whsec-SECRET-1', API_KEY: 'ak', ID: 'abc' };

async function dryRun(...extra: string[]): Promise<{ code: number; stdout: string }> {
  writeFileSync(
    join(DIR, 'hook.vbs'),
    [
      'Set http = CreateObject("Chilkat.Http")',
      'Set json = CreateObject("Chilkat.JsonObject")',
      'json.UpdateString "name", "ann"',
      'Set r = http.PTextSb("PATCH", "https://{{auth0_domain}}/hooks/{{webhook_secret}}/keys/:api_key/clients/:id", json, "utf-8", "application/json", False, False)',
    ].join('\n'),
  );
  let stdout = '';
  const code = await runCli(['run', 'hook.vbs', '--dry-run', ...extra], { stdout: (text) => (stdout += text), stderr: () => undefined, env: ENV, color: false, cwd: DIR });
  return { code, stdout };
}

describe('pathpatch run --dry-run', () => {
  it('shows secret-named URL placeholders as [redacted] and the others filled', async () => {
    const text = await dryRun();
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('PATCH https://tenant.example/hooks/[redacted]/keys/[redacted]/clients/abc');
    const json = await dryRun('--json');
    expect((JSON.parse(json.stdout) as { url: string }).url).toBe('https://tenant.example/hooks/[redacted]/keys/[redacted]/clients/abc');
    expect(`${text.stdout}${json.stdout}`).not.toContain('whsec-SECRET-1');
  });
});
