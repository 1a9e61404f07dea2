// Replays every recorded Chilkat case (test/fixtures/chilkat/golden-cases.json, recorded on Chilkat
// 9.5.0.96 through its Node binding) on pathpatch's JsonObject. Arguments and results go through
// helpers/node-binding.ts, a model of that binding, because the library itself follows Chilkat's
// core (docs/chilkat.md, "Node binding").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INVALID_JSON_PHRASE } from '../../src/chilkat/values.js';
import { runChilkatCase, type ChilkatCase } from './helpers/run-case.js';

interface RecordedCase extends ChilkatCase {
  id: string;
  results: unknown[];
  emit: string;
  emitHex?: string;
}

const cases = JSON.parse(
  readFileSync(new URL('../fixtures/chilkat/golden-cases.json', import.meta.url), 'utf8'),
) as RecordedCase[];

/**
 * Deliberate differences of the default mode (`invalidJson: 'refuse'`): Chilkat prints invalid JSON
 * for these, pathpatch returns false with the reason in LastErrorText. Each reason is a section of
 * docs/chilkat.md; `invalidJson: 'allow'` reproduces Chilkat and passes them all (first block below).
 */
const REFUSED: Readonly<Record<string, string>> = {
  'path.ws.03': 'key with a raw control character (VT)',
  'path.ws.16': 'key with a raw control character (VT)',
  'path.quote.13': 'key with an unescaped quote',
  'path.quote.14': 'key with an unescaped quote',
  'path.quote.20': 'key with an invalid escape (\\.)',
  'path.quote.21': 'key ending in a lone backslash',
  'path.quote.23': 'key ending in a lone backslash',
  'path.quote.backslash-newline': 'key with an invalid escape (a backslash before LF)',
  'path.quote.24': 'key with an unescaped quote',
  'path.quote.unquoted-no-match': 'key with an unescaped quote',
  'path.key.ctl-raw': 'key with a raw control character',
  'escape.key.quote': 'key with an unescaped quote',
  'escape.key.ctl': 'key with a raw control character',
  'escape.key.lone-surrogate': 'key with a lone surrogate (invalid UTF-8 out)',
  'escape.key.appendstring': 'member name with an unescaped quote',
  'emit.pretty-raw-key': 'key with a raw control character',
  'escape.value.lone-high': 'value with a lone surrogate (invalid UTF-8 out)',
  'escape.value.lone-low': 'value with a lone surrogate (invalid UTF-8 out)',
  ...Object.fromEntries(
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 26, 27, 28, 29, 30, 31].map((n) => [
      `number.${String(n).padStart(2, '0')}`,
      'UpdateNumber text that is not a JSON number',
    ]),
  ),
  'number.in-array': 'UpdateNumber text that is not a JSON number',
  'number.pretty': 'UpdateNumber text that is not a JSON number',
  'number.setnumberof': 'SetNumberOf text that is not a JSON number',
  'number.addnumberat-differs': 'AddNumberAt text that is not a JSON number',
  ...Object.fromEntries(
    ['nbsp-then-slash', 'set-between-calls', 'two-byte', 'three-byte', 'four-byte', 'ideographic-space', 'replace-in-place'].map((name) => [
      `delim.byte.${name}`,
      'a non-ASCII delimiter cuts a character (invalid UTF-8 out)',
    ]),
  ),
};

function expectRecorded(recorded: RecordedCase, mode: 'allow' | 'refuse'): void {
  const outcome = runChilkatCase(recorded, mode);
  expect(outcome.results).toStrictEqual(recorded.results);
  expect(outcome.emit).toBe(recorded.emit);
  if (recorded.emitHex !== undefined) expect(outcome.emitHex).toBe(recorded.emitHex);
}

describe('golden cases, invalidJson: allow (Chilkat byte for byte)', () => {
  it('holds the 452 recorded cases', () => {
    expect(cases).toHaveLength(452);
  });
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, recorded) => {
    expectRecorded(recorded, 'allow');
  });
});

describe('golden cases, default mode', () => {
  const kept = cases.filter((c) => REFUSED[c.id] === undefined);
  it('skips only the listed differences, and every listed id exists', () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const id of Object.keys(REFUSED)) expect(ids.has(id), id).toBe(true);
    expect(kept).toHaveLength(452 - Object.keys(REFUSED).length);
  });
  it.each(kept.map((c) => [c.id, c] as const))('%s', (_id, recorded) => {
    expectRecorded(recorded, 'refuse');
  });
});

describe('documented differences: pathpatch refuses what Chilkat prints as invalid JSON', () => {
  const refused = cases.filter((c) => REFUSED[c.id] !== undefined);
  it.each(refused.map((c) => [c.id, REFUSED[c.id], c] as const))('%s (%s)', (_id, _reason, recorded) => {
    const outcome = runChilkatCase(recorded, 'refuse');
    // Up to the first difference everything matches; that difference is a refusal with its reason.
    const first = outcome.results.findIndex((value, index) => JSON.stringify(value) !== JSON.stringify(recorded.results[index]));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(outcome.results[first]).toBe(false);
    expect(outcome.why[first]).toContain(INVALID_JSON_PHRASE);
    // What pathpatch emits instead is always valid JSON.
    expect(() => JSON.parse(outcome.emit) as unknown).not.toThrow();
  });
});
