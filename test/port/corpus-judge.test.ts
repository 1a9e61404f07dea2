// The corpus's scoring rules, from outside: what counts as right, reported and silently wrong; and
// the redirect that brings every request of a ported module to the test server with its origin kept.
import { describe, expect, it } from 'vitest';
import type { CorpusEntry, RecordedExchange } from './corpus-files.js';
import { redirectAll, sentTo } from './corpus-http.js';
import { judge, misplacedDiagnostics, type Attempt } from './corpus-judge.js';
import { useTestServer } from '../helpers/http-server.js';

const entry: CorpusEntry = { name: 'x', script: 'x.vbs', twin: 'x.cjs', language: 'vbscript', family: 'basic', constructs: ['loop'], about: '' };
const expected: RecordedExchange[] = [{ method: 'PATCH', url: 'https://api.example/a?b=1', body: '{"n":[0,1]}', response: { status: 200, body: '{}' } }];
const sent = [{ method: 'PATCH', url: 'https://api.example/a?b=1', body: '{"n":[0,1]}' }];
const clean: Attempt = { observed: sent, diagnostics: [], problems: [], badReport: [] };

describe('judge()', () => {
  it('says right only for the recorded requests, with nothing reported and no problem', () => {
    expect(judge(entry, expected, clean).verdict).toBe('right');
    expect(judge(entry, expected, { ...clean, observed: [{ ...sent[0]!, body: '{"n":[0, 1]}' }] })).toMatchObject({ verdict: 'silently wrong', why: 'different requests, nothing reported' });
    expect(judge(entry, expected, { ...clean, observed: [{ ...sent[0]!, url: 'https://other.example/a?b=1' }] }).verdict).toBe('silently wrong');
    expect(judge(entry, expected, { ...clean, observed: [...sent, ...sent] }).verdict).toBe('silently wrong');
    expect(judge(entry, expected, { ...clean, problems: ["type error line 3: 'resp' is declared but its value is never read."] })).toMatchObject({ verdict: 'silently wrong', why: "type error line 3: 'resp' is declared but its value is never read." });
  });

  it('never counts a guess of what the script reads at run time as right', () => {
    const reads = { ...entry, unknownInput: 'a command-line argument' };
    expect(judge(reads, expected, clean)).toMatchObject({ verdict: 'silently wrong', why: 'guessed a command-line argument' });
    expect(judge(reads, expected, { ...clean, diagnostics: ['x.vbs:3: the function WScript.Arguments() is not translated'] }).verdict).toBe('reported');
  });

  it('says reported for diagnostics that make a proper report, whatever was sent', () => {
    const reported = { ...clean, observed: [], diagnostics: ['x.vbs:4: cannot follow Foo()'] };
    expect(judge(entry, expected, reported)).toMatchObject({ verdict: 'reported', why: 'x.vbs:4: cannot follow Foo()' });
    expect(judge(entry, expected, { ...reported, observed: sent }).verdict).toBe('reported');
    expect(judge(entry, expected, { ...reported, badReport: ['no TODO(pathpatch) in the module'] })).toMatchObject({ verdict: 'silently wrong', why: 'a report that does not count: no TODO(pathpatch) in the module' });
  });

  it('compares bodies through the canonical form it is given (run --dry-run prints them parsed)', () => {
    const parsed = { ...clean, observed: [{ ...sent[0]!, body: '{"n":[0,1]}' }] };
    const pretty: RecordedExchange[] = [{ ...expected[0]!, body: '{ "n": [0, 1] }' }];
    expect(judge(entry, pretty, parsed).verdict).toBe('silently wrong');
    expect(judge(entry, pretty, parsed, (body) => JSON.stringify(JSON.parse(body))).verdict).toBe('right');
  });

  it('wants every diagnostic placed as FILE:LINE', () => {
    expect(misplacedDiagnostics('x.vbs', ['x.vbs:3: a', 'y.vbs:3: b', 'x.vbs: c'])).toEqual(['not placed as x.vbs:LINE: y.vbs:3: b', 'not placed as x.vbs:LINE: x.vbs: c']);
  });
});

describe('redirectAll()', () => {
  const server = useTestServer();

  it('brings a request for any host to the test server and keeps the host it was meant for', async () => {
    server.respond((_request, response) => {
      response.end('ok');
    });
    const restore = redirectAll(server.url);
    try {
      await (await fetch('https://acme.eu.auth0.example/api/v2/clients/a%20b?x=1', { method: 'PATCH', body: '{}' })).text();
      await (await fetch(new URL('http://elsewhere.example:8080/p'))).text();
    } finally {
      restore();
    }
    expect(server.requests.map((request) => sentTo(request.url, server.url))).toEqual(['https://acme.eu.auth0.example/api/v2/clients/a%20b?x=1', 'http://elsewhere.example:8080/p']);
    expect(sentTo('/plain', server.url)).toBe(`${server.url}/plain`);
  });
});
