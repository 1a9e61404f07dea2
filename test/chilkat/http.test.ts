// The Http shim against a real listener on 127.0.0.1: what it sends is compared byte for byte with
// what Chilkat 9.5.0.96 sent for the same calls (test/fixtures/chilkat/http-requests.json).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Http } from '../../src/chilkat/http.js';
import { HttpResponse } from '../../src/chilkat/http-response.js';
import { JsonObject } from '../../src/chilkat/json-object.js';
import { StringBuilder } from '../../src/chilkat/string-builder.js';
import { HTTP_SCENARIOS, type HttpScenario } from './helpers/http-scenarios.js';
import { startRawHttpServer, type RawHttpServer, type RecordedRequest } from './helpers/raw-http-server.js';

interface RecordedScenario {
  name: string;
  results: Record<string, unknown>[];
  requests: RecordedRequest[];
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/chilkat/http-requests.json', import.meta.url), 'utf8')) as { scenarios: RecordedScenario[] };

let server: RawHttpServer;
beforeAll(async () => {
  server = await startRawHttpServer();
});
afterAll(async () => {
  await server.close();
});

function describeResponse(response: HttpResponse | null): unknown {
  if (response === null) return null;
  return {
    StatusCode: response.StatusCode,
    StatusText: response.StatusText,
    BodyStr: response.BodyStr,
    ContentType: response.GetHeaderField('Content-Type'),
    XReply: response.GetHeaderField('X-Reply'),
    Header: response.Header,
    BodySb: (() => {
      const sb = new StringBuilder();
      sb.Append('PRE:');
      response.GetBodySb(sb);
      return sb.GetAsString();
    })(),
  };
}

async function runScenario(scenario: HttpScenario, base: string): Promise<Record<string, unknown>[]> {
  const http = new Http() as unknown as Record<string, unknown>;
  const results: Record<string, unknown>[] = [];
  for (const step of scenario.steps) {
    if ('set' in step) {
      Object.assign(http, step.set);
      continue;
    }
    const args = step.args.map((arg) => {
      if (typeof arg === 'string') return arg.replace('{{base}}', base).replace('{{port}}', base.split(':').pop() ?? '');
      if (arg !== null && typeof arg === 'object') {
        if ('$sb' in arg) {
          const sb = new StringBuilder();
          sb.Append(String(arg.$sb));
          return sb;
        }
        if ('$json' in arg) {
          const json = new JsonObject();
          json.Load(String(arg.$json));
          return json;
        }
        if ('$response' in arg) return new HttpResponse();
      }
      return arg;
    });
    const ret: unknown = await (http[step.call] as (...a: unknown[]) => unknown).apply(http, args);
    let result: Record<string, unknown>;
    if (step.call === 'HttpJson') result = { ret, response: describeResponse(args[4] as HttpResponse) };
    else if (ret === undefined) result = { response: null };
    else if (typeof ret === 'string' || ret === null || typeof ret === 'boolean') result = { ret };
    else result = { response: describeResponse(ret as HttpResponse) };
    result['LastMethodSuccess'] = http['LastMethodSuccess'];
    result['LastStatus'] = http['LastStatus'];
    results.push(result);
  }
  return results;
}

function withPortPlaceholder(requests: RecordedRequest[], port: number): RecordedRequest[] {
  return requests.map((request) => ({
    ...request,
    requestLine: request.requestLine.replace(String(port), '{{port}}'),
    headers: request.headers.map(([name, value]): [string, string] => [name, value.replace(String(port), '{{port}}')]),
  }));
}

describe('Http sends what Chilkat sends', () => {
  const recordable = HTTP_SCENARIOS.filter((scenario) => {
    const recorded = fixture.scenarios.find((item) => item.name === scenario.name);
    return recorded !== undefined && scenario.difference === undefined && !recorded.results.some((result) => 'missing' in result);
  });
  it('covers the recorded scenarios', () => {
    expect(recordable.length).toBe(16);
  });
  it.each(recordable.map((scenario) => [scenario.name, scenario] as const))('%s', async (name, scenario) => {
    const recorded = fixture.scenarios.find((item) => item.name === name);
    const before = server.requests.length;
    const results = await runScenario(scenario, `http://127.0.0.1:${server.port}`);
    expect(withPortPlaceholder(server.requests.slice(before), server.port)).toStrictEqual(recorded?.requests);
    expect(results).toStrictEqual(recorded?.results);
  });
});

describe('Http: deliberate differences', () => {
  it('a redirect to another host drops Authorization and sends the new Host (Chilkat keeps both)', async () => {
    const scenario = HTTP_SCENARIOS.find((item) => item.name === 'redirect-other-host');
    const recorded = fixture.scenarios.find((item) => item.name === 'redirect-other-host');
    if (scenario === undefined || recorded === undefined) throw new Error('scenario missing');
    const before = server.requests.length;
    await runScenario(scenario, `http://127.0.0.1:${server.port}`);
    const [first, second] = withPortPlaceholder(server.requests.slice(before), server.port);
    expect(first).toStrictEqual(recorded.requests[0]);
    expect(second?.requestLine).toBe('GET /after-x HTTP/1.1');
    expect(second?.headers).toStrictEqual([
      ['Host', 'localhost:{{port}}'],
      ['Accept', '*/*'],
      ['Accept-Encoding', 'gzip'],
      ['Content-Type', 'application/json'],
    ]);
    expect(recorded.requests[1]?.headers.at(-1)).toStrictEqual(['Authorization', 'Bearer tok']);
  });
});

describe('Http: Chilkat 10 methods and failures', () => {
  it('HttpStr sends text with any verb', async () => {
    const before = server.requests.length;
    const http = new Http();
    const response = await http.HttpStr('DELETE', `http://127.0.0.1:${server.port}/d`, '{"x":1}', 'utf-8', 'application/json');
    expect(response?.StatusCode).toBe(200);
    expect(server.requests[before]?.requestLine).toBe('DELETE /d HTTP/1.1');
    expect(Buffer.from(server.requests[before]?.bodyHex ?? '', 'hex').toString()).toBe('{"x":1}');
  });

  it('HttpJson fills the response it is given, for any status', async () => {
    const http = new Http();
    const json = new JsonObject();
    json.UpdateNumber('a', '1.50');
    const response = new HttpResponse();
    expect(await http.HttpJson('PATCH', `http://127.0.0.1:${server.port}/s404/j`, json, 'application/json', response)).toBe(true);
    expect(response.StatusCode).toBe(404);
    expect(http.LastStatus).toBe(404);
    const sb = new StringBuilder();
    expect(response.GetBodySb(sb)).toBe(true);
    expect(sb.GetAsString()).toBe('{"error":"Not Found","message":"no such client"}');
  });

  it('gives null and a reason without secrets when no response comes', async () => {
    const http = new Http();
    http.AuthToken = 'super-secret-token';
    http.BasicAuth = true;
    http.Login = 'me';
    http.Password = 'hunter2';
    const sb = new StringBuilder();
    sb.Append('{}');
    const response = await http.PTextSb('PATCH', 'http://me:hunter2@127.0.0.1:1/x?api_key=k123', sb, 'utf-8', 'application/json', false, false);
    expect(response).toBeNull();
    expect(http.LastMethodSuccess).toBe(false);
    expect(http.LastStatus).toBe(0);
    expect(http.LastErrorText).toBe('PTextSb: PATCH http://127.0.0.1:1/x failed: ECONNREFUSED');
    for (const secret of ['super-secret-token', 'hunter2', 'k123']) expect(http.LastErrorText).not.toContain(secret);
  });

  it('refuses an unsupported charset and a malformed URL with a reason', async () => {
    const http = new Http();
    expect(await http.PText('POST', `http://127.0.0.1:${server.port}/x`, 'a', 'koi8-r', 'text/plain', false, false)).toBeNull();
    expect(http.LastErrorText).toContain('charset "koi8-r" is not supported');
    expect(await http.PText('POST', 'ftp://x', 'a', 'utf-8', 'text/plain', false, false)).toBeNull();
    expect(http.LastErrorText).toBe('PText: the URL must start with http:// or https://');
  });
});
