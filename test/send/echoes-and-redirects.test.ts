import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError, send } from '../../src/index.js';
import { isSecretName, serverWait } from '../../src/send/index.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

// An echoed Authorization credential, redirects to other origins and to the same one, secret names, Retry-After forms.
let api: TestServer;
let other: TestServer;

beforeEach(async () => {
  api = await startTestServer();
  other = await startTestServer();
});

afterEach(async () => {
  await api.close();
  await other.close();
});

function everything(error: unknown): string {
  const e = error as Error;
  return [e.message, e.stack, inspect(e, { depth: 10, showHidden: true }), JSON.stringify(e)].join('\n');
}

describe('send(): echoed credentials and redirects', () => {
  it('scrubs the credential of an Authorization header when the server echoes it alone', async () => {
    api.respond((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Invalid token sk_live_ABC123xyz', errorCode: 'invalid_token' }));
    });
    const error = await send('{}', { url: `${api.url}/x`, headers: { authorization: 'Bearer sk_live_ABC123xyz' }, retry: { limit: 0 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(everything(error)).not.toContain('sk_live_ABC123xyz');
    expect((error as HttpError).message).toContain('invalid_token: Invalid token [redacted]');
  });

  it('does not follow a redirect to another origin, so the body and secret headers stay home', async () => {
    api.respond((_request, response) => {
      response.writeHead(307, { location: `${other.url}/steal` });
      response.end();
    });
    const error = await send('{"client_secret":"s3cret"}', { url: `${api.url}/x`, headers: { 'x-api-key': 'KEY456' }, retry: { limit: 0 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(307);
    expect(other.requests).toHaveLength(0);
  });

  it('still follows a redirect on the same origin, keeping method and body', async () => {
    api.respond(
      (_request, response) => {
        response.writeHead(307, { location: '/moved' });
        response.end();
      },
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"ok":true}');
      },
    );
    const result = await send('{"a":1}', { url: `${api.url}/old` });
    expect(result.data).toEqual({ ok: true });
    expect(api.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['PATCH', '/old', '{"a":1}'],
      ['PATCH', '/moved', '{"a":1}'],
    ]);
  });
});

describe('secret names and Retry-After', () => {
  it.each(['sessionid', 'SESSIONID', 'PHPSESSID', 'jsessionid', 'authkey', 'userpwd', 'bearer'])('%s is a secret name', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each(['1.5', '-1', 'soon', '+5'])('ignores an invalid Retry-After %j (falls back to backoff)', (value) => {
    expect(serverWait(new Headers({ 'retry-after': value }))).toBeUndefined();
  });

  it('reads both HTTP-date forms it is given', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(serverWait(new Headers({ 'retry-after': 'Wed, 21 Oct 2015 07:28:05 GMT' }), now)).toEqual({ wait: 5000, source: 'retry-after' });
    expect(serverWait(new Headers({ 'retry-after': 'Wednesday, 21-Oct-15 07:28:02 GMT' }), now)).toEqual({ wait: 2000, source: 'retry-after' });
  });
});
