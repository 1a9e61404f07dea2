import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';

// Deep, wide, huge and malformed scripts and curl lines through the CLI in process: every run ends with
// an exit code and reported diagnostics, never an uncaught exception, a stack trace or a process exit,
// and a credential never reaches what --dry-run prints or the ported module.
const SECRET = 'Zq9SECRETvalue';
const scratch = mkdtempSync(join(tmpdir(), 'pathpatch-hostile-prop-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let exitSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  exitSpy = vi.spyOn(process, 'exit').mockImplementation(() => {
    throw new Error('process.exit was called');
  });
});
afterEach(() => exitSpy.mockRestore());

async function runInProcess(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { stdout: (text) => (out += text), stderr: (text) => (out += text), env, color: false, cwd: scratch });
  return { code, out };
}

function expectCleanRun(result: { code: number; out: string }): void {
  expect([0, 1, 2]).toContain(result.code);
  expect(result.out).not.toMatch(/RangeError|Maximum call stack|\n\s+at .*\(.*:\d+:\d+\)/);
  expect(result.out).not.toContain(SECRET);
}

const word = fc.stringMatching(/^[a-z_]{1,8}$/);
const text = fc.oneof(word, fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'a.b[0]', 'x"y', 'k\\bs', '{{host}}', ''));
// One AutoIt statement: valid calls, credentials, and malformed or hostile shapes.
const autoitLine = fc.oneof(
  fc.tuple(text, text).map(([path, value]) => `$oJson.UpdateString("${path}", "${value}")`),
  fc.tuple(text, fc.integer()).map(([path, value]) => `$oJson.UpdateInt("${path}", ${String(value)})`),
  fc.constantFrom(
    `$oHttp.AuthToken = "${SECRET}"`,
    `$oHttp.Password = "${SECRET}"`,
    '$oHttp.BasicAuth = True',
    '$oHttp.Login = "admin"',
    `$oHttp.SetRequestHeader("Authorization", "Bearer ${SECRET}")`,
    `$oHttp.SetRequestHeader("X-Api-Key", "${SECRET}")`,
    `$oHttp.AuthToken = "${SECRET}`,
    '$oJson.UpdateString("a", "unterminated',
    '$oJson.UpdateNewObject("o")',
    '$oJson.DelimiterChar = "/"',
    'For $i = 0 To 3',
    'Next',
    '$oJson.I = 2',
    ')))(((',
    '"""',
  ),
  fc.integer({ min: 0, max: 3000 }).map((depth) => `$oJson.UpdateString("d", ${'('.repeat(depth)}"x"${')'.repeat(depth)})`),
  fc.integer({ min: 0, max: 3000 }).map((count) => `$s = "a"${' & "b"'.repeat(count)}`),
  fc.integer({ min: 0, max: 3000 }).map((count) => `$oJson.UpdateString("${Array.from({ length: count + 1 }, () => 'a').join('.')}", "x")`),
  fc.integer({ min: 0, max: 60_000 }).map((size) => `$oJson.UpdateString("big", "${'x'.repeat(size)}")`),
);
const url = fc.constantFrom('https://{{host}}/v1/items/:id', `https://admin:${SECRET}@h.example/x`, `https://h.example/x?api_key=${SECRET}`, 'https://{{__proto__}}/:constructor', 'not a url');
const lastLine = fc.constantFrom('', `$oHttp.AuthToken = "${SECRET}`, `$oHttp.Password = '${SECRET}`, `$oHttp.SetRequestHeader("Authorization", "Bearer ${SECRET}`);
const autoitScript = fc.tuple(fc.array(autoitLine, { maxLength: 12 }), url, fc.boolean(), lastLine).map(([lines, target, sends, last]) =>
  [
    '$oHttp = ObjCreate("Chilkat.Http")',
    '$oJson = ObjCreate("Chilkat.JsonObject")',
    ...lines,
    ...(sends ? ['$oSb = ObjCreate("Chilkat.StringBuilder")', '$oJson.EmitSb($oSb)', `Local $oResp = $oHttp.PTextSb("PATCH", "${target}", $oSb, "utf-8", "application/json", False, False)`] : []),
    last,
  ].join('\n'),
);

const curlWord = fc.oneof(
  fc.constantFrom(
    `-H 'Authorization: Bearer ${SECRET}'`,
    `-u admin:${SECRET}`,
    `-u${'admin'}:${SECRET}`,
    `--user=admin:${SECRET}`,
    `-H 'X-Api-Key: ${SECRET}'`,
    `--proxy http://p:${SECRET}@proxy:8080`,
    `-b 'sid=${SECRET}'`,
    `-F 'token=${SECRET}'`,
    '-k',
    '-L',
    '--compressed',
    '--max-time 5',
    '-X PATCH',
    '-XPUT',
    '--frobnicate',
    "'unterminated",
    '"also unterminated',
    '\\',
    '-d',
    `https://admin:${SECRET}@h.example/x`,
    'https://{{host}}/a/:id',
  ),
  fc.integer({ min: 0, max: 3000 }).map((depth) => `-d '${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}'`),
  fc.integer({ min: 0, max: 3000 }).map((count) => `-d '{${Array.from({ length: count }, (_, i) => `"k${String(i)}":${String(i)}`).join(',')}}'`),
  fc.string({ maxLength: 20 }).map((junk) => `'${junk.replace(/'/g, '')}'`),
);
const curlLine = fc.array(curlWord, { maxLength: 10 }).map((words) => `curl ${words.join(' ')}`);

describe('hostile scripts and curl lines through the CLI', () => {
  it('port (both styles) and run --dry-run end with a code and diagnostics, and never print a credential', async () => {
    await fc.assert(
      fc.asyncProperty(autoitScript, async (source) => {
        writeFileSync(join(scratch, 'h.au3'), source);
        expectCleanRun(await runInProcess(['port', 'h.au3']));
        expectCleanRun(await runInProcess(['port', 'h.au3', '--style', 'chilkat']));
        expectCleanRun(await runInProcess(['run', 'h.au3', '--dry-run'], { HOST: 'h.example', ID: '1' }));
        expectCleanRun(await runInProcess(['run', 'h.au3', '--dry-run', '--json'], { HOST: 'h.example', ID: '1' }));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('from-curl ends with a code and diagnostics, and never prints a credential', async () => {
    await fc.assert(
      fc.asyncProperty(curlLine, async (line) => {
        writeFileSync(join(scratch, 'h.curl'), line);
        expectCleanRun(await runInProcess(['from-curl', 'h.curl']));
        expectCleanRun(await runInProcess(['from-curl', 'h.curl', '--strict']));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
