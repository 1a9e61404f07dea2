import { type } from 'arktype';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError, PathpatchError, ValidationError, isPathpatchError, payload, payloadFor } from '../../src/index.js';
import { json, rejection, useTestServer } from '../helpers/http-server.js';

const server = useTestServer();

// The same body rule in the three validators: callbacks are URLs, addons.rms needs a URL, name is not empty.
const schemas = {
  zod: z.object({
    name: z.string().min(1).optional(),
    callbacks: z.array(z.url()).optional(),
    addons: z.object({ rms: z.object({ url: z.url() }).optional() }).optional(),
  }),
  valibot: v.object({
    name: v.optional(v.pipe(v.string(), v.minLength(1))),
    callbacks: v.optional(v.array(v.pipe(v.string(), v.url()))),
    addons: v.optional(v.object({ rms: v.optional(v.object({ url: v.pipe(v.string(), v.url()) })) })),
  }),
  arktype: type({
    'name?': 'string > 0',
    'callbacks?': 'string.url[]',
    'addons?': { 'rms?': { url: 'string.url' } },
  }),
} as const;

describe.each(Object.entries(schemas))('payloadFor(%s schema)', (vendor, schema) => {
  const bad = () => payloadFor(schema).set('callbacks[0]', 'https://app.example/cb').set('callbacks[1]', 'not a url').set('addons.rms.url', 'nope');

  it('validate() resolves to the value when the payload matches', async () => {
    const built = payloadFor(schema).set('name', 'app').set('callbacks[0]', 'https://app.example/cb');
    expect(await built.validate()).toEqual({ value: { name: 'app', callbacks: ['https://app.example/cb'] } });
  });

  it("validate() resolves to issues with pathpatch paths and the schema's messages", async () => {
    const result = await bad().validate();
    expect(result.value).toBeUndefined();
    const issues = [...(result.issues ?? [])].sort((a, b) => a.path.localeCompare(b.path));
    expect(issues.map(({ path, segments }) => ({ path, segments }))).toEqual([
      { path: 'addons.rms.url', segments: ['addons', 'rms', 'url'] },
      { path: 'callbacks[1]', segments: ['callbacks', 1] },
    ]);
    const direct = await schema['~standard'].validate(bad().build());
    expect(issues.map((issue) => issue.message).sort()).toEqual((direct.issues ?? []).map((issue) => issue.message).sort());
  });

  it('send() validates first: a ValidationError and no request at all', async () => {
    server.respond((_, response) => json(response, 200, {}));
    const error = await rejection(bad().send({ url: `${server.url}/clients/:id`, params: { id: 'abc' }, token: 'tok_live_9f8e7d', basic: undefined }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(PathpatchError);
    expect(isPathpatchError(error)).toBe(true);
    const failure = error as ValidationError;
    expect(failure.name).toBe('ValidationError');
    expect(failure.vendor).toBe(vendor);
    expect(failure.issues.map((issue) => issue.path).sort()).toEqual(['addons.rms.url', 'callbacks[1]']);
    expect(server.requests).toEqual([]);
    // Nothing of the request rides on the error: not the token, not the URL.
    const everything = JSON.stringify({ ...failure, message: failure.message, stack: failure.stack });
    expect(everything).not.toContain('tok_live_9f8e7d');
    expect(everything).not.toContain('127.0.0.1');
    expect(Object.keys(failure).sort()).toEqual(['issues', 'name', 'vendor']);
  });

  it('send() of a valid payload sends the payload as built', async () => {
    server.respond((request, response) => json(response, 200, { got: JSON.parse(request.body) as unknown }));
    const result = await payloadFor(schema).set('name', 'app').send<{ got: unknown }>({ url: `${server.url}/clients/abc`, token: 't0k' });
    expect(result.data.got).toEqual({ name: 'app' });
    expect(server.requests.map((request) => [request.method, request.url, request.body, request.headers['authorization']])).toEqual([
      ['PATCH', '/clients/abc', '{"name":"app"}', 'Bearer t0k'],
    ]);
  });
});

describe('payloadFor: the builder', () => {
  const schema = z.object({ name: z.string().optional(), tags: z.array(z.string()).optional(), meta: z.record(z.string(), z.number()).optional() });

  it('keeps every builder method, each returning a validating builder', async () => {
    const base = payloadFor(schema, { name: 'a' });
    const chained = base
      .push('tags', 'x')
      .object('meta')
      .set('meta.n', 1)
      .update('meta.n', (n) => (n ?? 0) + 1)
      .merge({ tags: ['y'] })
      .when(true, (b) => b.set('name', 'b'))
      .when((b) => !b.has('name'), (b) => b.remove('name'))
      .pipe((b) => b.array('tags'));
    expect(chained.emit()).toBe('{"name":"b","tags":["y"],"meta":{"n":2}}');
    expect(base.emit()).toBe('{"name":"a"}');
    expect(chained.get('meta.n')).toBe(2);
    expect(chained.equals({ name: 'b', tags: ['y'], meta: { n: 2 } })).toBe(true);
    expect(base.diff(chained)).toEqual(chained.toJsonPatch());
    expect(chained.remove('meta').entries()).toEqual([['name', 'b'], ['tags[0]', 'y']]);
    expect(await chained.merge({ tags: [1] as unknown as string[] }).validate()).toMatchObject({ issues: [{ path: 'tags[0]' }] });
    expect(await payloadFor(schema, chained).set('name', 'c').validate()).toEqual({ value: { name: 'c', tags: ['y'], meta: { n: 2 } } });
  });

  it("validate() gives the schema's output (transforms applied), and never lets the validator touch the payload", async () => {
    const trimming = z.object({ name: z.string().transform((name) => name.trim()) });
    const built = payloadFor(trimming).set('name', '  app ');
    expect(await built.validate()).toEqual({ value: { name: 'app' } });
    expect(built.build()).toEqual({ name: '  app ' });
    expect(Object.isFrozen(built.build())).toBe(true);
  });

  it('reports a root issue with the empty path', async () => {
    const needsName = z.object({ name: z.string() });
    const result = await payloadFor(needsName).validate();
    expect(result.issues?.map((issue) => [issue.path, issue.message])).toEqual([['name', 'Invalid input: expected string, received undefined']]);
    const root = v.pipe(v.object({ a: v.optional(v.number()) }), v.check((value) => value.a !== undefined, 'a is required'));
    const rootError = await rejection(payloadFor(root).send({ url: `${server.url}/x` }));
    expect((rootError as ValidationError).message).toBe('the payload does not match the valibot schema (1 issue):\n  (the payload): a is required');
  });

  it("the message lists the issues in the schema's words, paths written as set() takes them", async () => {
    const error = await rejection(
      payloadFor(schemas.zod).set('callbacks[0]', 'x').set('addons.rms.url', 'y').set('name', '').send({ url: `${server.url}/x` }),
    );
    expect((error as ValidationError).message).toBe(
      [
        'the payload does not match the zod schema (3 issues):',
        '  name: Too small: expected string to have >=1 characters',
        '  callbacks[0]: Invalid URL',
        '  addons.rms.url: Invalid URL',
      ].join('\n'),
    );
  });

  it('keys that need quotes are written quoted', async () => {
    const keyed = z.object({ meta: z.record(z.string(), z.number()).optional() });
    const result = await payloadFor(keyed).set(['meta', 'a.b'], 'x' as unknown as number).validate();
    expect(result.issues?.map((issue) => issue.path)).toEqual(['meta."a.b"']);
  });

  it('a message that quotes a secret-named field of the payload has its value redacted', async () => {
    const strict = v.object({ client_secret: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{32}$/)) });
    const error = await rejection(payloadFor(strict).set('client_secret', 'hunter2-short').send({ url: `${server.url}/x` }));
    expect((error as ValidationError).message).toBe(
      'the payload does not match the valibot schema (1 issue):\n  client_secret: Invalid format: Expected /^[A-Za-z0-9]{32}$/ but received "[redacted]"',
    );
    expect(JSON.stringify((error as ValidationError).issues)).not.toContain('hunter2');
  });

  it('an async validator is awaited', async () => {
    const slow = z.object({ name: z.string().refine(async (name) => Promise.resolve(name !== 'taken'), 'name is taken') });
    expect(await payloadFor(slow).set('name', 'taken').validate()).toMatchObject({ issues: [{ path: 'name', message: 'name is taken' }] });
  });

  it('refuses what is not a Standard Schema', () => {
    expect(() => payloadFor({} as never)).toThrow(new TypeError('payloadFor() expects a Standard Schema v1 validator (an object with a "~standard" property of version 1)'));
    expect(() => payloadFor(null as never)).toThrow(TypeError);
  });

  it('a function given to when() or pipe() must return a builder, as with payload()', () => {
    const built = payloadFor(schema);
    expect(() => built.when(true, () => 1 as never)).toThrow(new TypeError('the function given to when() must return a builder, found number'));
    expect(() => built.pipe(() => null as never)).toThrow(new TypeError('the function given to pipe() must return a builder, found null'));
    // A plain builder returned from the function is adopted, and validated from then on.
    expect(built.when(true, () => payload().set('name', 'p') as never).emit()).toBe('{"name":"p"}');
  });

  it('an HTTP failure after validation is the usual HttpError', async () => {
    server.respond((_, response) => json(response, 400, { message: 'no' }));
    expect(await rejection(payloadFor(schema).set('name', 'a').send({ url: `${server.url}/x`, retry: 0 }))).toBeInstanceOf(HttpError);
  });
});
