// Ground truth for the porter: hand-written legacy scripts (test/fixtures/port-corpus/) whose requests
// were recorded on the real Chilkat runtime (test/fuzz/record-port-corpus.ts). Each script is tried
// four ways: `run` against a real local server that answers like the API did, `run --dry-run --json`,
// and the `main()` of its port in builder and in chilkat style against the same server, every port
// type-checked under the strict tsconfig. Each way must be right or reported (corpus-judge.ts); a body
// that differs without a word is the one thing a porting tool must never do.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/port/index.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';
import { CORPUS_DIR, readCorpusIndex, readExpected, type Construct, type LanguageFamily } from './corpus-files.js';
import { MODES, type Judgement, type Mode } from './corpus-judge.js';
import { tryDryRun, tryPort, tryRun } from './corpus-modes.js';
import { portCorpus, type PortedModule } from './corpus-modules.js';
import { computeScore, scoreSection, scoreTables, withScoreSection } from './corpus-score.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SCORE_DIR = join(ROOT, '.tmp', 'port-corpus');
const DOC = join(ROOT, 'docs', 'porting.md');
const MODULES = mkdtempSync(join(tmpdir(), 'pathpatch-corpus-'));
writeFileSync(join(MODULES, 'package.json'), '{"type":"module"}');

/** Straight-line calls and one request: what the porter handled before this corpus. It shows the harness can say "right". */
const CONTROL = '00-csharp-straight-line';

/** The constructs of issue 12's table, and the families each must be tried in (interpolation has no Pascal or xBase spelling). */
const ALL_FAMILIES: readonly LanguageFamily[] = ['basic', 'c-like', 'scripting', 'pascal', 'xbase'];
const REQUIRED: Readonly<Partial<Record<Construct, readonly LanguageFamily[]>>> = {
  loop: ALL_FAMILIES, 'array-read': ALL_FAMILIES, 'typed-const': ALL_FAMILIES, 'if-else': ALL_FAMILIES, 'if-unknown-data': ALL_FAMILIES,
  interpolation: ['basic', 'c-like', 'scripting'], 'built-in': ALL_FAMILIES, helper: ALL_FAMILIES, 'two-requests': ALL_FAMILIES,
  'load-template': ALL_FAMILIES, 'clear-reuse': ALL_FAMILIES,
};

const entries = readCorpusIndex();
const judgements = new Map<string, Judgement>();
let server: TestServer;
let modules: Map<string, PortedModule>;

beforeAll(async () => {
  server = await startTestServer();
  // Every port of every script, in both styles, in one TypeScript program.
  modules = portCorpus(entries, MODULES);
}, 180_000);

afterAll(async () => {
  await server.close();
  rmSync(MODULES, { recursive: true, force: true });
  if (judgements.size === 0) return;
  mkdirSync(SCORE_DIR, { recursive: true });
  writeFileSync(join(SCORE_DIR, 'score.json'), `${JSON.stringify(computeScore(entries, verdictOf), null, 2)}\n`);
  // What each way of porting sent and said, to read when a verdict changes.
  writeFileSync(join(SCORE_DIR, 'details.json'), `${JSON.stringify(Object.fromEntries(judgements), null, 2)}\n`);
});

function verdictOf(name: string, mode: Mode): Judgement['verdict'] | undefined {
  return judgements.get(`${name} ${mode}`)?.verdict;
}

describe('the porting corpus', () => {
  it('has at least 30 scripts in at least 12 languages, each with its twin and its recorded requests', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((entry) => entry.language)).size).toBeGreaterThanOrEqual(12);
    for (const entry of entries) {
      expect(readFileSync(join(CORPUS_DIR, entry.twin), 'utf8'), entry.twin).toMatch(/^\/\/ origin: https:\/\/\S+\n/);
      expect(readExpected(entry).length, entry.name).toBeGreaterThan(0);
    }
  });

  it('is read in the language its index names, as the command line detects it', () => {
    const detected = entries.map((entry) => [entry.name, detectLanguage(readFileSync(join(CORPUS_DIR, entry.script), 'utf8'), { file: entry.script }).id]);
    expect(Object.fromEntries(detected)).toEqual(Object.fromEntries(entries.map((entry) => [entry.name, entry.language])));
  });

  it('tries every construct of issue 12 in every language family', () => {
    const missing = Object.entries(REQUIRED).flatMap(([construct, families]) =>
      families.filter((family) => !entries.some((entry) => entry.family === family && entry.constructs.includes(construct as Construct))).map((family) => `${construct} in ${family}`),
    );
    expect(missing).toEqual([]);
  });

  describe.each(entries.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const expected = readExpected(entry);
    it.each(MODES.map((mode) => [mode] as const))('%s is right or reported', async (mode) => {
      const module = mode === 'port-builder' || mode === 'port-chilkat' ? modules.get(`${entry.name} ${mode.slice('port-'.length)}`) : undefined;
      const judgement =
        mode === 'run' ? await tryRun(entry, expected, server)
        : mode === 'run-dry' ? await tryDryRun(entry, expected)
        : await tryPort(entry, mode === 'port-builder' ? 'builder' : 'chilkat', module ?? missingModule(), expected, server);
      judgements.set(`${entry.name} ${mode}`, judgement);
      // The control case, and the scripts whose variables name another object again: right, nothing reported.
      if (entry.name === CONTROL || entry.constructs.includes('handle-reuse')) expect(judgement).toMatchObject({ verdict: 'right', diagnostics: [] });
      const shown = judgement.verdict === 'silently wrong' ? { why: judgement.why, expected: expected.map(({ method, url, body }) => ({ method, url, body })), observed: judgement.observed } : {};
      expect({ verdict: judgement.verdict, ...shown }).toEqual({ verdict: expect.stringMatching(/^(right|reported)$/) });
    }, 30_000);
  });

  it('a right port sent what the real run sent to the same server, request for request', () => {
    const differing = entries.flatMap((entry) => {
      const run = judgements.get(`${entry.name} run`);
      const ports = (['port-builder', 'port-chilkat'] as const).filter((mode) => judgements.get(`${entry.name} ${mode}`)?.verdict === 'right');
      return run?.verdict !== 'right' ? [] : ports.filter((mode) => JSON.stringify(judgements.get(`${entry.name} ${mode}`)?.observed) !== JSON.stringify(run.observed)).map((mode) => `${entry.name} ${mode}`);
    });
    expect(differing).toEqual([]);
  });

  it('every ported module type-checks under the strict tsconfig, right or reported', () => {
    const failing = [...modules].filter(([, module]) => module.typeErrors.length > 0).map(([key, module]) => `${key}: ${module.typeErrors.join('; ')}`);
    expect(failing).toEqual([]);
  });

  it('docs/porting.md shows this score (PATHPATCH_UPDATE_DOCS=1 rewrites it)', () => {
    expect(judgements.size).toBe(entries.length * MODES.length);
    const tables = scoreTables(computeScore(entries, verdictOf), entries);
    const doc = readFileSync(DOC, 'utf8');
    if (process.env['PATHPATCH_UPDATE_DOCS'] === '1') writeFileSync(DOC, withScoreSection(doc, tables));
    expect(scoreSection(readFileSync(DOC, 'utf8'))).toBe(tables);
  });
});

function missingModule(): never {
  throw new Error('the module was not ported');
}
