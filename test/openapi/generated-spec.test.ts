import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, useTestServer } from '../helpers/http-server.js';
import { typeCheckProject } from '../helpers/type-check.js';

// A small spec of our own, turned into a `paths` type by openapi-typescript during the test; a client
// module written against it is type-checked (its wrong calls must fail to compile) and then run.
const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp', 'openapi-generated-spec');
const server = useTestServer();

const note = {
  type: 'object',
  required: ['id', 'title'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'string', enum: ['draft', 'published'] },
    tags: { type: 'array', items: { type: 'string' } },
    meta: { type: 'object', properties: { pinned: { type: 'boolean' }, color: { type: 'string' } } },
  },
} as const;

const spec = {
  openapi: '3.0.3',
  info: { title: 'Notes', version: '1.0.0' },
  paths: {
    '/boards/{boardId}/notes/{noteId}': {
      parameters: [
        { name: 'boardId', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'noteId', in: 'path', required: true, schema: { type: 'integer' } },
      ],
      patch: {
        operationId: 'updateNote',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NoteUpdate' } } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } } } },
      },
      put: {
        operationId: 'replaceNote',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NoteReplace' } } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } } } },
      },
      delete: { operationId: 'deleteNote', responses: { '204': { description: 'gone' } } },
    },
    '/boards/{boardId}/notes': {
      parameters: [{ name: 'boardId', in: 'path', required: true, schema: { type: 'string' } }],
      post: {
        operationId: 'createNote',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NoteReplace' } } } },
        responses: { '201': { description: 'made', content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } } } },
      },
    },
    '/archive': {
      delete: {
        operationId: 'archiveNotes',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { ids: { type: 'array', items: { type: 'string' } } } } } } },
        responses: { '204': { description: 'archived' } },
      },
    },
  },
  components: {
    schemas: {
      Note: note,
      NoteUpdate: { type: 'object', properties: { title: { type: 'string' }, status: note.properties.status, tags: note.properties.tags, meta: note.properties.meta } },
      NoteReplace: { type: 'object', required: ['title'], properties: { title: { type: 'string' }, tags: note.properties.tags } },
    },
  },
};

const client = `
import { createClient, payload, type BodyOf, type PathParamsOf, type ResponseOf } from '../../src/index.js';
import type { paths } from './notes-api.js';

type NoteUpdate = BodyOf<paths, '/boards/{boardId}/notes/{noteId}', 'patch'>;
type NoteReplace = BodyOf<paths, '/boards/{boardId}/notes/{noteId}', 'put'>;
const params: PathParamsOf<paths, '/boards/{boardId}/notes/{noteId}', 'patch'> = { boardId: 'b/1', noteId: 7 };

export async function run(baseURL: string) {
  const notes = createClient<paths>({ baseURL, token: 'n0tes-t0ken' });
  const patched = await notes.patch('/boards/{boardId}/notes/{noteId}', {
    params,
    body: (note) => note.set('title', 'Groceries').set('status', 'published').push('tags', 'home').set('meta.pinned', true),
  });
  const title: string = patched.data.title;
  const replaced = await notes.put('/boards/{boardId}/notes/{noteId}', { params, body: payload<NoteReplace>().set('title', 'Shopping') });
  const created = await notes.post('/boards/{boardId}/notes', { params: { boardId: 'b1' }, body: (note) => note.set('title', 'New'), query: { notify: true } });
  const archived = await notes.delete('/archive', { body: (archive) => archive.set('ids[0]', 'n1') });
  const empty: '' = archived.data;
  return { title, replaced: replaced.data.id, created: [created.status, created.data.id] as const, archived: [archived.status, empty] as const };
}

// Never called: each call must fail to compile.
export async function wrong(baseURL: string) {
  const notes = createClient<paths>({ baseURL });
  const update = payload<NoteUpdate>();
  // @ts-expect-error -- a route the spec does not have
  await notes.patch('/boards/{boardId}/note/{noteId}', { params, body: update });
  // @ts-expect-error -- DELETE of a note has no body
  await notes.delete('/boards/{boardId}/notes/{noteId}', { params, body: update });
  // @ts-expect-error -- POST is not an operation of this route
  await notes.post('/boards/{boardId}/notes/{noteId}', { params, body: update });
  // @ts-expect-error -- noteId is missing
  await notes.patch('/boards/{boardId}/notes/{noteId}', { params: { boardId: 'b1' }, body: update });
  // @ts-expect-error -- an extra param
  await notes.patch('/boards/{boardId}/notes/{noteId}', { params: { ...params, extra: 1 }, body: update });
  // @ts-expect-error -- noteId is an integer
  await notes.patch('/boards/{boardId}/notes/{noteId}', { params: { boardId: 'b1', noteId: 'x' }, body: update });
  // @ts-expect-error -- a builder for the PUT body given to PATCH
  await notes.patch('/boards/{boardId}/notes/{noteId}', { params, body: payload<NoteReplace>().set('title', 'x') });
  // @ts-expect-error -- an untyped builder
  await notes.patch('/boards/{boardId}/notes/{noteId}', { params, body: payload().set('title', 'x') });
  // @ts-expect-error -- 'archived' is not a status
  await notes.patch('/boards/{boardId}/notes/{noteId}', { params, body: (note) => note.set('status', 'archived') });
  const done = await notes.patch('/boards/{boardId}/notes/{noteId}', { params, body: update });
  // @ts-expect-error -- the response has no such field
  done.data.owner;
  const data: ResponseOf<paths, '/boards/{boardId}/notes/{noteId}', 'delete'> = '';
  return data;
}
`;

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'notes-api.ts'), astToString(await openapiTS(spec as never)));
  writeFileSync(join(out, 'notes-client.ts'), client);
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'] }));
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a typed client from openapi-typescript output', () => {
  it('type-checks, and the wrong calls are compile errors', () => {
    expect(typeCheckProject(join(out, 'tsconfig.json'))).toBe('');
  }, 120_000);

  it('sends each operation to its route with encoded params, the built body and the typed data back', async () => {
    server.respond(
      (request, response) => json(response, 200, { id: 'n7', title: (JSON.parse(request.body) as { title: string }).title }),
      (_, response) => json(response, 200, { id: 'n7', title: 'Shopping' }),
      (_, response) => json(response, 201, { id: 'n8', title: 'New' }),
      (_, response) => {
        response.writeHead(204);
        response.end();
      },
    );
    const { run } = (await import(pathToFileURL(join(out, 'notes-client.ts')).href)) as { run: (baseURL: string) => Promise<unknown> };
    expect(await run(`${server.url}/api`)).toEqual({ title: 'Groceries', replaced: 'n7', created: [201, 'n8'], archived: [204, ''] });
    expect(server.requests.map((request) => [request.method, request.url, request.body, request.headers['authorization'], request.headers['content-type']])).toEqual([
      ['PATCH', '/api/boards/b%2F1/notes/7', '{"title":"Groceries","status":"published","tags":["home"],"meta":{"pinned":true}}', 'Bearer n0tes-t0ken', 'application/json'],
      ['PUT', '/api/boards/b%2F1/notes/7', '{"title":"Shopping"}', 'Bearer n0tes-t0ken', 'application/json'],
      ['POST', '/api/boards/b1/notes?notify=true', '{"title":"New"}', 'Bearer n0tes-t0ken', 'application/json'],
      ['DELETE', '/api/archive', '{"ids":["n1"]}', 'Bearer n0tes-t0ken', 'application/json'],
    ]);
  });
});
