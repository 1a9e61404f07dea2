import { inspect } from 'node:util';
import { FetchError } from 'ofetch';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { NetworkError } from '../../src/errors/network-error.js';
import { TemplateError } from '../../src/errors/template-error.js';
import { TimeoutError } from '../../src/errors/timeout-error.js';
import { createClient, isSecretName, redactUrl, send } from '../../src/send/index.js';
import type { RetryEvent, SendOptions } from '../../src/send/index.js';
import { Scrubber } from '../../src/send/scrubber.js';
import { delay, json, unusedPort, useTestServer, rejection } from '../helpers/http-server.js';

const server = useTestServer();

const TOKEN = 'tok.SECRET.eyJhbGciOi';
const PASSWORD = 'pw SECRET ünï:code';
const API_KEY = 'key-SECRET-3';
const QUERY_TOKEN = 'q SECRET/4+';
const HOOK = 'hook-SECRET-5';
const CLIENT_SECRET = 'cs-SECRET-6';
const BASIC = Buffer.from(`api:${PASSWORD}`).toString('base64');
const FORBIDDEN = [TOKEN, PASSWORD, API_KEY, QUERY_TOKEN, HOOK, CLIENT_SECRET, BASIC, encodeURIComponent(QUERY_TOKEN), 'SECRET'];

const body = JSON.stringify({ name: 'My App', client_secret: CLIENT_SECRET, jwt_configuration: { alg: 'RS256' } });

/** Every text one can get out of a thrown value: message, stack, cause chain, inspect, JSON, every own property. */
function everything(value: unknown, seen = new Set<unknown>(), depth = 0): string[] {
  if (value === null || value === undefined || depth > 6) return [];
  if (typeof value !== 'object' && typeof value !== 'function') return [inspect(value)];
  if (seen.has(value)) return [];
  seen.add(value);
  const texts = [inspect(value, { showHidden: true, depth: 8, getters: true }), safeJson(value)];
  if (value instanceof Error) texts.push(value.message, value.stack ?? '', String(value));
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    texts.push(String(key));
    if (descriptor !== undefined && 'value' in descriptor) texts.push(...everything(descriptor.value, seen, depth + 1));
    else if (descriptor?.get !== undefined) texts.push(...everything(descriptor.get.call(value), seen, depth + 1));
  }
  return texts;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

function expectNoSecret(value: unknown): void {
  const text = everything(value).join('\n');
  for (const secret of FORBIDDEN) expect(text, `leaked ${secret}`).not.toContain(secret);
}

function secretOptions(url: string, auth: 'token' | 'basic' = 'token'): SendOptions {
  return {
    url: `${url}/hooks/{{webhook_secret}}/clients/:id?access_token={{query_token}}&page=1`,
    vars: { webhook_secret: HOOK, query_token: QUERY_TOKEN },
    params: { id: 'abc' },
    query: { api_key: API_KEY, fields: 'name' },
    headers: { 'x-api-key': API_KEY },
    ...(auth === 'token' ? { token: TOKEN } : { basic: { username: 'api', password: PASSWORD } }),
  };
}

describe('secrets never ride on errors', () => {
  it('HttpError: a server that echoes headers, URL and body gets them scrubbed', async () => {
    for (const auth of ['token', 'basic'] as const) {
      server.reset();
      server.respond((request, response) =>
        json(response, 401, {
          statusCode: 401,
          error: 'Unauthorized',
          message: `Invalid token ${request.headers['authorization'] ?? ''} for ${request.url}`,
          errorCode: 'invalid_token',
          echo: { headers: request.headers, body: request.body, parsed: JSON.parse(request.body) as unknown },
        }),
      );
      const error = (await rejection(send(body, secretOptions(server.url, auth)))) as HttpError;
      expect(error).toBeInstanceOf(HttpError);
      expect(error.url).toBe(`${server.url}/hooks/[redacted]/clients/abc?access_token=[redacted]&page=1&api_key=[redacted]&fields=name`);
      expect(error.message).toBe(
        `PATCH ${error.url} failed: 401 Unauthorized — invalid_token: Invalid token ${auth === 'token' ? 'Bearer' : 'Basic'} [redacted] for ` +
          '/hooks/[redacted]/clients/abc?access_token=[redacted]&page=1&api_key=[redacted]&fields=name',
      );
      expectNoSecret(error);
      // The request did carry them: only the error is clean.
      expect(server.requests[0]?.url).toContain(encodeURIComponent(HOOK));
    }
  });

  it('TimeoutError', async () => {
    server.respond(async (_, response) => {
      await delay(500, response);
      json(response, 200, {});
    });
    const error = await rejection(send(body, { ...secretOptions(server.url), timeout: 20 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expectNoSecret(error);
  });

  it('NetworkError, refused and cut off, and its cause chain', async () => {
    const refused = await rejection(send(body, secretOptions(`http://127.0.0.1:${await unusedPort()}`)));
    expect(refused).toBeInstanceOf(NetworkError);
    expect((refused as Error).cause).toBeInstanceOf(Error);
    expectNoSecret(refused);
    server.respond((_, response) => void response.socket?.destroy());
    const cut = await rejection(send(body, secretOptions(server.url)));
    expect(cut).toBeInstanceOf(NetworkError);
    expectNoSecret(cut);
  });

  it('TemplateError and option errors', async () => {
    const template = await rejection(send(body, { ...secretOptions(server.url), vars: { query_token: QUERY_TOKEN } }));
    expect(template).toBeInstanceOf(TemplateError);
    expectNoSecret(template);
    const literal = await rejection(send(body, { url: `${server.url}/:id?token=${API_KEY}`, token: TOKEN }));
    expect((literal as Error).message).toBe(`no value for :id in URL template "${server.url}/:id?token=[redacted]"`);
    expectNoSecret(literal);
    const badHeader = await rejection(send(body, { url: server.url, headers: { authorization: `Bearer ${TOKEN}\nX: y` } }));
    expect(badHeader).toBeInstanceOf(TypeError);
    expectNoSecret(badHeader);
    const badToken = await rejection(send(body, { url: server.url, token: `${TOKEN} x` }));
    expectNoSecret(badToken);
  });

  it('the errors handed to onRetry, from a client with shared secrets', async () => {
    server.respond((request, response) => json(response, 503, { message: `busy, ${String(request.headers['x-api-key'])}` }, { 'retry-after': '0' }));
    const events: RetryEvent[] = [];
    const client = createClient({ baseURL: server.url, token: TOKEN, headers: { 'x-api-key': API_KEY }, retry: { limit: 1 } });
    const error = await rejection(client.patch('/clients/:id', body, { params: { id: 'abc' }, onRetry: (event) => void events.push(event) }));
    expect(events).toHaveLength(1);
    expect(events[0]?.error.message).toBe(`PATCH ${server.url}/clients/abc failed: 503 Service Unavailable — busy, [redacted]`);
    expectNoSecret(events);
    expectNoSecret(error);
  });
});

describe('redaction helpers', () => {
  it('recognises secret names', () => {
    const secret = ['token', 'access_token', 'X-Api-Key', 'apiKey', 'client_secret', 'password', 'sig', 'X-Amz-Signature', 'code', 'Authorization', 'masterkey', 'sasKey'];
    const plain = ['page', 'fields', 'include_fields', 'errorCode', 'monkey', 'name', 'q', 'id'];
    expect(secret.filter((name) => !isSecretName(name))).toEqual([]);
    expect(plain.filter((name) => isSecretName(name))).toEqual([]);
  });

  it('redacts URLs and templates', () => {
    expect(redactUrl('https://u:p@api.example/x?token=abc&page=2&sig=z#f')).toBe('https://api.example/x?token=[redacted]&page=2&sig=[redacted]#f');
    expect(redactUrl('https://{{domain}}/x?api_key={{key}}')).toBe('https://{{domain}}/x?api_key=[redacted]');
  });

  it('copies an error chain without its extra fields, ofetch FetchError included', () => {
    const system = Object.assign(new Error(`connect failed for Bearer ${TOKEN}`), { code: 'ECONNRESET', config: { headers: { authorization: TOKEN } } });
    const fetchError = new FetchError(`[PATCH] "https://x.example/?token=${API_KEY}": <no response>`, { cause: new TypeError('fetch failed', { cause: system }) });
    Object.defineProperty(fetchError, 'options', { get: () => ({ headers: { authorization: `Bearer ${TOKEN}` } }) });
    // The check itself would catch the original: its getters expose the headers.
    expect(() => expectNoSecret(fetchError)).toThrow(/leaked/);
    const copy = new Scrubber([TOKEN, API_KEY]).error(fetchError);
    expect(copy.message).toBe('[PATCH] "https://x.example/?token=[redacted]": <no response>');
    expect((copy.cause as Error).message).toBe('fetch failed');
    expect(((copy.cause as Error).cause as Error & { code: string }).code).toBe('ECONNRESET');
    expectNoSecret(copy);
  });
});
