// `pathpatch run` without --dry-run against a real server on 127.0.0.1: a second request built from
// the first response is made with the value that response held, and a request built past a statement
// the real run cannot translate is not made (exit 1) unless --force.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { json, useTestServer } from '../helpers/http-server.js';

const DIR = mkdtempSync(join(tmpdir(), 'pathpatch-run-live-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const server = useTestServer();

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, color: false, cwd: DIR });
  return { code, stdout, stderr };
}

function script(extra: string): string {
  const source = [
    'Set http = CreateObject("Chilkat.Http")',
    'Set json = CreateObject("Chilkat.JsonObject")',
    'json.UpdateString "name", "ann"',
    `Set r1 = http.PostJson3("${server.url}/users", "application/json", json)`,
    'Set jResp = CreateObject("Chilkat.JsonObject")',
    'jResp.Load r1.BodyStr',
    'Set json2 = CreateObject("Chilkat.JsonObject")',
    'json2.UpdateString "user_id", jResp.StringOf("id")',
    extra,
    `Set r2 = http.PostJson3("${server.url}/roles", "application/json", json2)`,
  ].join('\n');
  writeFileSync(join(DIR, 'onboard.vbs'), source);
  server.respond((_request, response) => json(response, 201, { id: 'usr_42' }), (_request, response) => json(response, 200, { ok: true }));
  return 'onboard.vbs';
}

describe('pathpatch run, for real', () => {
  it('makes the second request with the value the first response held, though --dry-run cannot know it', async () => {
    const file = script('json2.UpdateString "role", "admin"');
    const dry = await run(['run', file, '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain('onboard.vbs:8: cannot follow the value of UpdateString (the response of the request on line 4, which --dry-run does not make)');
    expect(server.requests).toEqual([]);
    const live = await run(['run', file]);
    expect({ code: live.code, stderr: live.stderr }).toEqual({ code: 0, stderr: '' });
    expect(server.requests.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'POST', url: '/users', body: '{"name":"ann"}' },
      { method: 'POST', url: '/roles', body: '{"user_id":"usr_42","role":"admin"}' },
    ]);
    expect(live.stdout).toBe('201\n{"id":"usr_42"}\n200\n{"ok":true}\n');
  });

  it('stops before a request built past a statement the real run cannot translate; --force sends it', async () => {
    const file = script('json2.UpdateString "role", Frobnicate("admin")');
    const live = await run(['run', file]);
    expect(live.code).toBe(1);
    expect(live.stderr).toBe(
      [
        'onboard.vbs:9: the function Frobnicate() is not translated',
        'pathpatch run: not sending: the request on line 10 is built past 1 statement that could not be translated (line 9), so it may differ from what onboard.vbs sends; --force sends it anyway',
        '',
      ].join('\n'),
    );
    expect(server.requests.map(({ url, body }) => `${url} ${body}`)).toEqual(['/users {"name":"ann"}']);
    server.reset();
    script('json2.UpdateString "role", Frobnicate("admin")');
    expect((await run(['run', file, '--force'])).code).toBe(0);
    expect(server.requests.map(({ url, body }) => `${url} ${body}`)).toEqual(['/users {"name":"ann"}', '/roles {"user_id":"usr_42"}']);
  });

  it('sends nothing when a statement before the first request cannot be translated', async () => {
    const file = 'first.vbs';
    writeFileSync(join(DIR, file), ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', 'json.UpdateString "name", Frobnicate("ann")', `Set r1 = http.PostJson3("${server.url}/users", "application/json", json)`].join('\n'));
    const live = await run(['run', file]);
    expect(live.code).toBe(1);
    expect(live.stderr).toContain('pathpatch run: not sending: the request above is built past 1 statement that could not be translated (line 3)');
    expect(server.requests).toEqual([]);
  });
});
