// Ground truth for the porter: hand-written legacy scripts (test/fixtures/port-corpus/) whose requests
// were recorded on the real Chilkat runtime (test/fuzz/record-port-corpus.ts). For each script and each
// way of porting it (`run --dry-run --json`, `port` in builder style, `port` in chilkat style) the
// porter must be "right or reported": it reproduces every request exactly, or it says what it could
// not translate. A body that differs without a word is the one thing a porting tool must never do.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { portScript } from '../../src/port/index.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';
import { redirectOrigin } from './corpus-http.js';
import { CORPUS_DIR, readCorpusIndex, readExpected, type CorpusEntry, type LanguageFamily, type RecordedExchange } from './corpus-files.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SCORE_DIR = join(ROOT, '.tmp', 'port-corpus');
const MODULES = mkdtempSync(join(tmpdir(), 'pathpatch-corpus-'));
writeFileSync(join(MODULES, 'package.json'), '{"type":"module"}');

type Mode = 'run' | 'port-builder' | 'port-chilkat';
type Verdict = 'right' | 'reported' | 'silently wrong';
const MODES: readonly Mode[] = ['run', 'port-builder', 'port-chilkat'];

/** Straight-line calls and one request: what the porter handled before this corpus. It shows the harness can say "right". */
const CONTROL = '00-csharp-straight-line';

interface Observed {
  readonly method: string;
  readonly url: string;
  /** The exact text for ports; for `run --dry-run --json`, the body re-serialised (it prints parsed JSON). */
  readonly body: string;
}

interface Judgement {
  readonly verdict: Verdict;
  readonly observed: readonly Observed[];
  readonly diagnostics: readonly string[];
  /** What a ported module threw, if it did (a crash is not a report). */
  readonly crash?: string;
}

function judge(expected: readonly RecordedExchange[], observed: readonly Observed[], diagnostics: readonly string[], canonical = (body: string) => body): Judgement {
  const same = observed.length === expected.length && expected.every((want, index) => {
    const got = observed[index];
    return got !== undefined && got.method === want.method && got.url === want.url && got.body === canonical(want.body);
  });
  return { verdict: same ? 'right' : diagnostics.length > 0 ? 'reported' : 'silently wrong', observed, diagnostics };
}

/** Key order and values as JSON text, for the parsed bodies `run --dry-run --json` prints. */
function reserialise(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

async function judgeRun(entry: CorpusEntry, expected: readonly RecordedExchange[]): Promise<Judgement> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['run', join(CORPUS_DIR, entry.script), '--dry-run', '--json'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    color: false,
    cwd: ROOT,
  });
  const diagnostics = stderr.split('\n').filter((line) => line !== '');
  if (code !== 0) diagnostics.push(`exit code ${String(code)}`);
  let printed: unknown = [];
  try {
    printed = code === 0 ? JSON.parse(stdout) : [];
  } catch {
    diagnostics.push('stdout is not JSON');
  }
  const requests = (Array.isArray(printed) ? printed : [printed]) as { method?: string; url?: string; body?: unknown }[];
  const observed = requests.map((request) => ({
    method: String(request.method),
    url: String(request.url),
    body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
  }));
  return judge(expected, observed, diagnostics, reserialise);
}

/** The environment variables a ported module's header says main() reads. */
function environmentNames(code: string): string[] {
  const names = /main\(\) reads these environment variables: ([^.]+)\./.exec(code)?.[1];
  return names === undefined ? [] : names.split(',').map((name) => name.trim());
}

let sequence = 0;

async function judgePort(entry: CorpusEntry, style: 'builder' | 'chilkat', expected: readonly RecordedExchange[], server: TestServer): Promise<Judgement> {
  const source = readFileSync(join(CORPUS_DIR, entry.script), 'utf8');
  const origin = new URL(expected[0]?.url ?? 'https://missing.example').origin;
  const result = portScript(source, { file: entry.script, style });
  const diagnostics = [...result.messages];
  const code = result.code
    .replaceAll("from 'pathpatch/chilkat/http'", `from '${join(ROOT, 'test/port/corpus-http.js')}'`)
    .replaceAll("from 'pathpatch/chilkat'", `from '${join(ROOT, 'test/port/corpus-http.js')}'`)
    .replaceAll("from 'pathpatch/port'", `from '${join(ROOT, 'src/port.js')}'`)
    .replaceAll("from 'pathpatch'", `from '${join(ROOT, 'src/index.js')}'`);
  const file = join(MODULES, `${entry.name.replace(/\W/g, '_')}_${style}_${String(sequence++)}.ts`);
  writeFileSync(file, code);
  server.reset();
  server.respond(...expected.map((exchange) => (_request: unknown, response: ServerResponse) => {
    response.writeHead(exchange.response.status, { 'content-type': 'application/json' });
    response.end(exchange.response.body);
  }));
  const names = environmentNames(code);
  const saved = names.map((name) => [name, process.env[name]] as const);
  for (const name of names) process.env[name] = `corpus-${name.toLowerCase()}`;
  // main() prints the status and body as the script did; that output is not the test's.
  let crash: string | undefined;
  const log = console.log;
  console.log = () => undefined;
  // Requests for the script's origin go to the local server, in both styles (bodies untouched).
  const restore = redirectOrigin(origin, server.url);
  try {
    const module = (await import(pathToFileURL(file).href)) as { main?: () => Promise<void> };
    if (typeof module.main !== 'function') throw new Error('the module has no main()');
    await module.main();
  } catch (error) {
    // First lines only, without terminal colours (a transform error draws the whole file).
    crash = stripVTControlCharacters(error instanceof Error ? error.message : String(error)).split('\n').filter((line) => line.trim() !== '').slice(0, 2).join(' ');
  } finally {
    restore();
    console.log = log;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  const observed = server.requests.map((request) => ({ method: request.method, url: `${origin}${request.url}`, body: request.body }));
  return { ...judge(expected, observed, diagnostics), ...(crash === undefined ? {} : { crash }) };
}

const entries = readCorpusIndex();
const judgements = new Map<string, Judgement>();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
  rmSync(MODULES, { recursive: true, force: true });
  if (judgements.size === 0) return;
  const families: (LanguageFamily | 'all')[] = ['basic', 'c-like', 'scripting', 'pascal', 'xbase', 'all'];
  const score = Object.fromEntries(
    families.map((family) => {
      const members = entries.filter((entry) => family === 'all' || entry.family === family);
      return [
        family,
        Object.fromEntries(
          MODES.map((mode) => {
            const verdicts = members.map((entry) => judgements.get(`${entry.name} ${mode}`)?.verdict);
            return [mode, { scripts: members.length, right: verdicts.filter((v) => v === 'right').length, reported: verdicts.filter((v) => v === 'reported').length, 'silently wrong': verdicts.filter((v) => v === 'silently wrong').length }];
          }),
        ),
      ];
    }),
  );
  const constructs = [...new Set(entries.flatMap((entry) => entry.constructs))].sort();
  const byConstruct = Object.fromEntries(
    constructs.map((construct) => [
      construct,
      Object.fromEntries(
        MODES.map((mode) => {
          const verdicts = entries.filter((entry) => entry.constructs.includes(construct)).map((entry) => judgements.get(`${entry.name} ${mode}`)?.verdict);
          return [mode, `${String(verdicts.filter((v) => v === 'right').length)} right, ${String(verdicts.filter((v) => v === 'reported').length)} reported, ${String(verdicts.filter((v) => v === 'silently wrong').length)} silently wrong`];
        }),
      ),
    ]),
  );
  const perScript = Object.fromEntries(entries.map((entry) => [entry.name, Object.fromEntries(MODES.map((mode) => [mode, judgements.get(`${entry.name} ${mode}`)?.verdict]))]));
  mkdirSync(SCORE_DIR, { recursive: true });
  writeFileSync(join(SCORE_DIR, 'score.json'), `${JSON.stringify({ score, byConstruct, scripts: perScript }, null, 2)}\n`);
  // What each way of porting sent and said, to read when a verdict changes.
  writeFileSync(join(SCORE_DIR, 'details.json'), `${JSON.stringify(Object.fromEntries(judgements), null, 2)}\n`);
});

describe('the porting corpus', () => {
  it('has at least 30 scripts in at least 12 languages, each with its twin and its recorded requests', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((entry) => entry.language)).size).toBeGreaterThanOrEqual(12);
    for (const entry of entries) {
      expect(readFileSync(join(CORPUS_DIR, entry.twin), 'utf8')).toMatch(/^\/\/ origin: https:\/\/\S+\n/);
      const expected = readExpected(entry);
      expect(expected.length, entry.name).toBeGreaterThan(0);
    }
  });

  it('uses every construct of hand-written scripts, in every language family', () => {
    const constructs = ['loop', 'array-read', 'typed-const', 'if-else', 'interpolation', 'built-in', 'helper', 'two-requests', 'load-template', 'clear-reuse', 'handle-reuse'] as const;
    for (const construct of constructs) expect(entries.filter((entry) => entry.constructs.includes(construct)).length, construct).toBeGreaterThanOrEqual(2);
    for (const family of ['basic', 'c-like', 'scripting', 'pascal', 'xbase'] as const) expect(entries.filter((entry) => entry.family === family).length, family).toBeGreaterThanOrEqual(2);
  });

  it('has its control case', () => {
    expect(entries.map((entry) => entry.name)).toContain(CONTROL);
  });

  describe.each(entries.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const expected = readExpected(entry);
    it.each(MODES.map((mode) => [mode] as const))('%s is right or reported', async (mode) => {
      const judgement = mode === 'run' ? await judgeRun(entry, expected) : await judgePort(entry, mode === 'port-builder' ? 'builder' : 'chilkat', expected, server);
      judgements.set(`${entry.name} ${mode}`, judgement);
      // The control case, and the scripts whose variables name another object again: ported right, nothing reported.
      if (entry.name === CONTROL || entry.constructs.includes('handle-reuse')) expect(judgement).toMatchObject({ verdict: 'right', diagnostics: [] });
      expect({ verdict: judgement.verdict, ...(judgement.verdict === 'silently wrong' ? { expected: expected.map(({ method, url, body }) => ({ method, url, body })), observed: judgement.observed } : {}) }).toEqual({ verdict: expect.stringMatching(/^(right|reported)$/) });
    }, 30_000);
  });
});
