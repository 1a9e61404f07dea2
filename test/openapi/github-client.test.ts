import type { paths } from '@octokit/openapi-types';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TemplateError, ValidationError, createClient, payload, payloadFor, type BodyOf } from '../../src/index.js';
import { json, rejection, useTestServer } from '../helpers/http-server.js';

// GitHub's real `paths` type (@octokit/openapi-types) against a local server playing api.github.com.
const server = useTestServer();
type RepoUpdate = BodyOf<paths, '/repos/{owner}/{repo}', 'patch'>;

describe('createClient<paths>() with GitHub types', () => {
  it("PATCHes the route with encoded params and a typed builder, resolving like send() with the operation's data", async () => {
    server.respond((request, response) => json(response, 200, { id: 1, full_name: 'octo cat/hello-world', private: (JSON.parse(request.body) as { private: boolean }).private }));
    const github = createClient<paths>({ baseURL: `${server.url}/api/v3`, token: 'ghp_l0cal', headers: { 'x-github-api-version': '2022-11-28' } });
    const result = await github.patch('/repos/{owner}/{repo}', {
      params: { owner: 'octo cat', repo: 'hello-world' },
      body: (repo) => repo.set('private', true).set('security_and_analysis.secret_scanning.status', 'enabled').set('has_wiki', false),
      timeout: 5_000,
    });
    expect([result.status, result.attempts, result.data.full_name, result.data.private]).toEqual([200, 1, 'octo cat/hello-world', true]);
    expect(server.requests.map((request) => [request.method, request.url, request.body, request.headers['authorization'], request.headers['x-github-api-version']])).toEqual([
      [
        'PATCH',
        '/api/v3/repos/octo%20cat/hello-world',
        '{"private":true,"security_and_analysis":{"secret_scanning":{"status":"enabled"}},"has_wiki":false}',
        'Bearer ghp_l0cal',
        '2022-11-28',
      ],
    ]);
  });

  it('takes a builder made beforehand, and a base shared by two calls stays as it was', async () => {
    server.respond((_, response) => json(response, 200, { id: 1 }));
    const github = createClient<paths>({ baseURL: server.url, basic: { username: 'octocat', password: 'pa55' } });
    const base = payload<RepoUpdate>().set('description', 'shared');
    await github.patch('/repos/{owner}/{repo}', { params: { owner: 'a', repo: 'b' }, body: base.set('homepage', 'https://a.example') });
    await github.patch('/repos/{owner}/{repo}', { params: { owner: 'a', repo: 'c' }, body: base });
    expect(server.requests.map((request) => [request.url, request.body])).toEqual([
      ['/repos/a/b', '{"description":"shared","homepage":"https://a.example"}'],
      ['/repos/a/c', '{"description":"shared"}'],
    ]);
    expect(server.requests[0]?.headers['authorization']).toBe(`Basic ${Buffer.from('octocat:pa55').toString('base64')}`);
  });

  it('POST, PUT and DELETE operations with a JSON body work the same way', async () => {
    server.respond((_, response) => json(response, 201, { id: 9 }), (_, response) => json(response, 200, {}), (_, response) => json(response, 200, {}));
    const github = createClient<paths>({ baseURL: server.url });
    const created = await github.post('/repos/{owner}/{repo}/issues', { params: { owner: 'a', repo: 'b' }, body: (issue) => issue.set('title', 'Bug').push('labels', 'bug') });
    expect(created.data.id).toBe(9);
    await github.put('/repos/{owner}/{repo}/topics', { params: { owner: 'a', repo: 'b' }, body: (topics) => topics.set('names', ['ts']) });
    await github.delete('/repos/{owner}/{repo}/issues/{issue_number}/assignees', { params: { owner: 'a', repo: 'b', issue_number: 4 }, body: (b) => b.push('assignees', 'octocat') });
    expect(server.requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ['POST', '/repos/a/b/issues', '{"title":"Bug","labels":["bug"]}'],
      ['PUT', '/repos/a/b/topics', '{"names":["ts"]}'],
      ['DELETE', '/repos/a/b/issues/4/assignees', '{"assignees":["octocat"]}'],
    ]);
  });

  it('a param that is missing, unknown, empty or ".." is a TemplateError before any request', async () => {
    const github = createClient<paths>({ baseURL: server.url });
    const body = payload<RepoUpdate>();
    const call = (params: Record<string, unknown>) => github.patch('/repos/{owner}/{repo}', { params: params as never, body });
    expect(await rejection(call({ owner: 'a' }))).toEqual(new TemplateError('/repos/{owner}/{repo}', 'no value for {repo}', '{repo}'));
    const unknown = await rejection(call({ owner: 'a', repo: 'b', org: 'c' }));
    expect((unknown as TemplateError).message).toBe('unknown param "org" (the route\'s placeholders: {owner}, {repo}) in URL template "/repos/{owner}/{repo}"');
    expect((await rejection(call({ owner: 'a', repo: '..' })) as TemplateError).problem).toBe('value for {{repo}} must not be "." or ".."');
    expect((await rejection(call({ owner: '', repo: 'b' })) as TemplateError).problem).toBe('empty value for {{owner}}');
    expect((await rejection(call({ owner: { a: 1 }, repo: 'b' })) as TemplateError).problem).toBe('value for {owner} must be a string, number or boolean, found object');
    expect(server.requests).toEqual([]);
  });

  it('a body that is not a builder, or a function that returns none, is a TypeError before any request', async () => {
    const github = createClient<paths>({ baseURL: server.url });
    const params = { owner: 'a', repo: 'b' };
    expect(await rejection(github.patch('/repos/{owner}/{repo}', { params, body: (() => 42) as never }))).toEqual(
      new TypeError('the function given as body to patch() must return a builder, found number'),
    );
    expect(await rejection(github.put('/repos/{owner}/{repo}/topics', { params, body: { names: [] } as never }))).toEqual(
      new TypeError('body of put() must be a builder or a function that returns one, found object'),
    );
    expect(server.requests).toEqual([]);
  });

  it('a payloadFor() body is validated first: ValidationError, no request', async () => {
    const github = createClient<paths>({ baseURL: server.url, token: 'ghp_s3cret' });
    const schema = z.object({ name: z.string().regex(/^[\w.-]+$/).optional(), homepage: z.url().optional() });
    const body = payloadFor(schema).set('homepage', 'not a url') as never;
    const error = await rejection(github.patch('/repos/{owner}/{repo}', { params: { owner: 'a', repo: 'b' }, body }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe('the payload does not match the zod schema (1 issue):\n  homepage: Invalid URL');
    expect(JSON.stringify(error)).not.toContain('ghp_s3cret');
    expect(server.requests).toEqual([]);
  });

  it('the untyped forms of a client keep working', async () => {
    server.respond((request, response) => json(response, 200, { url: request.url }));
    const client = createClient({ baseURL: server.url });
    const result = await client.patch<{ url: string }>('/clients/:id', payload().set('name', 'x'), { params: { id: 'c1' } });
    expect(result.data.url).toBe('/clients/c1');
    expect((await client.send('{}', { url: '/x', method: 'POST' })).status).toBe(200);
  });
});
