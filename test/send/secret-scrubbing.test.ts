// Each test reproduces one way a server, a URL or an option could carry a secret onto an error.
import { format } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { NetworkError } from '../../src/errors/network-error.js';
import { TemplateError } from '../../src/errors/template-error.js';
import { TimeoutError } from '../../src/errors/timeout-error.js';
import { createClient, send } from '../../src/send/index.js';
import { MAX_ERROR_BODY_DEPTH, TOO_DEEP } from '../../src/send/scrubber.js';
import { delay, json, rejection, unusedPort, useTestServer } from '../helpers/http-server.js';
import { expectNoLeak } from '../helpers/leaks.js';

const server = useTestServer();

const TOKEN = 'tok_live_9Qx7ZpL2mW';
const PASSWORD = 'correct horse battery';
const BASIC = Buffer.from(`api:${PASSWORD}`).toString('base64');
const API_KEY = 'key-7f3c9a1e55';
const CLIENT_SECRET = 'cs-0d4b8e2f91aa';

async function httpError(promise: Promise<unknown>): Promise<HttpError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('the status line', () => {
  it('a 401 whose status text quotes the Authorization header', async () => {
    server.respond((request, response) => {
      response.writeHead(401, `Rejected ${String(request.headers.authorization)}`);
      response.end();
    });
    const error = await httpError(send('{}', { url: `${server.url}/x`, token: TOKEN }));
    expect(error.statusText).toBe('Rejected Bearer [redacted]');
    expect(error.message).toBe(`PATCH ${server.url}/x failed: 401 Rejected Bearer [redacted]`);
    // What console.log(error) prints.
    expect(format(error)).not.toContain(TOKEN);
    expectNoLeak(error, [TOKEN]);
  });

  it('the basic password, and its base64 form, in the status text', async () => {
    server.respond((request, response) => {
      response.writeHead(401, `Rejected ${PASSWORD} ${String(request.headers.authorization)}`);
      response.end();
    });
    const error = await httpError(send('{}', { url: `${server.url}/x`, basic: { username: 'api', password: PASSWORD } }));
    expect(error.statusText).toBe('Rejected [redacted] Basic [redacted]');
    expectNoLeak(error, [PASSWORD, BASIC]);
  });

  it('a secret that forms where the status text meets the body in the message', async () => {
    const password = 'first-half — second-half';
    server.respond((_request, response) => {
      response.writeHead(401, 'Rejected first-half', { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'second-half' }));
    });
    const error = await httpError(send('{}', { url: `${server.url}/x`, basic: { username: 'api', password } }));
    expect(error.statusText).toBe('Rejected first-half');
    expect(error.message).toBe(`PATCH ${server.url}/x failed: 401 Rejected [redacted]`);
    expectNoLeak(error, [password]);
  });
});

describe('error bodies at any depth', () => {
  // Built as text: JSON.stringify itself overflows on a value 5,000 deep.
  const nest = (depth: number, leaf: string): string => {
    let open = '';
    let close = '';
    for (let level = 0; level < depth; level++) {
      open += level % 2 === 0 ? '{"next":' : '[';
      close += level % 2 === 0 ? '}' : ']';
    }
    return `${open}${leaf}${[...close].reverse().join('')}`;
  };
  const leaf = JSON.stringify({ token: 'Bearer server-side', echo: `${TOKEN} ${API_KEY} ${CLIENT_SECRET}` });

  // The leaf object sits at depth + 2: the body is level 1, its `detail` level 2.
  it.each([100, MAX_ERROR_BODY_DEPTH - 2, MAX_ERROR_BODY_DEPTH - 1, 5_000, 100_000])('a body that echoes the secrets %i levels deep', async (depth) => {
    const text = `{"message":"deep","detail":${nest(depth, leaf)}}`;
    server.respond((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(text);
    });
    const body = JSON.stringify({ name: 'x', client_secret: CLIENT_SECRET });
    const error = await httpError(send(body, { url: `${server.url}/x`, token: TOKEN, headers: { 'x-api-key': API_KEY } }));
    expect(error.message).toBe(`PATCH ${server.url}/x failed: 400 Bad Request — deep`);
    expectNoLeak(error, [TOKEN, API_KEY, CLIENT_SECRET, 'server-side']);
    if (depth + 2 <= MAX_ERROR_BODY_DEPTH) expect(findLeaf(error.body)).toEqual({ token: '[redacted]', echo: '[redacted] [redacted] [redacted]' });
    else expect(findLeaf(error.body)).toBe(TOO_DEEP);
  });
});

function findLeaf(value: unknown): unknown {
  let node = value;
  for (;;) {
    if (Array.isArray(node)) node = node[0];
    else if (typeof node === 'object' && node !== null && 'detail' in node) node = node.detail;
    else if (typeof node === 'object' && node !== null && 'next' in node) node = node.next;
    else return node;
  }
}

describe('URLs', () => {
  it('a fragment with #access_token=…', async () => {
    server.respond((_request, response) => json(response, 404, { message: 'Not Found' }));
    const error = await httpError(send('{}', { url: `${server.url}/cb#access_token=${TOKEN}&state=42` }));
    expect(error.url).toBe(`${server.url}/cb#access_token=[redacted]&state=42`);
    expectNoLeak(error, [TOKEN]);
  });

  it('the token used as a :param, and an API key in a query parameter with an innocent name', async () => {
    server.respond((request, response) => json(response, 404, { message: `no such resource ${request.url}` }));
    const error = await httpError(
      send('{}', { url: `${server.url}/clients/:id`, params: { id: TOKEN }, query: { q: API_KEY }, token: TOKEN, headers: { 'x-api-key': API_KEY } }),
    );
    expect(error.url).toBe(`${server.url}/clients/[redacted]?q=[redacted]`);
    expect(error.message).toBe(`PATCH ${error.url} failed: 404 Not Found — no such resource /clients/[redacted]?q=[redacted]`);
    expectNoLeak(error, [TOKEN, API_KEY]);
  });

  it('the same on a TimeoutError and a NetworkError', async () => {
    server.respond(async (_request, response) => delay(500, response));
    const timeout = await rejection(send('{}', { url: `${server.url}/clients/:id`, params: { id: TOKEN }, token: TOKEN, timeout: 20 }));
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect((timeout as TimeoutError).url).toBe(`${server.url}/clients/[redacted]`);
    expectNoLeak(timeout, [TOKEN]);
    const refused = await rejection(send('{}', { url: `http://127.0.0.1:${await unusedPort()}/:id`, params: { id: TOKEN }, token: TOKEN }));
    expect(refused).toBeInstanceOf(NetworkError);
    expectNoLeak(refused, [TOKEN]);
  });

  it('a redirect whose Location carries credentials is not followed, and its credentials are dropped from the error', async () => {
    const location = `${server.url.replace('//', '//admin:hunter2-pw@')}/next`;
    server.respond((_request, response) => {
      response.writeHead(307, { location, 'content-type': 'text/plain' });
      response.end(`Moved to ${location}`);
    });
    const error = await httpError(send('{}', { url: `${server.url}/old`, token: TOKEN }));
    expect(error.status).toBe(307);
    expect(error.body).toBe(`Moved to ${server.url}/next`);
    expect(server.requests).toHaveLength(1);
    expectNoLeak(error, ['hunter2-pw', 'admin:']);
  });
});

describe('echoes in other encodings', () => {
  it('the bearer token in base64, alone or inside "Bearer …", in both alphabets', async () => {
    const encodings = [
      Buffer.from(TOKEN).toString('base64'),
      Buffer.from(`Bearer ${TOKEN}`).toString('base64'),
      Buffer.from(`x${TOKEN}y`).toString('base64url'),
      Buffer.from(`xy:${TOKEN}`).toString('base64'),
    ];
    server.respond((_request, response) => json(response, 401, { message: 'bad token', seen: encodings }));
    const error = await httpError(send('{}', { url: `${server.url}/x`, token: TOKEN }));
    expectNoLeak(error, [TOKEN, ...encodings]);
    // What is left of each is only what the neighbouring bytes decide.
    for (const shown of (error.body as { seen: string[] }).seen) expect(shown).toMatch(/^[A-Za-z0-9+/_-]{0,12}\[redacted\][A-Za-z0-9+/_=-]{0,4}$/);
  });

  it('the password JSON-escaped inside a text body', async () => {
    const password = 'pa"ss\\word-ü';
    server.respond((_request, response) => {
      response.writeHead(401, { 'content-type': 'text/plain' });
      response.end(`{"user":"api","password":${JSON.stringify(password)}}`);
    });
    const error = await httpError(send('{}', { url: `${server.url}/x`, basic: { username: 'api', password } }));
    expect(error.body).toBe('{"user":"api","password":"[redacted]"}');
    expectNoLeak(error, [password, JSON.stringify(password).slice(1, -1)]);
  });

  it('a secret used as a key of the error body', async () => {
    server.respond((_request, response) => json(response, 400, { [TOKEN]: 'unknown key', [API_KEY]: 1 }));
    const error = await httpError(send('{}', { url: `${server.url}/x`, token: TOKEN, headers: { 'x-api-key': API_KEY } }));
    expect(Object.keys(error.body as object)).toEqual(['[redacted]']);
    expectNoLeak(error, [TOKEN, API_KEY]);
  });
});

describe('option errors', () => {
  it('a header name that is a whole header line is not quoted', async () => {
    const error = await rejection(send('{}', { url: server.url, headers: { [`Authorization: Bearer ${TOKEN}`]: 'x' } }));
    expect(error).toEqual(new TypeError('headers: key 0 is not a valid header name (expected an RFC 9110 token); the key is not shown, as it may hold a credential'));
    expectNoLeak(error, [TOKEN]);
  });

  it('a header value the platform refuses is not quoted, whatever the header is called', async () => {
    const error = await rejection(send('{}', { url: server.url, headers: { accept: 'json', 'x-trace': `Bearer ${TOKEN}\r\nX-Injected: 1` } }));
    expect(error).toEqual(
      new TypeError('headers: the value of "x-trace" is not a valid header value (expected no CR, LF, NUL or character above U+00FF); the value is not shown, as it may hold a credential'),
    );
    expectNoLeak(error, [TOKEN]);
    expect(server.requests).toHaveLength(0);
  });

  it('a method or a template that holds a known secret', async () => {
    const method = await rejection(send('{}', { url: server.url, method: `${TOKEN} X`, token: TOKEN }));
    expect(method).toEqual(new TypeError('method must be an HTTP method token, got "[redacted] X"'));
    expectNoLeak(method, [TOKEN]);
    const template = await rejection(send('{}', { url: `${server.url}/${API_KEY}/:id`, headers: { 'x-api-key': API_KEY } }));
    expect(template).toBeInstanceOf(TemplateError);
    expect((template as TemplateError).message).toBe(`no value for :id in URL template "${server.url}/[redacted]/:id"`);
    expect((template as TemplateError).template).toBe(`${server.url}/[redacted]/:id`);
    expectNoLeak(template, [API_KEY]);
  });

  it('a password of 200,000 characters is encoded without a RangeError (the server then refuses the header)', async () => {
    const password = 'p'.repeat(200_000);
    const error = await httpError(send('{}', { url: `${server.url}/x`, basic: { username: 'api', password } }));
    expect(error.message).toBe(`PATCH ${server.url}/x failed: 431 Request Header Fields Too Large`);
  });
});

describe('short secrets are scrubbed as whole words only', () => {
  it('with the token "e", a 404 reads as it was written, and an echo of the token is still hidden', async () => {
    server.respond((request, response) =>
      json(response, 404, { message: 'The client does not exist', errorCode: 'inexistent_client', echo: `got ${String(request.headers.authorization)}` }),
    );
    const error = await httpError(send('{}', { url: `${server.url}/clients/abc`, token: 'e' }));
    expect(error.message).toBe(`PATCH ${server.url}/clients/abc failed: 404 Not Found — inexistent_client: The client does not exist`);
    expect(error.body).toEqual({ message: 'The client does not exist', errorCode: 'inexistent_client', echo: 'got Bearer [redacted]' });
  });

  it('a short password next to punctuation is hidden; inside a word it is left', async () => {
    server.respond((_request, response) => json(response, 401, { message: 'pin 1234 refused (1234); attempt 12345 logged as id=1234.' }));
    const error = await httpError(send('{}', { url: `${server.url}/x`, basic: { username: 'api', password: '1234' } }));
    expect((error.body as { message: string }).message).toBe('pin [redacted] refused ([redacted]); attempt 12345 logged as id=[redacted].');
  });
});

describe('the errors handed to onRetry', () => {
  it('are scrubbed the same way', async () => {
    server.respond((request, response) => {
      response.writeHead(503, `Busy ${String(request.headers['x-api-key'])}`, { 'retry-after': '0' });
      response.end();
    });
    const seen: unknown[] = [];
    const client = createClient({ baseURL: server.url, headers: { 'x-api-key': API_KEY }, retry: { limit: 1 } });
    const error = await httpError(client.patch('/x', '{}', { onRetry: (event) => void seen.push(event.error) }));
    expect(seen).toHaveLength(1);
    expect((seen[0] as HttpError).statusText).toBe('Busy [redacted]');
    expectNoLeak([seen, error], [API_KEY]);
  });
});
