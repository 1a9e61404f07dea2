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
  it('demo prints the 55-update Auth0 payload with the secret masked', async () => {
    const { code, stdout, stderr } = await cli('demo');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [head, ...body] = stdout.split('\n');
    expect(head).toMatch(/^Auth0 "Update a client" body: 55 leaves, \d+ bytes compact$/);
    const printed = JSON.parse(body.join('\n')) as Record<string, unknown>;
    expect(printed['client_secret']).toBe('[redacted]');
    expect(Object.keys(printed['addons'] as object)).toHaveLength(27);
    expect(printed['resource_servers']).toEqual([{ identifier: 'https://api.acme.example', scopes: ['read:reports'] }]);
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
