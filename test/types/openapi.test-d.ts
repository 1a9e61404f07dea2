import type { components, paths } from '@octokit/openapi-types';
import { describe, expectTypeOf, test } from 'vitest';
import {
  createClient,
  payload,
  payloadFor,
  type BodyOf,
  type Client,
  type ObjectBodyOf,
  type OpenApiClient,
  type PathParamsOf,
  type Payload,
  type ResponseOf,
  type RoutesWithBody,
  type SendResult,
} from '../../src/index.js';
import { z } from 'zod';

type RepoUpdate = BodyOf<paths, '/repos/{owner}/{repo}', 'patch'>;
type RepoParams = { owner: string; repo: string };
const params: RepoParams = { owner: 'octocat', repo: 'hello-world' };

// A tiny paths type in openapi-typescript 7's shape (`?: never` for absent methods and parameters).
interface Paths {
  '/notes/{id}': {
    parameters: { query?: never; header?: never; path: { id: number }; cookie?: never };
    get: { parameters: { path: { id: number } }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': { id: number } } } } };
    put?: never;
    post?: never;
    delete: { parameters: { path: { id: number } }; requestBody?: never; responses: { 204: { headers: { [name: string]: unknown }; content?: never } } };
    patch: {
      parameters: { path: { id: number } };
      requestBody: { content: { 'application/merge-patch+json': { title?: string; tags?: string[] } } };
      responses: { 200: { content: { 'application/json': { id: number; title: string } } }; 404: { content: { 'application/json': { message: string } } } };
    };
  };
  '/ping': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: { parameters: { path?: never }; requestBody?: { content: { 'application/json': { at?: string } } }; responses: { 202: { content: { 'text/plain': string } } } };
  };
  '/labels': {
    post: { parameters: { path?: never }; requestBody: { content: { 'application/json': string[] } }; responses: { 200: { content?: never } } };
  };
}

describe('BodyOf, PathParamsOf, ResponseOf', () => {
  test("read GitHub's repository update", () => {
    expectTypeOf<RepoUpdate>().toEqualTypeOf<NonNullable<paths['/repos/{owner}/{repo}']['patch']['requestBody']>['content']['application/json']>();
    expectTypeOf<PathParamsOf<paths, '/repos/{owner}/{repo}', 'patch'>>().toEqualTypeOf<RepoParams>();
    expectTypeOf<ResponseOf<paths, '/repos/{owner}/{repo}', 'patch'>>().toEqualTypeOf<components['schemas']['full-repository']>();
    expectTypeOf<ResponseOf<paths, '/repos/{owner}/{repo}', 'delete'>>().toEqualTypeOf<''>();
    expectTypeOf<BodyOf<paths, '/repos/{owner}/{repo}', 'delete'>>().toBeNever();
  });

  test('usable with payload<…>()', () => {
    const body = payload<RepoUpdate>().set('security_and_analysis.advanced_security.status', 'enabled').set('visibility', 'private');
    expectTypeOf(body).toEqualTypeOf<Payload<RepoUpdate>>();
    // @ts-expect-error -- "secret" is not a visibility
    body.set('visibility', 'secret');
    // @ts-expect-error -- not a field of the update body
    body.set('stargazers_count', 1);
  });

  test('read an openapi-typescript 7 paths type: JSON media types, no params, no content, no body', () => {
    expectTypeOf<BodyOf<Paths, '/notes/{id}', 'patch'>>().toEqualTypeOf<{ title?: string; tags?: string[] }>();
    expectTypeOf<PathParamsOf<Paths, '/notes/{id}', 'patch'>>().toEqualTypeOf<{ id: number }>();
    expectTypeOf<PathParamsOf<Paths, '/ping', 'post'>>().toEqualTypeOf<Record<never, never>>();
    expectTypeOf<ResponseOf<Paths, '/notes/{id}', 'patch'>>().toEqualTypeOf<{ id: number; title: string }>();
    expectTypeOf<ResponseOf<Paths, '/notes/{id}', 'delete'>>().toEqualTypeOf<''>();
    expectTypeOf<ResponseOf<Paths, '/ping', 'post'>>().toEqualTypeOf<string>();
    expectTypeOf<BodyOf<Paths, '/notes/{id}', 'get'>>().toBeNever();
    expectTypeOf<BodyOf<Paths, '/notes/{id}', 'put'>>().toBeNever();
    expectTypeOf<BodyOf<Paths, '/labels', 'post'>>().toEqualTypeOf<string[]>();
    expectTypeOf<ObjectBodyOf<Paths, '/labels', 'post'>>().toBeNever();
    expectTypeOf<RoutesWithBody<Paths, 'patch'>>().toEqualTypeOf<'/notes/{id}'>();
    expectTypeOf<RoutesWithBody<Paths, 'post'>>().toEqualTypeOf<'/ping' | '/labels'>();
    expectTypeOf<RoutesWithBody<Paths, 'delete'>>().toBeNever();
  });
});

describe('createClient<paths>()', () => {
  const github = createClient<paths>({ baseURL: 'https://api.github.com', token: 'ghp_x' });

  test('an untyped client without paths, a typed one with them', () => {
    expectTypeOf(createClient({ baseURL: 'https://x.example' })).toEqualTypeOf<Client>();
    expectTypeOf(github).toEqualTypeOf<OpenApiClient<paths>>();
  });

  test("patch() takes a typed builder or a function of one, and resolves with the operation's data", () => {
    const viaFunction = github.patch('/repos/{owner}/{repo}', { params, body: (repo) => repo.set('has_wiki', false) });
    expectTypeOf(viaFunction).toEqualTypeOf<Promise<SendResult<components['schemas']['full-repository']>>>();
    const viaBuilder = github.patch('/repos/{owner}/{repo}', { params, body: payload<RepoUpdate>().set('name', 'x'), timeout: 1_000, retry: 2 });
    expectTypeOf(viaBuilder).toEqualTypeOf<Promise<SendResult<components['schemas']['full-repository']>>>();
    void github.patch('/repos/{owner}/{repo}', {
      params,
      body: (repo) => {
        expectTypeOf(repo).toEqualTypeOf<Payload<RepoUpdate>>();
        return repo;
      },
    });
  });

  test('put, post and delete where the operation has a JSON body', () => {
    expectTypeOf(github.post('/repos/{owner}/{repo}/issues', { params, body: (issue) => issue.set('title', 'Bug') })).resolves.toHaveProperty('data').toHaveProperty('number').toEqualTypeOf<number>();
    void github.put('/repos/{owner}/{repo}/topics', { params, body: (topics) => topics.set('names', ['ts']) });
    void github.delete('/repos/{owner}/{repo}/issues/{issue_number}/assignees', { params: { ...params, issue_number: 1 }, body: (b) => b.push('assignees', 'me') });
  });

  test('routes without params take no params', () => {
    const local = createClient<Paths>();
    void local.post('/ping', { body: (ping) => ping.set('at', 'now') });
    // @ts-expect-error -- the body of POST /labels is an array: no builder builds one
    void local.post('/labels', { body: (labels) => labels });
    // @ts-expect-error -- /ping has no params
    void local.post('/ping', { params: { id: 1 }, body: (ping) => ping.set('at', 'now') });
    expectTypeOf(local.patch('/notes/{id}', { params: { id: 1 }, body: (note) => note.push('tags', 'a') })).resolves.toHaveProperty('data').toEqualTypeOf<{ id: number; title: string }>();
  });

  test('compile errors: unknown routes, methods without a body, params, bodies of another operation', () => {
    const update = payload<RepoUpdate>();
    // @ts-expect-error -- an unknown route
    void github.patch('/repos/{owner}/{repository}', { params, body: update });
    // @ts-expect-error -- DELETE /repos/{owner}/{repo} has no body
    void github.delete('/repos/{owner}/{repo}', { params, body: update });
    // @ts-expect-error -- GET only: no POST on this route
    void github.post('/repos/{owner}/{repo}', { params, body: update });
    // @ts-expect-error -- a missing param
    void github.patch('/repos/{owner}/{repo}', { params: { owner: 'octocat' }, body: update });
    // @ts-expect-error -- no params at all
    void github.patch('/repos/{owner}/{repo}', { body: update });
    // @ts-expect-error -- an extra param
    void github.patch('/repos/{owner}/{repo}', { params: { ...params, ref: 'main' }, body: update });
    // @ts-expect-error -- a param of the wrong type
    void github.patch('/repos/{owner}/{repo}/issues/{issue_number}', { params: { ...params, issue_number: 'one' }, body: (issue) => issue });
    // @ts-expect-error -- no body
    void github.patch('/repos/{owner}/{repo}', { params });
  });

  test('compile errors: a builder typed for another body, even one the body type would accept', () => {
    type IssueUpdate = BodyOf<paths, '/repos/{owner}/{repo}/issues/{issue_number}', 'patch'>;
    // @ts-expect-error -- a builder for the issue update body
    void github.patch('/repos/{owner}/{repo}', { params, body: payload<IssueUpdate>() });
    // @ts-expect-error -- a narrower body ({ name?: string } is assignable both ways, and still not the repository update)
    void github.patch('/repos/{owner}/{repo}', { params, body: payload<{ name?: string }>() });
    // @ts-expect-error -- an untyped builder
    void github.patch('/repos/{owner}/{repo}', { params, body: payload().set('name', 'x') });
    // @ts-expect-error -- text is not a builder
    void github.patch('/repos/{owner}/{repo}', { params, body: '{"name":"x"}' });
    // @ts-expect-error -- the function returns a builder of another body
    void github.patch('/repos/{owner}/{repo}', { params, body: () => payload<IssueUpdate>() });
    // @ts-expect-error -- a path the body does not have, inside the function
    void github.patch('/repos/{owner}/{repo}', { params, body: (repo) => repo.set('has_wikis', false) });
    // @ts-expect-error -- a value of the wrong type
    void github.patch('/repos/{owner}/{repo}', { params, body: (repo) => repo.set('has_wiki', 'no') });
  });

  test('a payloadFor() builder whose schema input is exactly the body is accepted', () => {
    const schema = z.object({ title: z.string().optional(), tags: z.array(z.string()).optional() });
    const local = createClient<{
      '/notes/{id}': { patch: { parameters: { path: { id: number } }; requestBody: { content: { 'application/json': z.input<typeof schema> } }; responses: { 204: { content?: never } } } };
    }>();
    void local.patch('/notes/{id}', { params: { id: 1 }, body: payloadFor(schema).set('title', 'x') });
  });
});
