// A template or query value that is not a string, number or boolean (from JavaScript or a config file)
// is refused naming its placeholder, before any request: null went out as the path segment "null"
// and an object as "[object Object]".
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/errors/template-error.js';
import { send } from '../../src/send/index.js';
import type { SendOptions } from '../../src/send/index.js';
import { json, useTestServer } from '../helpers/http-server.js';

const server = useTestServer();

const attempt = (url: string, options: Record<string, unknown>): Promise<unknown> =>
  send('{}', { url, retry: false, ...options } as unknown as SendOptions).catch((caught: unknown) => caught);

describe('template values of the wrong type', () => {
  it('are a TemplateError naming the placeholder and the type found', async () => {
    server.respond((_request, response) => json(response, 200, { ok: true }));
    const template = `${server.url}/clients/:id?fields={{fields}}`;
    expect(await attempt(template, { params: { id: null }, vars: { fields: 'name' } })).toEqual(
      new TemplateError(template, 'value for :id must be a string, number or boolean, found null', ':id'),
    );
    expect(await attempt(template, { params: { id: 'abc' }, vars: { fields: ['name'] } })).toEqual(
      new TemplateError(template, 'value for {{fields}} must be a string, number or boolean, found an array', '{{fields}}'),
    );
    const query = (await attempt(`${server.url}/clients`, { query: { page: { n: 1 } } })) as TemplateError;
    expect(query.message).toBe(
      `value of query parameter "page" must be a string, number, boolean, an array of them or undefined, found object in URL template "${server.url}/clients"`,
    );
    expect(await attempt(`${server.url}/clients`, { query: { tag: ['a', null] } })).toBeInstanceOf(TemplateError);
    expect(server.requests).toEqual([]);
  });

  it('still take numbers and booleans as their text', async () => {
    server.respond((_request, response) => json(response, 200, { ok: true }));
    await send('{}', { url: `${server.url}/v/:n/{{flag}}`, params: { n: 0 }, vars: { flag: false }, query: { page: 2, all: true } });
    expect(server.requests.map((request) => request.url)).toEqual(['/v/0/false?page=2&all=true']);
  });
});
