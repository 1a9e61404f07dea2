import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { send } from '../../src/send/index.js';
import type { RetryEvent, SendOptions } from '../../src/send/index.js';
import { applyMergePatch, startMockAuth0 } from '../../src/testing.js';
import type { MockAuth0 } from '../../src/testing.js';
import { clientUpdateSchema, validate } from '../../src/testing/index.js';

let auth0: MockAuth0;
beforeEach(async () => {
  auth0 = await startMockAuth0();
});
afterEach(() => auth0.close());

const options = (extra: Partial<SendOptions> = {}): SendOptions => ({
  url: `${auth0.url}/api/v2/clients/:id`,
  params: { id: auth0.clientId },
  token: auth0.token,
  ...extra,
});

async function httpError(body: unknown, extra: Partial<SendOptions> = {}): Promise<HttpError> {
  try {
    await send(JSON.stringify(body), options(extra));
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    return error as HttpError;
  }
  throw new Error('expected an HttpError');
}

describe('startMockAuth0', () => {
  it('answers 404 to a malformed escape in the client id instead of crashing the process', async () => {
    const response = await fetch(`${auth0.url}/api/v2/clients/%E0%A4%A`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${auth0.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, errorCode: 'inexistent_client' });
  });

  it('merges the update into the stored client (JSON Merge Patch) and returns the whole client', async () => {
    const update = {
      name: 'My App',
      callbacks: ['https://app.example/a', 'https://app.example/b'],
      jwt_configuration: { lifetime_in_seconds: 3600 },
      client_metadata: { team: 'identity' },
      cross_origin_loc: null,
    };
    const { status, data } = await send<Record<string, unknown>>(JSON.stringify(update), options());
    expect(status).toBe(200);
    expect(data['client_id']).toBe(auth0.clientId);
    expect(data['name']).toBe('My App');
    expect(data['callbacks']).toEqual(['https://app.example/a', 'https://app.example/b']);
    expect(data['jwt_configuration']).toEqual({ lifetime_in_seconds: 3600, secret_encoded: false, alg: 'RS256' });
    expect(auth0.client()).toEqual(data);
    await send(JSON.stringify({ client_metadata: { team: null }, callbacks: [] }), options());
    expect(auth0.client()?.['client_metadata']).toEqual({});
    expect(auth0.client()?.['callbacks']).toEqual([]);
  });

  it('records requests with credentials redacted', async () => {
    await send('{"sso":true}', options({ headers: { 'x-api-key': 'k' } }));
    expect(auth0.requests).toHaveLength(1);
    const [request] = auth0.requests;
    expect(request).toMatchObject({
      method: 'PATCH',
      url: `/api/v2/clients/${auth0.clientId}`,
      body: '{"sso":true}',
      json: { sso: true },
      authorized: true,
      status: 200,
    });
    expect(request?.headers['authorization']).toBe('Bearer [redacted]');
    expect(request?.headers['x-api-key']).toBe('[redacted]');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.stringify(auth0.requests)).not.toContain(auth0.token);
  });

  it('checks the bearer token', async () => {
    const wrong = await httpError({ name: 'x' }, { token: 'not-the-token' });
    expect(wrong.message).toBe(`PATCH ${auth0.url}/api/v2/clients/${auth0.clientId} failed: 401 Unauthorized — invalid_token: Invalid token`);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid token', errorCode: 'invalid_token' });
    const missing = await httpError({ name: 'x' }, { token: undefined });
    expect(missing.message).toContain('401 Unauthorized — missing_authentication: Missing authentication');
    expect(auth0.requests.map((request) => request.authorized)).toEqual([false, false]);
  });

  it('refuses unknown fields, wrong types and bad enum values with 400 invalid_body', async () => {
    const message = async (body: unknown) => ((await httpError(body)).body as { message: string }).message;
    const unknown = await httpError({ name: 'ok', resource_servers: [] });
    expect(unknown.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: "Payload validation error: 'Additional properties not allowed: resource_servers'.",
      errorCode: 'invalid_body',
    });
    expect(unknown.message).toBe(
      `PATCH ${auth0.url}/api/v2/clients/${auth0.clientId} failed: 400 Bad Request — invalid_body: Payload validation error: 'Additional properties not allowed: resource_servers'.`,
    );
    expect(await message({ sso: 'yes' })).toBe("Payload validation error: 'Expected type boolean but found type string' on property sso.");
    expect(await message({ app_type: '' })).toBe(`Payload validation error: 'No enum match for: ""' on property app_type.`);
    expect(await message({ jwt_configuration: { alg: 'none' } })).toBe(`Payload validation error: 'No enum match for: "none"' on property jwt_configuration.alg.`);
    expect(await message({ jwt_configuration: { lifetime_in_seconds: 1.5 } })).toBe(
      "Payload validation error: 'Expected type integer but found type number' on property jwt_configuration.lifetime_in_seconds.",
    );
    expect(await message({ callbacks: ['https://a.example', 7] })).toBe("Payload validation error: 'Expected type string but found type integer' on property callbacks[1].");
    expect(await message({ addons: { rms: {} } })).toBe("Payload validation error: 'Missing required property: url' on property addons.rms.");
    expect(await message({ addons: { unknown_addon: {} } })).toBe("Payload validation error: 'Additional properties not allowed: unknown_addon' on property addons.");
    expect(await message({ name: null })).toBe("Payload validation error: 'Expected type string but found type null' on property name.");
    expect(await message({ name: 'a<b' })).toBe("Payload validation error: 'String does not match pattern: ^[^<>]+$' on property name.");
    expect(await message({ description: 'x'.repeat(141) })).toBe("Payload validation error: 'String is too long (141 chars), maximum 140' on property description.");
    expect(await message({ initiate_login_uri: 'http://app.example/login' })).toBe(
      "Payload validation error: 'String does not match pattern: ^https:\\/\\/' on property initiate_login_uri.",
    );
    expect(await message([])).toBe("Payload validation error: 'Expected type object but found type array'.");
    expect(auth0.requests.every((request) => request.status === 400)).toBe(true);
    expect(auth0.client()?.['name']).toBe('Legacy App');
  });

  it('accepts open objects, nullable fields and maps as the schema says', async () => {
    const update = {
      jwt_configuration: { alg: 'RS256', scopes: {}, extra: 1 },
      mobile: { ios: { team_id: 'T1', other: true } },
      refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring', leeway: 0 },
      organization_usage: null,
      addons: { samlp: { mappings: { email: 'http://schemas.example/email' } }, sharepoint: { external_url: ['https://a.example'] }, oag: null },
      client_metadata: { a: '1', b: null },
    };
    expect((await send(JSON.stringify(update), options())).status).toBe(200);
  });

  it('answers the legacy seed body with 400: its template placeholders are not valid values', async () => {
    // The Postman body of the legacy script, kept here so the test needs nothing outside the repository.
    const seedBody = JSON.parse(readFileSync(new URL('seed-body.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(seedBody)).toContain('resource_servers');
    const error = await httpError(seedBody);
    expect((error.body as { message: string }).message).toBe("Payload validation error: 'String is too short (0 chars), minimum 1' on property name.");
  });

  it('asks for the scopes a field needs', async () => {
    await auth0.close();
    auth0 = await startMockAuth0({ token: 'fixed', scopes: ['update:clients'] });
    expect(auth0.token).toBe('fixed');
    expect((await httpError({ client_secret: 'new' })).message).toBe(
      `PATCH ${auth0.url}/api/v2/clients/${auth0.clientId} failed: 403 Forbidden — insufficient_scope: Insufficient scope, expected any of: update:client_keys`,
    );
    await auth0.close();
    auth0 = await startMockAuth0({ scopes: [] });
    expect((await httpError({ name: 'x' })).message).toBe(
      `PATCH ${auth0.url}/api/v2/clients/${auth0.clientId} failed: 403 Forbidden — insufficient_scope: Insufficient scope, expected any of: update:clients`,
    );
  });

  it('rate-limits the next n requests with 429 and x-ratelimit headers', async () => {
    auth0.rateLimit(2, { retryAfter: 0 });
    const events: RetryEvent[] = [];
    const result = await send('{"name":"After the limit"}', options({ onRetry: (event) => void events.push(event) }));
    expect(result.attempts).toBe(3);
    expect(auth0.requests.map((request) => request.status)).toEqual([429, 429, 200]);
    expect(events.map((event) => [event.wait, event.waitSource])).toEqual([
      [0, 'retry-after'],
      [0, 'retry-after'],
    ]);
    auth0.rateLimit(1);
    const before = Math.ceil(Date.now() / 1000);
    const response = await fetch(`${auth0.url}/api/v2/clients/${auth0.clientId}`, { headers: { authorization: `Bearer ${auth0.token}` } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.headers.get('x-ratelimit-limit')).toBe('50');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(before + 1);
    expect(await response.json()).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.',
      errorCode: 'too_many_requests',
    });
  });

  it('answers unknown clients, other media types, bad JSON and reads', async () => {
    expect((await httpError({ name: 'x' }, { params: { id: 'nope' } })).message).toContain('404 Not Found — inexistent_client: The client does not exist');
    expect((await httpError({ name: 'x' }, { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect(((await httpError('a JSON string')).body as { message: string }).message).toBe("Payload validation error: 'Expected type object but found type string'.");
    const bad = await send('{', options()).catch((error: unknown) => error as HttpError);
    expect((bad as HttpError).body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid request payload JSON format', errorCode: 'invalid_body' });
    const read = await fetch(`${auth0.url}/api/v2/clients/${auth0.clientId}`, { headers: { authorization: `Bearer ${auth0.token}` } });
    expect(((await read.json()) as { name: string }).name).toBe('Legacy App');
  });

  it('stores the clients it is given, and stops on close', async () => {
    await auth0.close();
    auth0 = await startMockAuth0({ clients: [{ client_id: 'one', name: 'One' }, { client_id: 'two', name: 'Two' }] });
    expect(auth0.clientId).toBe('one');
    await send('{"name":"Second"}', options({ params: { id: 'two' } }));
    expect(auth0.client('two')).toEqual({ client_id: 'two', name: 'Second' });
    expect(auth0.client('one')).toEqual({ client_id: 'one', name: 'One' });
    const { url } = auth0;
    await auth0.close();
    await expect(fetch(url)).rejects.toThrow('fetch failed');
    auth0 = await startMockAuth0();
  });
});

describe('schema and merge helpers', () => {
  it('applies JSON Merge Patch without touching its inputs', () => {
    const target = { a: 1, b: { c: 2, d: 3 }, e: [1, 2] };
    const patch = { b: { c: null, f: { g: 1 } }, e: [3], h: null };
    expect(applyMergePatch(target, patch)).toEqual({ a: 1, b: { d: 3, f: { g: 1 } }, e: [3] });
    expect(target).toEqual({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] });
    expect(applyMergePatch({ a: 1 }, [1])).toEqual([1]);
    const polluted = applyMergePatch({}, JSON.parse('{"__proto__":{"x":1}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
    expect(Object.keys(polluted)).toEqual(['__proto__']);
  });

  it('validates against the client update schema', () => {
    expect(validate(clientUpdateSchema, { name: 'x', callbacks: [] })).toBeUndefined();
    expect(validate(clientUpdateSchema, { client_metadata: Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`k${index}`, 'v'])) })).toEqual({
      path: 'client_metadata',
      problem: 'Too many properties defined (11), maximum 10',
    });
  });
});
