import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

// The bin itself, run once as a user's shell would (the TypeScript sources through tsx).
async function bin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli.ts'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Everything else in process, through runCli.
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, color: false, cwd: root });
  return { code, stdout, stderr };
}

describe('pathpatch CLI', () => {
  it('demo writes a legacy AutoIt script, ports it, builds the body Chilkat would, and sends it to the local mock', async () => {
    const { code, stdout, stderr } = await cli('demo');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. A legacy Chilkat script \(AutoIt\), written to .*update-client\.au3: \d+ lines, 55 JsonObject updates, then a PATCH\.\n/);
    expect(stdout).toContain('2. pathpatch port update-client.au3 (language detected: autoit; 0 untranslated calls):');
    expect(stdout).toContain('export function buildPayload()');
    expect(stdout).toContain("token: env('AUTH0_TOKEN')");
    expect(stdout).toMatch(/3\. buildPayload\(\): 55 leaves, \d+ bytes; the same bytes as Chilkat's Emit\(\) for the script: yes\.\n\{/);
    const bodyStart = stdout.indexOf('{', stdout.indexOf('3. buildPayload()'));
    const body = JSON.parse(stdout.slice(bodyStart, stdout.indexOf('\n}\n', bodyStart) + 2)) as Record<string, unknown>;
    expect(Object.keys(body['addons'] as object)).toHaveLength(27);
    expect(body['resource_servers']).toEqual([{ identifier: 'https://api.acme.example', scopes: ['read:reports'] }]);
    expect(stdout).toMatch(/4\. Sent to an in-process mock of Auth0 on http:\/\/127\.0\.0\.1:\d+ .*\nPATCH http:\/\/127\.0\.0\.1:\d+\/api\/v2\/clients\/\w+\n400\n/);
    expect(stdout).toContain('"errorCode": "invalid_body"');
    // The same updates typed as payload<Auth0ClientUpdate>(): the TypeScript compiler refuses the two the schema refuses.
    expect(stdout).toContain('5. The same 55 updates as a typed chain, payload<Auth0ClientUpdate>(), checked by the TypeScript compiler:\n   2 of them do not compile:\n');
    expect(stdout).toContain(`   .set('resource_servers[0].identifier', 'https://api.acme.example')\n     error: Argument of type '"resource_servers[0].identifier"' is not assignable to parameter of type '"✗ unknown path \\"resource_servers[0].identifier\\": the payload has no key \\"resource_servers\\""'.\n`);
    expect(stdout).toContain(".set('resource_servers[0].scopes[0]', 'read:reports')\n     error: ");
    expect(stdout).toContain("   The endpoint's schema refuses the same field: 'Additional properties not allowed: resource_servers'.\n");
    expect(stdout).toMatch(/\nPATCH http:\/\/127\.0\.0\.1:\d+\/api\/v2\/clients\/\w+\n200\n\{\n {2}"client_id"/);
    // The demo's secrets are masked everywhere they are printed: script, module, body, response.
    expect(stdout.match(/"(client_secret|privateKey)"(: |, )"[^"]*"/g)?.every((m) => m.endsWith('"[redacted]"'))).toBe(true);
    expect(stdout).toContain(".set('client_secret', '[redacted]')");
    // The TypeScript compiler runs in the demo (step 5).
  }, 120_000);

  it('shows help and the version', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: pathpatch <command> [options]');
    expect(help.stdout).toContain('demo');
    const demoHelp = await cli('demo', '--help');
    expect(demoHelp.stdout).toContain('Usage: pathpatch demo');
    expect((await cli('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs as a bin: the version and an unknown command through the real process', async () => {
    expect((await bin('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const { code, stderr } = await bin('nope');
    expect(code).toBe(2);
    expect(stderr).toContain('pathpatch: unknown command "nope"');
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { code, stderr } = await cli('nope');
    expect(code).toBe(2);
    expect(stderr).toContain('pathpatch: unknown command "nope"');
  });
});
