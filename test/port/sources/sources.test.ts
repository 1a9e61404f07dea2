import { describe, expect, it } from 'vitest';
import { curlToIr, jsonSampleToIr, PostmanError, postmanToIr } from '../../../src/port.js';

const collection = (auth: unknown, folderAuth?: unknown, body = '{"a":1}'): string =>
  JSON.stringify({
    info: { name: 'c' },
    ...(auth === undefined ? {} : { auth }),
    item: [
      {
        name: 'Folder',
        ...(folderAuth === undefined ? {} : { auth: folderAuth }),
        item: [{ name: 'Update', request: { method: 'PATCH', url: 'https://{{host}}/x', body: { mode: 'raw', raw: body } } }],
      },
    ],
  });
const bearer = (token: string): unknown => ({ type: 'bearer', bearer: [{ key: 'token', value: token }] });

describe('postmanToIr', () => {
  it('inherits the auth of the collection and of the nearest folder', () => {
    const fromCollection = postmanToIr(collection(bearer('{{collection_token}}')));
    expect(fromCollection.nodes).toContainEqual({ kind: 'http-option', line: 1, handle: 'http', name: 'AuthToken', value: '{{collection_token}}' });
    const fromFolder = postmanToIr(collection(bearer('{{collection_token}}'), bearer('{{folder_token}}')));
    expect(fromFolder.nodes).toContainEqual({ kind: 'http-option', line: 1, handle: 'http', name: 'AuthToken', value: '{{folder_token}}' });
    expect(fromFolder.nodes.some((n) => n.kind === 'http-option' && n.value === '{{collection_token}}')).toBe(false);
  });

  it('names the body when it is not JSON, with a hint for unquoted {{variables}}', () => {
    expect(() => postmanToIr(collection(undefined, undefined, '{"id": {{item_id}}}'))).toThrow(PostmanError);
    expect(() => postmanToIr(collection(undefined, undefined, '{"id": {{item_id}}}'))).toThrow(
      'the body of "Folder / Update" is not JSON: expected "\\"" at 8 (a {{variable}} outside quotes is not JSON: quote it or give a sample value)',
    );
  });
});

describe('curlToIr', () => {
  it('reports a repeated -d and a second URL instead of dropping them', () => {
    const ir = curlToIr(`curl https://x.test/a -d '{"a":1}' -d '{"b":2}' https://y.test/b`);
    expect(ir.nodes.filter((n) => n.kind === 'unsupported')).toEqual([
      { kind: 'unsupported', line: 1, message: '-d given twice: curl would join the bodies with "&"', source: '-d' },
      { kind: 'unsupported', line: 1, message: 'a second URL: curl would make a second request, which is not ported', source: 'https://y.test/b' },
    ]);
    expect(ir.nodes.at(-1)).toMatchObject({ kind: 'send', url: 'https://x.test/a' });
  });
});

describe('jsonSampleToIr', () => {
  it('keeps -0 as number text', () => {
    expect(jsonSampleToIr('{"z":-0}').nodes[1]).toEqual({ kind: 'update', line: 1, handle: 'json', method: 'UpdateNumber', path: 'z', value: { type: 'number', text: '-0' } });
  });
});
