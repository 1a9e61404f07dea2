import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

// The CLI is tested by running it: the TypeScript sources through tsx, as a user's shell would run the bin.
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli.ts'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('pathpatch CLI', () => {
  it('demo builds the 55-update legacy body, and sends it and a fixed branch to the local mock', async () => {
    const { code, stdout, stderr } = await cli('demo');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The legacy body: 55 leaves from 55 updates, \d+ bytes compact \(secrets masked here\):\n\{/);
    const legacy = JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.indexOf('\n}\n') + 2)) as Record<string, unknown>;
    expect(legacy['client_secret']).toBe('[redacted]');
    expect(Object.keys(legacy['addons'] as object)).toHaveLength(27);
    expect(legacy['resource_servers']).toEqual([{ identifier: 'https://api.acme.example', scopes: ['read:reports'] }]);
    expect(stdout).toMatch(/Mock Auth0 endpoint on http:\/\/127\.0\.0\.1:\d+ /);
    expect(stdout).toMatch(/1\. The legacy body as it was:\nPATCH http:\/\/127\.0\.0\.1:\d+\/api\/v2\/clients\/\w+\n400\n/);
    expect(stdout).toContain('"errorCode": "invalid_body"');
    expect(stdout).toMatch(/\nPATCH http:\/\/127\.0\.0\.1:\d+\/api\/v2\/clients\/\w+\n200\n\{\n {2}"client_id"/);
    // Secrets are masked everywhere they are printed.
    expect(stdout.match(/"(client_secret|privateKey)": "[^"]*"/g)?.every((m) => m.endsWith('"[redacted]"'))).toBe(true);
  });

  it('shows help and the version', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: pathpatch <command> [options]');
    expect(help.stdout).toContain('demo');
    const demoHelp = await cli('demo', '--help');
    expect(demoHelp.stdout).toContain('Usage: pathpatch demo');
    expect((await cli('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { code, stderr } = await cli('nope');
    expect(code).toBe(2);
    expect(stderr).toContain('pathpatch: unknown command "nope"');
  });
});
