import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'pathpatch-cli-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// In process: the command line as the bin runs it, without a process per case.
async function cli(args: string[], input?: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    color: false,
    cwd: root,
    stdin: () => Promise.resolve(input ?? ''),
  });
  return { code, stdout, stderr };
}

describe('pathpatch port', () => {
  it('ports a script to a builder module and reports what it could not translate', async () => {
    const { code, stdout, stderr } = await cli(['port', 'test/fixtures/port/autoit.au3']);
    expect(code).toBe(0);
    expect(stdout).toContain("import { payload, rawNumber, send } from 'pathpatch';");
    expect(stdout).toContain('export function buildPayload()');
    expect(stdout).toContain('export async function main(): Promise<void>');
    expect(stdout).toContain("token: env('API_TOKEN')");
    expect(stdout).not.toContain('{{api_token}}"');
    expect(stderr).toBe('test/fixtures/port/autoit.au3:22: JsonObject.UpdateBd is not ported\n');
  });

  it('--strict exits 1 when something was not translated, --out writes a file', async () => {
    const out = join(scratch, 'ported.ts');
    const { code, stdout } = await cli(['port', 'test/fixtures/port/autoit.au3', '--strict', '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('// TODO(pathpatch): JsonObject.UpdateBd is not ported');
  });

  it('--style chilkat writes the script against pathpatch/chilkat', async () => {
    const { code, stdout } = await cli(['port', 'test/fixtures/port/vb6.bas', '--style', 'chilkat']);
    expect(code).toBe(0);
    expect(stdout).toContain("from 'pathpatch/chilkat'");
  });

  it('names a missing file and an unknown language, listing the known ones', async () => {
    const missing = await cli(['port', 'nope.au3']);
    expect(missing).toMatchObject({ code: 2, stderr: 'no such file: nope.au3\n' });
    const unknown = await cli(['port', 'test/fixtures/port/autoit.au3', '--lang', 'cobol']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/cobol.*known languages: autoit, csharp, /s);
    const bad = await cli(['port', 'test/fixtures/port/autoit.au3', '--style', 'fancy']);
    expect(bad).toMatchObject({ code: 2, stderr: 'pathpatch port: --style must be builder or chilkat, found "fancy"\n' });
    const option = await cli(['port', '--nope']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("pathpatch port: Unknown option '--nope'");
  });
});

describe('pathpatch run', () => {
  it('--dry-run --json prints the request with secrets redacted and the Chilkat body; exit 1 says it is built past an untranslated statement', async () => {
    const { code, stdout, stderr } = await cli(['run', 'test/fixtures/port/autoit.au3', '--dry-run', '--json'], undefined, { HOST: 'api.example', API_TOKEN: 'tok-SECRET-123' });
    expect(code).toBe(1);
    expect(stderr).toBe(
      [
        'test/fixtures/port/autoit.au3:22: JsonObject.UpdateBd is not ported',
        'pathpatch run: the request above is built past 1 statement that could not be translated (line 22), so it may differ from what test/fixtures/port/autoit.au3 sends; --force accepts it',
        '',
      ].join('\n'),
    );
    expect((await cli(['run', 'test/fixtures/port/autoit.au3', '--dry-run', '--json', '--force'])).code).toBe(0);
    const request = JSON.parse(stdout) as { method: string; url: string; headers: Record<string, string>; body: Record<string, unknown> };
    expect(request.method).toBe('PATCH');
    expect(request.url).toBe('https://api.example/v1/items/:id');
    expect(request.headers).toEqual({ Authorization: 'Bearer [redacted]', 'X-Trace': 'abc', 'Content-Type': 'application/json' });
    expect(request.body).toMatchObject({ tags: ['first'], items: [{ n: 0 }, { n: 1 }], note: 'line one joined' });
    expect(stdout).not.toContain('SECRET');
  });

  it('--dry-run prints the request line, headers and exact body bytes', async () => {
    const { stdout } = await cli(['run', 'test/fixtures/port/autoit.au3', '--dry-run']);
    expect(stdout.split('\n').slice(0, 3)).toEqual(['PATCH https://{{host}}/v1/items/:id', 'Authorization: Bearer [redacted]', 'X-Trace: abc']);
    expect(stdout).toContain('"price":1.50');
  });

  it('--dry-run masks a bare Authorization credential, URL credentials and secret query values', async () => {
    const script = join(scratch, 'secrets.py');
    writeFileSync(
      script,
      [
        'import chilkat2',
        'http = chilkat2.Http()',
        'http.SetRequestHeader("Authorization", "sk_live_SUPERSECRET")',
        'json = chilkat2.JsonObject()',
        'json.UpdateString("a", "1")',
        'sb = chilkat2.StringBuilder()',
        'json.EmitSb(sb)',
        'resp = http.PTextSb("PATCH", "https://admin:pa55w0rd@api.example.com/v1/items?api_key=KEY123&page=2", sb, "utf-8", "application/json", False, False)',
      ].join('\n'),
    );
    const { code, stdout } = await cli(['run', script, '--dry-run', '--json']);
    expect(code).toBe(0);
    const request = JSON.parse(stdout) as { url: string; headers: Record<string, string> };
    expect(request.url).toBe('https://api.example.com/v1/items?api_key=[redacted]&page=2');
    expect(request.headers['Authorization']).toBe('[redacted]');
    for (const secret of ['SUPERSECRET', 'pa55w0rd', 'KEY123']) expect(stdout).not.toContain(secret);
  });

  it('--json needs --dry-run', async () => {
    expect(await cli(['run', 'test/fixtures/port/autoit.au3', '--json'])).toMatchObject({ code: 2, stderr: 'pathpatch run: --json goes with --dry-run\n' });
  });
});

describe('pathpatch from-json, from-postman, from-curl', () => {
  it('from-json writes a typed builder with exact number text', async () => {
    const { code, stdout, stderr } = await cli(['from-json', 'test/fixtures/cli/widget.json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain("    .set('price', rawNumber('1.50'))");
    expect(stdout).toContain(`    .set('"labels.v2"', 'dotted key')`);
    expect(stdout).toContain("    .object('meta')");
    expect(stdout).toContain("    .set('owner', null)");
  });

  it('from-postman takes the item by name and lists the items when it is missing', async () => {
    const listed = await cli(['from-postman', 'test/fixtures/cli/shop.postman_collection.json']);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toBe('pathpatch from-postman: the collection holds 2 requests; pick one with --item NAME:\n  Widgets / Rename a widget\n  Widgets / List widgets\n');
    const { code, stdout } = await cli(['from-postman', 'test/fixtures/cli/shop.postman_collection.json', '--item', 'Rename a widget']);
    expect(code).toBe(0);
    expect(stdout).toContain("url: 'https://{{shop_host}}/v1/widgets/:widget_id'");
    expect(stdout).toContain("method: 'PATCH'");
    expect(stdout).toContain("token: env('SHOP_TOKEN')");
    expect(stdout).toContain("    .set('stock.count', 12)");
  });

  it('from-curl reads stdin, with continuations, basic auth and the method', async () => {
    const { code, stdout } = await cli(['from-curl'], readFileSync(resolve(root, 'test/fixtures/cli/rename.curl'), 'utf8'));
    expect(code).toBe(0);
    expect(stdout).toContain("method: 'PUT'");
    expect(stdout).toContain("basic: { username: env('SHOP_USER'), password: env('SHOP_PASSWORD') }");
    expect(stdout).toContain("    .set('sizes[1]', rawNumber('2.50'))");
  });

  it('from-curl refuses something that is not curl', async () => {
    expect(await cli(['from-curl'], 'wget https://x.example')).toMatchObject({ code: 1, stderr: 'pathpatch from-curl: expected a command starting with "curl", found "wget"\n' });
  });
});
