// The mock must survive what a real server survives: deep, huge, slow, malformed and concurrent input.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { send } from '../../src/send/index.js';
import { MAX_MOCK_DEPTH, startMockAuth0 } from '../../src/testing.js';
import type { MockAuth0, MockAuth0Options } from '../../src/testing.js';
import { rawExchange } from '../helpers/http-server.js';

let auth0: MockAuth0;
let started: MockAuth0[] = [];

async function start(options: MockAuth0Options = {}): Promise<MockAuth0> {
  const mock = await startMockAuth0(options);
  started.push(mock);
  return mock;
}

beforeEach(async () => {
  auth0 = await start();
});
afterEach(async () => {
  await Promise.all(started.map((mock) => mock.close()));
  started = [];
});

function patch(mock: MockAuth0, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${mock.url}/api/v2/clients/${mock.clientId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${mock.token}`, 'content-type': 'application/json', ...headers },
    body,
  });
}

/** The mock still does its job: a valid update is applied and answered. */
async function expectAlive(mock: MockAuth0): Promise<void> {
  const name = `alive-${mock.requests.length}`;
  const response = await patch(mock, JSON.stringify({ name }));
  expect(response.status).toBe(200);
  expect(mock.client()?.['name']).toBe(name);
}

// `depth` levels of arrays, or of objects keyed "x", as text (JSON.stringify itself overflows on such values).
const deepArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number): string => `${'{"x":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
// Inside addons.samlp.mappings, which the schema takes as anything: nothing stops the value before the merge.
const underMappings = (value: string): string => `{"addons":{"samlp":{"mappings":{"m":${value}}}}}`;

describe('deep input', () => {
  const tooDeep = {
    statusCode: 400,
    error: 'Bad Request',
    message: "Payload nesting is deeper than the mock's maximum of 64 levels",
    errorCode: 'invalid_body',
  };

  it('a 20 KB body nested 4,000 deep gets 400, and the mock lives on', async () => {
    const body = underMappings(deepObject(3_996));
    expect(body.length).toBeGreaterThan(20_000);
    const response = await patch(auth0, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(tooDeep);
    expect(auth0.requests.at(-1)).toMatchObject({ status: 400, json: undefined, body });
    await expectAlive(auth0);
  });

  it('a 100,000-deep array gets 400, and the mock lives on', async () => {
    for (const body of [deepArray(100_000), underMappings(deepArray(100_000))]) {
      const response = await patch(auth0, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(tooDeep);
    }
    await expectAlive(auth0);
  });

  it('takes a body exactly maxDepth deep, and refuses one level more', async () => {
    const mock = await start({ maxDepth: 6 });
    // The body, addons, samlp, mappings: 4 levels; the value under "m" adds the rest.
    const ok = await patch(mock, underMappings(deepArray(2)));
    expect(ok.status).toBe(200);
    expect(mock.client()?.['addons']).toEqual({ samlp: { mappings: { m: [[]] } } });
    const over = await patch(mock, underMappings(deepArray(3)));
    expect(over.status).toBe(400);
    expect(((await over.json()) as { message: string }).message).toBe("Payload nesting is deeper than the mock's maximum of 6 levels");
  });

  it('counts brackets inside strings as text, not nesting', async () => {
    const update = { name: `${'['.repeat(100)}x`, description: '{'.repeat(100) };
    const response = await patch(auth0, JSON.stringify(update));
    expect(response.status).toBe(200);
    expect(auth0.client()).toMatchObject(update);
  });
});

describe('huge input', () => {
  const tooLarge = (limit: number) => ({
    statusCode: 413,
    error: 'Request Entity Too Large',
    message: `Payload content length greater than maximum allowed: ${limit}`,
    errorCode: 'payload_too_large',
  });

  it('a body over maxBodySize gets 413 and a closed connection; one at the limit is read', async () => {
    const mock = await start({ maxBodySize: 1_000 });
    const exact = JSON.stringify({ description: 'd'.repeat(1_000 - 18) });
    expect(Buffer.byteLength(exact)).toBe(1_000);
    // Read and judged by the schema (too long for a description), not refused for its size.
    expect((await patch(mock, exact)).status).toBe(400);
    const over = await patch(mock, JSON.stringify({ description: 'd'.repeat(1_000 - 17) }));
    expect(over.status).toBe(413);
    expect(over.headers.get('connection')).toBe('close');
    expect(await over.json()).toEqual(tooLarge(1_000));
    expect(mock.requests.at(-1)).toMatchObject({ status: 413, body: '', json: undefined, authorized: true });
    await expectAlive(mock);
  });

  it('the default limit is 1 MiB; a 4 MB upload is refused without being kept', async () => {
    const response = await patch(auth0, JSON.stringify({ name: 'x'.repeat(4_000_000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge(1_048_576));
    await expectAlive(auth0);
  });

  it('a chunked upload, with no Content-Length to go by, is cut off at the limit too', async () => {
    const mock = await start({ maxBodySize: 100 });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 50; index++) controller.enqueue(new TextEncoder().encode('{"name":"xxxxxxxxxx"}'));
        controller.close();
      },
    });
    const response = await fetch(`${mock.url}/api/v2/clients/${mock.clientId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${mock.token}`, 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    await expectAlive(mock);
  });

  it('a Content-Length over the limit is refused before any body is read', async () => {
    const mock = await start({ maxBodySize: 100 });
    const answer = await rawExchange(mock.url, `PATCH /api/v2/clients/${mock.clientId} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/);
    expect(answer).toContain('"errorCode":"payload_too_large"');
    await expectAlive(mock);
  });
});

describe('slow input', () => {
  it('a body that never finishes gets 408 once requestTimeout passes, and the connection is closed', async () => {
    const mock = await start({ requestTimeout: 200 });
    const answer = await rawExchange(mock.url, `PATCH /api/v2/clients/${mock.clientId} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"na`);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    await expectAlive(mock);
  });

  it('headers that never finish are cut off the same way', async () => {
    const mock = await start({ requestTimeout: 200 });
    const answer = await rawExchange(mock.url, 'PATCH /api/v2/clients/x HTTP/1.1\r\nHost: x\r\nX-Slow: a');
    expect(answer).toBe('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    await expectAlive(mock);
  });
});

describe('malformed input', () => {
  it.each([
    ['not HTTP at all', 'HELLO THERE\r\n\r\n'],
    ['a bad Content-Length', 'PATCH / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    ['bad chunked encoding', 'PATCH / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
    ['a NUL in a header', 'PATCH / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'],
  ])('%s gets 400 from the HTTP parser', async (_name, bytes) => {
    const answer = await rawExchange(auth0.url, bytes);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    await expectAlive(auth0);
  });

  it('bodies that are not JSON, or not UTF-8, get 400 invalid_body', async () => {
    for (const body of ['{"name":', '\u0000', 'null', '{"name":"a"}}', '[', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1')]) {
      const response = await patch(auth0, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errorCode: string }).errorCode).toBe('invalid_body');
    }
    await expectAlive(auth0);
  });

  it('a value it cannot write answers 500 mock_failure instead of throwing in the host', async () => {
    const mock = await start({ clients: [{ client_id: 'big', n: 10n }, { client_id: 'ok', name: 'fine' }] });
    const response = await fetch(`${mock.url}/api/v2/clients/big`, { headers: { authorization: `Bearer ${mock.token}` } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'The mock failed on this request (TypeError)', errorCode: 'mock_failure' });
    expect(mock.requests.at(-1)?.status).toBe(500);
    const fine = await fetch(`${mock.url}/api/v2/clients/ok`, { headers: { authorization: `Bearer ${mock.token}` } });
    expect(await fine.json()).toEqual({ client_id: 'ok', name: 'fine' });
  });
});

describe('concurrent input', () => {
  it('answers 100 simultaneous updates, valid and hostile, each on its own', async () => {
    const bodies = Array.from({ length: 100 }, (_, index) =>
      index % 4 === 0 ? underMappings(deepArray(5_000)) : index % 4 === 1 ? '{"name":' : JSON.stringify({ name: `n${index}` }),
    );
    const statuses = await Promise.all(bodies.map(async (body) => (await patch(auth0, body)).status));
    expect(statuses).toEqual(bodies.map((_, index) => (index % 4 < 2 ? 400 : 200)));
    expect(auth0.requests).toHaveLength(100);
    expect(bodies.map((body) => (JSON.parse(body.startsWith('{"name":"') ? body : '{}') as { name?: string }).name)).toContain(auth0.client()?.['name']);
  });

  it('send() against it: a hostile body is an HttpError, the process and the mock carry on', async () => {
    const error = await send(underMappings(deepArray(100_000)), { url: `${auth0.url}/api/v2/clients/:id`, params: { id: auth0.clientId }, token: auth0.token }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(400);
    await expectAlive(auth0);
  });
});

describe('limits are checked options', () => {
  it.each([
    ['maxDepth', 0, 'startMockAuth0: maxDepth must be an integer from 1 to 1000, got 0'],
    ['maxDepth', MAX_MOCK_DEPTH + 1, 'startMockAuth0: maxDepth must be an integer from 1 to 1000, got 1001'],
    ['maxBodySize', 1.5, 'startMockAuth0: maxBodySize must be an integer from 1 to 9007199254740991, got 1.5'],
    ['requestTimeout', -1, 'startMockAuth0: requestTimeout must be an integer from 1 to 2147483647, got -1'],
  ] as const)('%s: %d', async (name, value, message) => {
    await expect(startMockAuth0({ [name]: value })).rejects.toThrow(new RangeError(message));
  });
});

describe('any body', () => {
  // Deep, wide, huge, malformed and non-UTF-8 bodies, sent a few at a time.
  const bodyArb = fc.oneof(
    fc.integer({ min: 1, max: 30_000 }).map((depth) => underMappings(deepArray(depth))),
    fc.integer({ min: 1, max: 30_000 }).map((depth) => deepObject(depth)),
    fc.integer({ min: 0, max: 5_000 }).map((keys) => JSON.stringify({ addons: { samlp: { mappings: Object.fromEntries(Array.from({ length: keys }, (_, index) => [`k${index}`, index])) } } })),
    // Around the 1 MiB limit (the body adds 18 bytes to the text).
    fc.constantFrom(0, 140, 141, 1_048_558, 1_048_559).map((length) => JSON.stringify({ description: 'x'.repeat(length) })),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify({ client_metadata: value, name: value })),
  );

  it('gets 200, 400 or 413, never a crash, and the mock goes on applying valid updates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bodyArb, { minLength: 1, maxLength: 4 }), async (bodies) => {
        const statuses = await Promise.all(bodies.map(async (body) => (await patch(auth0, body)).status));
        for (const status of statuses) expect([200, 400, 413]).toContain(status);
        await expectAlive(auth0);
      }),
      { numRuns: 20, seed: 20261202 },
    );
  });
});
