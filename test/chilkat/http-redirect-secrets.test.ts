import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Http } from '../../src/chilkat-http.js';

// A redirect to another host must not carry one's own secret headers there (a review showed X-Api-Key and
// a custom Authorization following a 302 to another port).
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

async function listen(handler: (url: string, headers: IncomingHttpHeaders, reply: (status: number, headers: Record<string, string>) => void) => void): Promise<number> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => handler(request.url ?? '', request.headers, (status, headers) => response.writeHead(status, headers).end('{}')));
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

describe('Http redirects to another host', () => {
  it('drop secret-looking headers of one\'s own and keep the others', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const other = await listen((_url, headers, reply) => {
      seen.push(headers);
      reply(200, { 'content-type': 'application/json' });
    });
    const first = await listen((_url, headers, reply) => {
      seen.push(headers);
      reply(302, { location: `http://localhost:${other}/after` });
    });
    const http = new Http();
    http.SetRequestHeader('X-Api-Key', 'KEY-SECRET');
    http.SetRequestHeader('Authorization', 'Bearer HEADER-SECRET');
    http.SetRequestHeader('X-Trace', 'abc');
    const response = await http.QuickGetStr(`http://127.0.0.1:${first}/start`);
    expect(response).toBe('{}');
    expect(seen[0]).toMatchObject({ 'x-api-key': 'KEY-SECRET', authorization: 'Bearer HEADER-SECRET', 'x-trace': 'abc' });
    expect(seen[1]?.['x-trace']).toBe('abc');
    expect(seen[1]?.['x-api-key']).toBeUndefined();
    expect(seen[1]?.authorization).toBeUndefined();
  });
});
