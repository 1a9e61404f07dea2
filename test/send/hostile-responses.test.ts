// Property: whatever a hostile server answers, and wherever it echoes the request's credentials
// (status line, headers, nested bodies, keys, redirects, encodings), send() rejects with one of its
// own errors, and no secret is in any field of it or of the errors handed to onRetry.
import { inspect } from 'node:util';
import type { ServerResponse } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { NetworkError } from '../../src/errors/network-error.js';
import { TimeoutError } from '../../src/errors/timeout-error.js';
import { send } from '../../src/send/index.js';
import type { SendOptions } from '../../src/send/index.js';
import { delay, useTestServer } from '../helpers/http-server.js';
import type { RecordedRequest } from '../helpers/http-server.js';
import { leakTexts } from '../helpers/leaks.js';

const server = useTestServer();

// Every secret starts with a prefix found nowhere else (stack paths, field names), so a match is a leak.
const PREFIX = 'Zq9';
const visible = fc.constantFrom(...'abcXYZ019-_.~+/=!$%&*:@'.split(''));
const tokenArb = fc.string({ unit: visible, minLength: 5, maxLength: 30 }).map((tail) => `${PREFIX}${tail}`);
const passwordArb = fc.string({ unit: fc.oneof(visible, fc.constantFrom(' ', '"', '\\', 'ü', '€', '𝄞', '—', '#', '?')), minLength: 5, maxLength: 20 }).map((tail) => `${PREFIX}${tail}`);

interface Secrets {
  readonly token: string;
  readonly password: string;
  readonly apiKey: string;
  readonly clientSecret: string;
}

type Source = 'authorization' | 'token' | 'password' | 'apiKey' | 'clientSecret' | 'url';
type Encoding = 'raw' | 'base64' | 'base64url' | 'base64-in-bearer' | 'uri' | 'json' | 'userinfo' | 'query' | 'fragment';
interface Echo {
  readonly source: Source;
  readonly encoding: Encoding;
}

type Placement =
  | { readonly kind: 'status-line'; readonly echo: Echo }
  | { readonly kind: 'header'; readonly echo: Echo }
  | { readonly kind: 'json'; readonly echo: Echo; readonly depth: number; readonly asKey: boolean; readonly secretName: boolean }
  | { readonly kind: 'text'; readonly echo: Echo }
  | { readonly kind: 'redirect'; readonly echo: Echo; readonly credentials: boolean };

interface Scenario {
  readonly secrets: Secrets;
  readonly auth: 'token' | 'basic';
  readonly tokenInUrl: 'none' | 'param' | 'query' | 'fragment';
  readonly status: number;
  readonly outcome: 'answer' | 'retry-then-answer' | 'reset' | 'slow';
  readonly placements: readonly Placement[];
}

const echoArb: fc.Arbitrary<Echo> = fc.record({
  source: fc.constantFrom<Source>('authorization', 'token', 'password', 'apiKey', 'clientSecret', 'url'),
  encoding: fc.constantFrom<Encoding>('raw', 'base64', 'base64url', 'base64-in-bearer', 'uri', 'json', 'userinfo', 'query', 'fragment'),
});

const placementArb: fc.Arbitrary<Placement> = fc.oneof(
  echoArb.map((echo) => ({ kind: 'status-line' as const, echo })),
  echoArb.map((echo) => ({ kind: 'header' as const, echo })),
  fc.record({
    kind: fc.constant('json' as const),
    echo: echoArb,
    // Around MAX_ERROR_BODY_DEPTH (128) and well past it.
    depth: fc.oneof(fc.nat({ max: 8 }), fc.integer({ min: 120, max: 140 }), fc.integer({ min: 1_000, max: 20_000 })),
    asKey: fc.boolean(),
    secretName: fc.boolean(),
  }),
  echoArb.map((echo) => ({ kind: 'text' as const, echo })),
  fc.record({ kind: fc.constant('redirect' as const), echo: echoArb, credentials: fc.boolean() }),
);

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  secrets: fc.record({ token: tokenArb, password: passwordArb, apiKey: tokenArb, clientSecret: passwordArb }),
  auth: fc.constantFrom('token', 'basic'),
  tokenInUrl: fc.constantFrom('none', 'param', 'query', 'fragment'),
  status: fc.constantFrom(400, 401, 403, 404, 409, 422, 500, 502),
  outcome: fc.constantFrom('answer', 'answer', 'answer', 'retry-then-answer', 'reset', 'slow'),
  placements: fc.array(placementArb, { minLength: 1, maxLength: 4 }),
});

function sourceText(source: Source, request: RecordedRequest, secrets: Secrets): string {
  switch (source) {
    case 'authorization':
      return String(request.headers.authorization ?? '');
    case 'url':
      return request.url;
    case 'clientSecret':
      return String((JSON.parse(request.body) as { client_secret?: string }).client_secret ?? '');
    default:
      return secrets[source];
  }
}

function encode(text: string, encoding: Encoding): string {
  switch (encoding) {
    case 'raw':
      return text;
    case 'base64':
      return Buffer.from(text).toString('base64');
    case 'base64url':
      return Buffer.from(`x${text}`).toString('base64url');
    case 'base64-in-bearer':
      return Buffer.from(`Bearer ${text}`).toString('base64');
    case 'uri':
      return encodeURIComponent(text);
    case 'json':
      return JSON.stringify(text).slice(1, -1);
    case 'userinfo':
      return `http://user:${encodeURIComponent(text)}@elsewhere.example/`;
    case 'query':
      return `https://elsewhere.example/cb?access_token=${encodeURIComponent(text)}&state=1`;
    case 'fragment':
      return `https://elsewhere.example/cb#access_token=${encodeURIComponent(text)}`;
  }
}

// Node refuses a status message or header value outside latin-1 or with line breaks: fall back to an encoded form.
const headerSafe = (text: string): string => (/^[\t\x20-\x7e\x80-\xff]*$/.test(text) ? text : encodeURIComponent(text));

function nest(depth: number, leaf: string): string {
  return `${'{"a":['.repeat(depth)}${leaf}${']}'.repeat(depth)}`;
}

function answer(scenario: Scenario, request: RecordedRequest, response: ServerResponse, status: number, extraHeaders: Record<string, string> = {}): void {
  const headers: Record<string, string> = { ...extraHeaders };
  let statusText = 'Failed';
  const jsonParts: string[] = [];
  const textParts: string[] = [];
  for (const placement of scenario.placements) {
    const echoed = encode(sourceText(placement.echo.source, request, scenario.secrets), placement.echo.encoding);
    if (placement.kind === 'status-line') statusText = headerSafe(`Rejected ${echoed}`);
    else if (placement.kind === 'header') headers['x-echo'] = headerSafe(echoed);
    else if (placement.kind === 'text') textParts.push(`seen: ${echoed}`);
    else if (placement.kind === 'json') {
      const key = placement.secretName ? 'client_secret' : 'detail';
      const leaf = placement.asKey ? `{${JSON.stringify(echoed)}:1}` : `{${JSON.stringify(key)}:${JSON.stringify(echoed)}}`;
      jsonParts.push(nest(placement.depth, leaf));
    }
  }
  const body =
    jsonParts.length > 0
      ? `{"statusCode":${status},"message":${JSON.stringify(textParts.join(' ') || 'failed')},"echo":[${jsonParts.join(',')}]}`
      : textParts.join('\n');
  headers['content-type'] = jsonParts.length > 0 ? 'application/json' : 'text/plain';
  response.writeHead(status, statusText, headers);
  response.end(body);
}

function optionsFor(scenario: Scenario): SendOptions {
  const { token, password, apiKey } = scenario.secrets;
  const urls: Record<Scenario['tokenInUrl'], Pick<SendOptions, 'url' | 'params' | 'query'>> = {
    none: { url: `${server.url}/clients/abc` },
    param: { url: `${server.url}/clients/:id`, params: { id: token } },
    query: { url: `${server.url}/clients/abc`, query: { q: apiKey } },
    fragment: { url: `${server.url}/clients/abc#access_token=${encodeURIComponent(token)}` },
  };
  return {
    ...urls[scenario.tokenInUrl],
    ...(scenario.auth === 'token' ? { token } : { basic: { username: 'api', password } }),
    headers: { 'x-api-key': apiKey },
    timeout: scenario.outcome === 'slow' ? 30 : 5_000,
    retry: scenario.outcome === 'retry-then-answer' ? { limit: 1, delay: 0, jitter: false } : false,
  };
}

function serve(scenario: Scenario): void {
  const redirect = scenario.placements.find((placement) => placement.kind === 'redirect');
  const final = (request: RecordedRequest, response: ServerResponse): void | Promise<void> => {
    if (scenario.outcome === 'reset') return void response.socket?.destroy();
    if (scenario.outcome === 'slow') return delay(1_000, response);
    return answer(scenario, request, response, scenario.status);
  };
  const handlers = [];
  if (redirect !== undefined) {
    handlers.push((request: RecordedRequest, response: ServerResponse) => {
      const echoed = encodeURIComponent(sourceText(redirect.echo.source, request, scenario.secrets));
      const location = redirect.credentials ? server.url.replace('//', `//user:${echoed}@`) : '';
      response.writeHead(307, { location: `${location}/next?token=${echoed}`, 'content-type': 'text/plain' });
      response.end(`moved to ${location}/next?token=${echoed}`);
    });
  }
  if (scenario.outcome === 'retry-then-answer') handlers.push((request: RecordedRequest, response: ServerResponse) => answer(scenario, request, response, 503, { 'retry-after': '0' }));
  handlers.push(final);
  server.respond(...handlers);
}

// What the request carried: the credential of its auth, the API key, the body's client_secret, and their encodings.
function forbidden(scenario: Scenario): string[] {
  const { token, password, apiKey, clientSecret } = scenario.secrets;
  const auth = scenario.auth === 'token' ? [token, Buffer.from(token).toString('base64')] : [password, Buffer.from(`api:${password}`).toString('base64'), encodeURIComponent(password)];
  return [...auth, apiKey, clientSecret];
}

const uncaught: unknown[] = [];
const record = (error: unknown): void => void uncaught.push(error);
beforeAll(() => {
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
});
afterAll(() => {
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
});

describe('hostile responses', () => {
  it('no secret in any field of any thrown or retried error; only pathpatch errors; no uncaught exception, no exit', async () => {
    const exit = vi.spyOn(process, 'exit');
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        server.reset();
        serve(scenario);
        const retried: unknown[] = [];
        const body = JSON.stringify({ name: 'App', client_secret: scenario.secrets.clientSecret });
        const error = await send(body, { ...optionsFor(scenario), onRetry: (event) => void retried.push(event.error) }).then(
          () => new Error('resolved'),
          (caught: unknown) => caught,
        );
        expect([HttpError, NetworkError, TimeoutError].some((kind) => error instanceof kind), inspect(error)).toBe(true);
        const texts = leakTexts([error, retried]).join('\n');
        for (const secret of forbidden(scenario)) expect(texts.includes(secret), `leaked ${JSON.stringify(secret)}`).toBe(false);
      }),
      { numRuns: 60, seed: 20261202, endOnFailure: true },
    );
    expect(uncaught).toEqual([]);
    expect(exit).not.toHaveBeenCalled();
  });
});

describe('short secrets', () => {
  const words = ['exception', 'permission', 'denied', 'tokenizer', 'session', 'expired', 'Bearer', 'client', 'does', 'not', 'exist'];
  it('a secret of 1 to 7 characters is hidden where it stands as a word, and left inside words', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...'abcdeinorstx019'.split('')), minLength: 1, maxLength: 7 }),
        fc.array(fc.oneof(fc.constantFrom(...words), fc.constant('<secret>')), { minLength: 1, maxLength: 12 }),
        async (token, parts) => {
          fc.pre(!words.includes(token));
          const message = parts.map((part) => (part === '<secret>' ? token : part)).join(' ');
          server.reset();
          server.respond((_request, response) => {
            response.writeHead(401, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ message }));
          });
          const error = (await send('{}', { url: `${server.url}/x`, token }).catch((caught: unknown) => caught)) as HttpError;
          expect((error.body as { message: string }).message).toBe(parts.map((part) => (part === '<secret>' ? '[redacted]' : part)).join(' '));
        },
      ),
      { numRuns: 40, seed: 20261202 },
    );
  });
});
