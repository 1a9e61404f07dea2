import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { NetworkError } from '../../src/errors/network-error.js';
import { TemplateError } from '../../src/errors/template-error.js';
import { isPathpatchError } from '../../src/errors/pathpatch-error.js';
import { send } from '../../src/send/index.js';
import { json, unusedPort, useTestServer, rejection } from '../helpers/http-server.js';

const server = useTestServer();

const body = { emit: () => '{"name":"My App","callbacks":["https://app.example/cb"]}' };

describe('send() request', () => {
  it('PATCHes the emitted text with JSON headers and a bearer token', async () => {
    server.respond((_, response) => json(response, 200, { client_id: 'abc', name: 'My App' }));
    const result = await send<{ client_id: string; name: string }>(body, {
      url: `${server.url}/api/v2/clients/:id`,
      params: { id: 'abc' },
      token: 'tok-123',
    });
    expect(result.status).toBe(200);
    expect(result.statusText).toBe('OK');
    expect(result.data).toEqual({ client_id: 'abc', name: 'My App' });
    expect(result.attempts).toBe(1);
    expect(result.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const [request] = server.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe('/api/v2/clients/abc');
    expect(request?.body).toBe(body.emit());
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['accept']).toBe('application/json');
    expect(request?.headers['authorization']).toBe('Bearer tok-123');
  });

  it('sends already emitted text, other methods, basic auth and extra headers', async () => {
    server.respond((_, response) => json(response, 201, { ok: true }));
    const result = await send('{"a":1}', {
      url: `${server.url}/things`,
      method: 'post',
      basic: { username: 'api', password: 'pässword' },
      headers: { 'x-request-id': 'r1', 'content-type': 'application/merge-patch+json', accept: undefined },
    });
    expect(result.status).toBe(201);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.body).toBe('{"a":1}');
    expect(request?.headers['authorization']).toBe(`Basic ${Buffer.from('api:pässword').toString('base64')}`);
    expect(request?.headers['x-request-id']).toBe('r1');
    expect(request?.headers['content-type']).toBe('application/merge-patch+json');
  });

  it('lets token win over an Authorization header', async () => {
    server.respond((_, response) => json(response, 200, {}));
    await send('{}', { url: server.url, token: 't', headers: { Authorization: 'Bearer other' } });
    expect(server.requests[0]?.headers['authorization']).toBe('Bearer t');
  });

  it('fills vars, params and query, each encoded for its place', async () => {
    server.respond((_, response) => json(response, 200, {}));
    const port = new URL(server.url).port;
    await send(body, {
      url: 'http://{{host}}:{{port}}/api/{{v}}/clients/:id',
      vars: { host: '127.0.0.1', port, v: 'v2' },
      params: { id: 'auth0|a/b c' },
      query: { fields: 'name,callbacks', include_fields: true },
    });
    expect(server.requests[0]?.url).toBe('/api/v2/clients/auth0%7Ca%2Fb%20c?fields=name%2Ccallbacks&include_fields=true');
  });

  it('throws a TemplateError before any request', async () => {
    const error = await rejection(send(body, { url: `${server.url}/clients/:id` }));
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as Error).message).toBe(`no value for :id in URL template "${server.url}/clients/:id"`);
    expect(isPathpatchError(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it('rejects invalid options with a TypeError before any request', async () => {
    const url = server.url;
    await expect(send(body, { url, method: 'GET' })).rejects.toThrow(new TypeError('send() always sends a body, and a GET request cannot have one'));
    await expect(send(body, { url, method: 'BAD METHOD' })).rejects.toThrow(new TypeError('method must be an HTTP method token, got "BAD METHOD"'));
    await expect(send(body, { url, token: 'a b' })).rejects.toThrow(
      new TypeError('token must be non-empty visible ASCII text (no spaces or line breaks)'),
    );
    await expect(send(body, { url, token: 't', basic: { username: 'u', password: 'p' } })).rejects.toThrow(
      new TypeError('pass either token or basic, not both'),
    );
    await expect(send(body, { url, headers: { 'x-api-key': 'line\nbreak' } })).rejects.toThrow(
      new TypeError('headers: the value of "x-api-key" is not a valid header value (expected no CR, LF, NUL or character above U+00FF); the value is not shown, as it may hold a credential'),
    );
    await expect(send(body, { url, timeout: 0 })).rejects.toThrow(new TypeError('timeout must be a positive number of milliseconds or false, got 0'));
    await expect(send(body, { url, retry: -1 })).rejects.toThrow(new TypeError('retry.limit must be a non-negative integer, got -1'));
    expect(server.requests).toHaveLength(0);
  });

  it('lets an error from emit() through unchanged', async () => {
    const failure = new RangeError('builder failed');
    await expect(send({ emit: () => { throw failure; } }, { url: server.url })).rejects.toBe(failure);
  });
});

describe('send() responses', () => {
  it('parses JSON by content type, including +json, and returns text otherwise', async () => {
    server.respond(
      (_, response) => json(response, 200, { a: 1 }, { 'content-type': 'application/vnd.api+json' }),
      (_, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('{"not":"parsed"}');
      },
      (_, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('<html>proxy page</html>');
      },
      (_, response) => {
        response.writeHead(204);
        response.end();
      },
    );
    const url = server.url;
    expect((await send(body, { url })).data).toEqual({ a: 1 });
    expect((await send(body, { url })).data).toBe('{"not":"parsed"}');
    expect((await send(body, { url })).data).toBe('<html>proxy page</html>');
    const empty = await send(body, { url });
    expect([empty.status, empty.statusText, empty.data]).toEqual([204, 'No Content', '']);
  });

  it('follows a redirect and reports the final response', async () => {
    server.respond(
      (_, response) => {
        response.writeHead(308, { location: '/moved' });
        response.end();
      },
      (_, response) => json(response, 200, { moved: true }),
    );
    const result = await send(body, { url: `${server.url}/old` });
    expect(result.data).toEqual({ moved: true });
    expect(server.requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ['PATCH', '/old', body.emit()],
      ['PATCH', '/moved', body.emit()],
    ]);
  });

  it('throws an HttpError for a 3xx it cannot follow', async () => {
    server.respond((_, response) => {
      response.writeHead(300, { 'content-type': 'text/plain' });
      response.end('pick one');
    });
    const error = (await rejection(send(body, { url: `${server.url}/x` }))) as HttpError;
    expect(error.message).toBe(`PATCH ${server.url}/x failed: 300 Multiple Choices — pick one`);
  });

  it('throws an HttpError with the Auth0 error body in its message for 4xx', async () => {
    const auth0 = {
      statusCode: 403,
      error: 'Forbidden',
      message: 'Insufficient scope, expected any of: update:clients',
      errorCode: 'insufficient_scope',
    };
    server.respond((_, response) => json(response, 403, auth0));
    const error = (await rejection(send(body, { url: `${server.url}/api/v2/clients/:id`, params: { id: 'abc' }, token: 't0k3n' }))) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.name).toBe('HttpError');
    expect(error.message).toBe(
      `PATCH ${server.url}/api/v2/clients/abc failed: 403 Forbidden — insufficient_scope: Insufficient scope, expected any of: update:clients`,
    );
    expect(error.status).toBe(403);
    expect(error.statusText).toBe('Forbidden');
    expect(error.body).toEqual(auth0);
    expect(error.method).toBe('PATCH');
    expect(error.url).toBe(`${server.url}/api/v2/clients/abc`);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('throws an HttpError for 5xx, with a text body, and does not retry 500', async () => {
    server.respond((_, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('<h1>Internal error</h1>\n<p>trace…</p>');
    });
    const error = (await rejection(send(body, { url: `${server.url}/x` }))) as HttpError;
    expect(error.message).toBe(`PATCH ${server.url}/x failed: 500 Internal Server Error — <h1>Internal error</h1>`);
    expect(error.body).toBe('<h1>Internal error</h1>\n<p>trace…</p>');
    expect(server.requests).toHaveLength(1);
  });

  it('shows a message-only JSON body and a status without text', async () => {
    server.respond(
      (_, response) => json(response, 400, { message: 'bad input' }),
      (_, response) => {
        response.writeHead(418, '');
        response.end();
      },
    );
    expect(((await rejection(send(body, { url: server.url }))) as Error).message).toBe(`PATCH ${server.url} failed: 400 Bad Request — bad input`);
    expect(((await rejection(send(body, { url: server.url }))) as Error).message).toBe(`PATCH ${server.url} failed: 418`);
  });

  it('throws a NetworkError with the system code when the connection is refused', async () => {
    const port = await unusedPort();
    const error = (await rejection(send(body, { url: `http://127.0.0.1:${port}/api` }))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toBe(`PATCH http://127.0.0.1:${port}/api failed: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.attempts).toBe(1);
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).toBe('fetch failed');
  });
});
