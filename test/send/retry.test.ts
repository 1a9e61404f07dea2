import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import type { NetworkError } from '../../src/errors/network-error.js';
import { TimeoutError } from '../../src/errors/timeout-error.js';
import { backoffWait, resolveRetryPolicy, send, serverWait } from '../../src/send/index.js';
import type { RetryEvent } from '../../src/send/index.js';
import { delay, json, unusedPort, useTestServer, rejection } from '../helpers/http-server.js';
import type { Handler } from '../helpers/http-server.js';

const server = useTestServer();

const body = '{"name":"My App"}';
const ok: Handler = (_, response) => json(response, 200, { ok: true });
const tooMany =
  (headers: Record<string, string>): Handler =>
  (_, response) =>
    json(response, 429, { statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' }, headers);
const unavailable: Handler = (_, response) => json(response, 503, { message: 'try later' });

/** Records onRetry events; aborts on the first one when asked, to measure a long wait without sitting through it. */
function recorder(abortOnRetry = false) {
  const events: RetryEvent[] = [];
  const controller = new AbortController();
  return {
    events,
    signal: controller.signal,
    onRetry: (event: RetryEvent) => {
      events.push(event);
      if (abortOnRetry) controller.abort();
    },
  };
}

describe('retrying statuses', () => {
  it('retries 429 and 503 by default, as Retry-After: 0 says', async () => {
    server.respond(tooMany({ 'retry-after': '0' }), unavailable, ok);
    const { events, onRetry } = recorder();
    const result = await send(body, { url: server.url, onRetry, retry: { delay: 1 } });
    expect(result.attempts).toBe(3);
    expect(server.requests.map((request) => request.body)).toEqual([body, body, body]);
    expect(events.map(({ attempt, reason, waitSource }) => [attempt, reason, waitSource])).toEqual([
      [1, 'status', 'retry-after'],
      [2, 'status', 'backoff'],
    ]);
    expect(events[0]?.wait).toBe(0);
    expect(events[0]?.error.message).toBe(`PATCH ${server.url} failed: 429 Too Many Requests — too_many_requests: Global limit has been reached`);
  });

  it('waits as Retry-After in seconds says, and aborts that wait at once', async () => {
    server.respond(tooMany({ 'retry-after': '3' }), ok);
    const { events, onRetry, signal } = recorder(true);
    const started = performance.now();
    const error = await rejection(send(body, { url: server.url, onRetry, signal }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(events.map(({ wait, waitSource }) => [wait, waitSource])).toEqual([[3000, 'retry-after']]);
    expect(server.requests).toHaveLength(1);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const date = new Date(Date.now() + 5000).toUTCString();
    server.respond(tooMany({ 'retry-after': date }), ok);
    const { events, onRetry, signal } = recorder(true);
    await expect(send(body, { url: server.url, onRetry, signal })).rejects.toThrow(DOMException);
    expect(events[0]?.waitSource).toBe('retry-after');
    expect(events[0]?.wait).toBeGreaterThan(3500);
    expect(events[0]?.wait).toBeLessThanOrEqual(5000);
  });

  it('retries at once after a Retry-After date in the past', async () => {
    server.respond(tooMany({ 'retry-after': new Date(Date.now() - 60_000).toUTCString() }), ok);
    const { events, onRetry } = recorder();
    expect((await send(body, { url: server.url, onRetry })).status).toBe(200);
    expect(events.map(({ wait, waitSource }) => [wait, waitSource])).toEqual([[0, 'retry-after']]);
  });

  it('waits until x-ratelimit-reset (epoch seconds) when there is no Retry-After', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 4;
    server.respond(tooMany({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }), ok);
    const { events, onRetry, signal } = recorder(true);
    await expect(send(body, { url: server.url, onRetry, signal })).rejects.toThrow(DOMException);
    expect(events[0]?.waitSource).toBe('x-ratelimit-reset');
    expect(events[0]?.wait).toBeGreaterThan(3000);
    expect(events[0]?.wait).toBeLessThanOrEqual(5000);
  });

  it('retries at once when x-ratelimit-reset has passed', async () => {
    const reset = Math.floor(Date.now() / 1000) - 1;
    server.respond(tooMany({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }), ok);
    const { events, onRetry } = recorder();
    expect((await send(body, { url: server.url, onRetry })).attempts).toBe(2);
    expect(events.map(({ wait, waitSource }) => [wait, waitSource])).toEqual([[0, 'x-ratelimit-reset']]);
  });

  it('does not retry when the server asks for a wait over maxDelay', async () => {
    server.respond(tooMany({ 'retry-after': '3600' }), ok);
    const error = (await rejection(send(body, { url: server.url, retry: { maxDelay: 50 } }))) as HttpError;
    expect(error.message).toBe(
      `PATCH ${server.url} failed: 429 Too Many Requests — too_many_requests: Global limit has been reached; ` +
        'not retried: the server asked to wait 3600000 ms (retry-after), over retry.maxDelay (50 ms)',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after the limit, saying how many attempts were made', async () => {
    server.respond(tooMany({ 'retry-after': '0' }));
    const error = (await rejection(send(body, { url: server.url, retry: 2 }))) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.attempts).toBe(3);
    expect(error.message).toBe(`PATCH ${server.url} failed: 429 Too Many Requests — too_many_requests: Global limit has been reached (after 3 attempts)`);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry with retry: false, nor statuses outside statusCodes', async () => {
    server.respond(tooMany({ 'retry-after': '0' }));
    await expect(send(body, { url: server.url, retry: false })).rejects.toThrow(HttpError);
    expect(server.requests).toHaveLength(1);
    server.reset();
    server.respond((_, response) => json(response, 502, {}), ok);
    await expect(send(body, { url: server.url })).rejects.toThrow(`PATCH ${server.url} failed: 502 Bad Gateway`);
    server.reset();
    server.respond((_, response) => json(response, 502, {}), ok);
    expect((await send(body, { url: server.url, retry: { statusCodes: [408, 502, 504], delay: 1 } })).attempts).toBe(2);
  });
});

describe('backoff', () => {
  it('doubles from delay and caps each wait at maxDelay', async () => {
    server.respond(unavailable);
    const { events, onRetry } = recorder();
    const error = (await rejection(send(body, { url: server.url, onRetry, retry: { limit: 4, delay: 10, maxDelay: 25, jitter: false } }))) as HttpError;
    expect(events.map((event) => event.wait)).toEqual([10, 20, 25, 25]);
    expect(events.every((event) => event.waitSource === 'backoff')).toBe(true);
    expect(error.attempts).toBe(5);
    const gaps = server.requests.slice(1).map((request, index) => request.at - (server.requests[index]?.at ?? 0));
    gaps.forEach((gap, index) => expect(gap).toBeGreaterThanOrEqual((events[index]?.wait ?? 0) - 2));
  });

  it('stops before the sum of waits would pass maxTotalDelay', async () => {
    server.respond(unavailable);
    const { events, onRetry } = recorder();
    const error = (await rejection(send(body, { url: server.url, onRetry, retry: { limit: 5, delay: 10, maxTotalDelay: 25, jitter: false } }))) as HttpError;
    expect(events.map((event) => event.wait)).toEqual([10]);
    expect(error.message).toBe(`PATCH ${server.url} failed: 503 Service Unavailable — try later (after 2 attempts); not retried: a wait of 20 ms would pass retry.maxTotalDelay (25 ms)`);
  });

  it('spreads waits between half and all of the full wait with jitter', () => {
    const policy = resolveRetryPolicy({ delay: 100, maxDelay: 1000 }, 'PATCH');
    expect(backoffWait(policy, 1, () => 0)).toBe(50);
    expect(backoffWait(policy, 1, () => 1)).toBe(100);
    expect(backoffWait(policy, 3, () => 0.5)).toBe(300);
    expect(backoffWait(policy, 10, () => 1)).toBe(1000);
  });

  it('reads the server wait headers', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const wait = (headers: Record<string, string>) => serverWait(new Headers(headers), now);
    expect(wait({ 'retry-after': '2' })).toEqual({ wait: 2000, source: 'retry-after' });
    expect(wait({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' })).toEqual({ wait: 3000, source: 'retry-after' });
    expect(wait({ 'retry-after': 'soon', 'x-ratelimit-reset': String(now / 1000 + 1) })).toEqual({ wait: 1000, source: 'x-ratelimit-reset' });
    expect(wait({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': String(now / 1000 + 1) })).toBeUndefined();
    expect(wait({})).toBeUndefined();
  });

  it('lets an error thrown by onRetry through unchanged', async () => {
    server.respond(unavailable);
    const failure = new Error('stop');
    await expect(
      send(body, {
        url: server.url,
        onRetry: () => {
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts and network errors', () => {
  const slowThenFast: Handler[] = [
    async (_, response) => {
      await delay(5000, response);
      json(response, 200, { slow: true });
    },
    (_, response) => json(response, 200, { fast: true }),
  ];

  it('gives each attempt its own timeout: a slow first attempt, then a fast retry succeeds', async () => {
    server.respond(...slowThenFast);
    const { events, onRetry } = recorder();
    const result = await send(body, { url: server.url, method: 'PUT', timeout: 250, onRetry, retry: { delay: 1 } });
    expect(result.data).toEqual({ fast: true });
    expect(result.attempts).toBe(2);
    expect(events.map(({ reason, error }) => [reason, error.message])).toEqual([['timeout', `PUT ${server.url} timed out after 250 ms`]]);
  });

  it('does not retry a PATCH that timed out unless asked to', async () => {
    server.respond(...slowThenFast);
    const error = (await rejection(send(body, { url: server.url, timeout: 250 }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe(`PATCH ${server.url} timed out after 250 ms`);
    expect([error.timeout, error.attempts]).toEqual([250, 1]);
    expect(server.requests).toHaveLength(1);
    server.reset();
    server.respond(...slowThenFast);
    expect((await send(body, { url: server.url, timeout: 250, retry: { networkErrors: true, delay: 1 } })).attempts).toBe(2);
  });

  it('counts the body in the timeout', async () => {
    server.respond(async (_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":');
      await delay(1000, response);
      response.end('true}');
    });
    await expect(send(body, { url: server.url, timeout: 50 })).rejects.toThrow(new TimeoutError({ method: 'PATCH', url: server.url, timeout: 50, attempts: 1 }));
  });

  it('passes the platform AbortError through when the caller aborts during a request', async () => {
    server.respond(async (_, response) => {
      await delay(1000, response);
      json(response, 200, {});
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    const error = await rejection(send(body, { url: server.url, signal: controller.signal, timeout: 5000 }));
    expect(performance.now() - started).toBeLessThan(800);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    const reason = new Error('user cancelled');
    const custom = new AbortController();
    setTimeout(() => custom.abort(reason), 30);
    await expect(send(body, { url: server.url, signal: custom.signal })).rejects.toBe(reason);
  });

  it('makes no request with a signal already aborted', async () => {
    await expect(send(body, { url: server.url, signal: AbortSignal.abort() })).rejects.toThrow(DOMException);
    expect(server.requests).toHaveLength(0);
  });

  it('retries network errors for idempotent methods, or when asked', async () => {
    const url = `http://127.0.0.1:${await unusedPort()}/x`;
    const patch = (await rejection(send(body, { url, retry: { delay: 1 } }))) as NetworkError;
    expect(patch.attempts).toBe(1);
    const put = (await rejection(send(body, { url, method: 'PUT', retry: { delay: 1 } }))) as NetworkError;
    expect(put.attempts).toBe(3);
    expect(put.message).toMatch(/^PUT http:\/\/127\.0\.0\.1:\d+\/x failed: connect ECONNREFUSED 127\.0\.0\.1:\d+ \(after 3 attempts\)$/);
    const { events, onRetry } = recorder();
    const optedIn = (await rejection(send(body, { url, onRetry, retry: { delay: 1, limit: 1, networkErrors: true } }))) as NetworkError;
    expect(optedIn.attempts).toBe(2);
    expect(events.map((event) => event.reason)).toEqual(['network']);
  });

  it('has no time limit with timeout: false', async () => {
    server.respond(async (_, response) => {
      await delay(30, response);
      json(response, 200, { done: true });
    });
    expect((await send(body, { url: server.url, timeout: false })).data).toEqual({ done: true });
  });
});
