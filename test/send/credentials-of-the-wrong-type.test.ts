// Credentials from JavaScript callers or config files may be missing or of the wrong type. They are
// refused before any request, the value never quoted: a basic password from an unset variable went
// out as "user:undefined", and a `basic: null` fell over as "Cannot destructure property 'username'".
import { describe, expect, it } from 'vitest';
import { send } from '../../src/send/index.js';
import type { SendOptions } from '../../src/send/index.js';
import { json, useTestServer } from '../helpers/http-server.js';

const server = useTestServer();

const attempt = (options: Record<string, unknown>): Promise<unknown> =>
  send('{}', { url: server.url, retry: false, ...options } as unknown as SendOptions).catch((caught: unknown) => caught);

describe('credentials of the wrong type', () => {
  it('are a TypeError naming the field and the type found, before any request', async () => {
    server.respond((_request, response) => json(response, 200, { ok: true }));
    expect(await attempt({ basic: { username: 'api' } })).toEqual(new TypeError('basic.password must be a string, found undefined'));
    expect(await attempt({ basic: { username: 'api', password: 1234 } })).toEqual(new TypeError('basic.password must be a string, found number'));
    expect(await attempt({ basic: { username: null, password: 'pw' } })).toEqual(new TypeError('basic.username must be a string, found null'));
    expect(await attempt({ basic: null })).toEqual(new TypeError('basic must be { username, password }, found null'));
    expect(await attempt({ basic: 'api:pw' })).toEqual(new TypeError('basic must be { username, password }, found string'));
    expect(await attempt({ token: 12345678 })).toEqual(new TypeError('token must be non-empty visible ASCII text (no spaces or line breaks)'));
    expect(server.requests).toEqual([]);
  });

  it('never quote a numeric password in the message', async () => {
    const error = (await attempt({ basic: { username: 'api', password: 98765 } })) as Error;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).not.toContain('98765');
  });
});
