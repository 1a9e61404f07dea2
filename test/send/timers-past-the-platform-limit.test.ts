// The platform fires a setTimeout longer than 2^31 − 1 ms after 1 ms: a `timeout` of 2^31 ended every
// attempt at once ("timed out after 2147483648 ms"), and with such a retry.maxDelay a server's
// Retry-After of 25 days was retried a millisecond later. Both are refused before any request.
import { describe, expect, it } from 'vitest';
import { send } from '../../src/send/index.js';
import { json, useTestServer } from '../helpers/http-server.js';

const server = useTestServer();

describe('waits longer than a timer can hold', () => {
  it('refuses a timeout over 2147483647 ms before any request', async () => {
    server.respond((_request, response) => json(response, 200, { ok: true }));
    await expect(send('{}', { url: server.url, timeout: 2 ** 31 })).rejects.toThrow(
      new TypeError('timeout must be at most 2147483647 ms (the longest timer the platform keeps) or false, got 2147483648'),
    );
    await expect(send('{}', { url: server.url, retry: { maxDelay: 2 ** 40 } })).rejects.toThrow(
      new TypeError('retry.maxDelay must be at most 2147483647 ms (the longest timer the platform keeps), got 1099511627776'),
    );
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the longest timeout a timer can hold', async () => {
    server.respond((_request, response) => json(response, 200, { ok: true }));
    const result = await send('{}', { url: server.url, timeout: 2 ** 31 - 1, retry: { maxDelay: 2 ** 31 - 1 } });
    expect(result.data).toEqual({ ok: true });
  });
});
