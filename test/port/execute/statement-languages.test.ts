// `run` reads every language as statements (the AST) and executes them on the one Chilkat engine. Two
// checks: each hand-written script of test/fixtures/run-languages/ (a loop, an If and a built-in, in a
// language whose statements are not dotted calls or whose runtime has its own spellings) sends exactly
// the body its JavaScript twin sent on the real Chilkat runtime (recorded by
// `test/fuzz/record-port-corpus.ts --dir test/fixtures/run-languages`); and every per-language fixture
// of test/fixtures/port/ builds, through `run`, the same body the flat reader builds.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { AST_LANGUAGES, runScript } from '../../../src/port/run-script.js';
import { detectLanguage } from '../../../src/port/index.js';
import { readCorpusIndex, readExpected, RUN_LANGUAGES_DIR } from '../corpus-files.js';
import { FIXTURE_FILES, readFixture } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE_BODY =
  '{"title":"Say \\"hi\\", it\'s","path":"C:\\\\temp","retries":-3,"active":true,"archived":false,"price":1.50,' +
  '"deleted_at":null,"meta":{},"tags":["first"],"items":[{"n":0},{"n":1}],"note":"line one joined"}';

describe('hand-written scripts run as their twins ran on Chilkat', () => {
  for (const entry of readCorpusIndex(RUN_LANGUAGES_DIR)) {
    const file = join(RUN_LANGUAGES_DIR, entry.script);
    const expected = readExpected(entry, RUN_LANGUAGES_DIR);

    it(`${entry.name}: is read as ${entry.language}, with statements`, () => {
      const spec = detectLanguage(readFileSync(file, 'utf8'), { file: entry.script });
      expect(spec.id).toBe(entry.language);
      expect(AST_LANGUAGES.has(spec.id)).toBe(true);
    });

    it(`${entry.name}: the exact bytes of every request, nothing reported`, async () => {
      const result = await runScript(readFileSync(file, 'utf8'), { file: entry.script });
      expect(result.diagnostics).toEqual([]);
      expect(result.requests.map((request) => ({ method: request.method, url: request.url.replace(/^https?:\/\/[^/]+/, ''), body: request.body }))).toEqual(
        expected.map((request) => ({ method: request.method, url: request.url.replace(/^https?:\/\/[^/]+/, ''), body: request.body })),
      );
    });

    it(`${entry.name}: run --dry-run --json prints those requests`, async () => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['run', file, '--dry-run', '--json'], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, color: false, cwd: ROOT });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const printed = JSON.parse(stdout) as { method: string; url: string; body: unknown } | { method: string; url: string; body: unknown }[];
      const requests = Array.isArray(printed) ? printed : [printed];
      expect(requests.map((request) => [request.method, request.url, JSON.stringify(request.body)])).toEqual(
        expected.map((request) => [request.method, request.url, JSON.stringify(JSON.parse(request.body))]),
      );
    });
  }
});

describe('run builds each language fixture like the flat reader', () => {
  for (const { id, file } of FIXTURE_FILES.filter((fixture) => AST_LANGUAGES.has(fixture.id))) {
    it(`${id}: the fixture's body, and its one unported call reported on its line`, async () => {
      const source = readFixture(file);
      const result = await runScript(source, { file });
      expect(result.requests.map((request) => request.body)).toEqual([FIXTURE_BODY]);
      const line = source.split('\n').findIndex((text) => /UpdateBd/i.test(text)) + 1;
      expect(result.diagnostics).toContainEqual({ line, message: 'JsonObject.UpdateBd is not ported' });
    });
  }
});
