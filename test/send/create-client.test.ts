import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { createClient } from '../../src/send/index.js';
import type { RetryEvent } from '../../src/send/index.js';
import { json, useTestServer } from '../helpers/http-server.js';

const server = useTestServer();

const body = { emit: () => '{"name":"x"}' };

describe('createClient', () => {
  it('shares baseURL, vars, auth, headers and query between calls', async () => {
    server.respond((request, response) => json(response, 200, { url: request.url }));
    const port = new URL(server.url).port;
    const client = createClient({
      baseURL: 'http://127.0.0.1:{{port}}/api/v2/',
      vars: { port },
      token: 'shared',
      headers: { 'x-tenant': 'a', 'x-trace': 'client' },
      query: { include_fields: true },
    });
    const patched = await client.patch<{ url: string }>('/clients/:id', body, { params: { id: 'abc' }, headers: { 'x-trace': 'call' } });
    expect(patched.data.url).toBe('/api/v2/clients/abc?include_fields=true');
    const posted = await client.send(body, { url: 'clients', method: 'POST', basic: { username: 'u', password: 'p' }, query: { include_fields: false } });
    expect(posted.status).toBe(200);
    expect(server.requests.map((request) => [request.method, request.url, request.headers['authorization'], request.headers['x-tenant'], request.headers['x-trace']])).toEqual([
      ['PATCH', '/api/v2/clients/abc?include_fields=true', 'Bearer shared', 'a', 'call'],
      ['POST', '/api/v2/clients?include_fields=false', `Basic ${Buffer.from('u:p').toString('base64')}`, 'a', 'client'],
    ]);
  });

  it('merges retry options and keeps the client timeout unless the call sets one', async () => {
    server.respond((_, response) => json(response, 503, {}, { 'retry-after': '0' }));
    const events: RetryEvent[] = [];
    const client = createClient({ baseURL: server.url, retry: { limit: 3 }, onRetry: (event) => void events.push(event) });
    const error = await client.patch('/x', body, { retry: { maxTotalDelay: 10 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).attempts).toBe(4);
    expect(events).toHaveLength(3);
    server.reset();
    server.respond((_, response) => json(response, 503, {}, { 'retry-after': '0' }));
    await expect(client.patch('/x', body, { retry: false })).rejects.toThrow(`PATCH ${server.url}/x failed: 503 Service Unavailable`);
    expect(server.requests).toHaveLength(1);
  });

  it('uses an absolute call URL as is', async () => {
    server.respond((_, response) => json(response, 200, {}));
    const client = createClient({ baseURL: 'https://elsewhere.example/api' });
    await client.send(body, { url: `${server.url}/direct` });
    expect(server.requests[0]?.url).toBe('/direct');
  });
});
