import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert, detectKind, listPostmanItems, SOURCE_KINDS } from '../../playground/src/convert.js';
import { EXAMPLES } from '../../playground/src/examples.js';
import { CSHARP, CURL, JSON_SAMPLE, PHP, PYTHON, VB6 } from './scripts.js';

const root = resolve(import.meta.dirname, '../..');
const collection = readFileSync(join(root, 'test/fixtures/cli/shop.postman_collection.json'), 'utf8');

describe('what the playground shows for an input', () => {
  it.each([VB6, CSHARP, PYTHON, PHP, CURL, JSON_SAMPLE])('$name: detected kind, exact bytes, both TypeScript styles', (script) => {
    const result = convert(script.text, 'auto');
    expect(result.error).toBeUndefined();
    expect(`Detected: ${result.kind.name}`).toBe(script.detected);
    expect(result.json?.bytes).toBe(script.bytes);
    expect(result.builder).toContain(script.builderLine);
    expect(result.chilkat).toContain(script.chilkatLine);
  });

  it('keeps number text in the pretty JSON and prints it with LF line ends', () => {
    expect(convert(CURL.text, 'auto').json?.pretty).toBe('{\n  "boat": "Skua",\n  "fare": 4.50,\n  "stops": [\n    "Oban",\n    "Mull"\n  ]\n}\n');
  });

  it('reports what it could not port with the line', () => {
    expect(convert(PHP.text, 'auto').diagnostics).toEqual([{ line: 6, message: 'JsonObject.UpdateBd is not ported' }]);
  });

  it('shows the request with secrets masked', () => {
    expect(convert(CURL.text, 'auto').request).toEqual({
      method: 'PATCH',
      url: 'https://{{ferry_host}}/routes/:route_id',
      headers: { Authorization: 'Bearer [redacted]', 'Content-Type': 'application/json' },
    });
    const literal = CURL.text.replace('{{ferry_token}}', 'tok_live_123456').replace('https://', 'https://ops:pw_9x7q@').replace(':route_id"', ':route_id?api_key=k_51ab"');
    const shown = convert(literal, 'auto').request;
    expect(shown?.url).toBe('https://{{ferry_host}}/routes/:route_id?api_key=[redacted]');
    for (const secret of ['tok_live_123456', 'pw_9x7q', 'k_51ab']) expect(JSON.stringify(shown)).not.toContain(secret);
  });

  it('reads a collection, first request by default, another when picked', () => {
    expect(listPostmanItems(collection)).toEqual(['Widgets / Rename a widget', 'Widgets / List widgets']);
    expect(convert(collection, 'auto')).toMatchObject({ kind: { id: 'postman' }, request: { method: 'PATCH' }, json: { bytes: '{"name":"Gadget","stock":{"count":12}}' } });
    expect(convert(collection, 'auto', 'Widgets / List widgets')).toMatchObject({ request: { method: 'GET', url: 'https://{{shop_host}}/v1/widgets' } });
    expect(convert(collection, 'auto', 'Widgets / List widgets').json).toBeUndefined();
  });

  it('obeys the language menu over detection, and says so when the input does not fit', () => {
    expect(convert(VB6.text, 'vbscript')).toMatchObject({ kind: { id: 'vbscript', name: 'VBScript' }, detected: false, json: { bytes: VB6.bytes } });
    expect(convert(VB6.text, 'json')).toMatchObject({ kind: { id: 'json' }, builder: '', chilkat: '', error: expect.stringMatching(/JSON/) });
  });

  it('gives an error, not an exception, for text it cannot place', () => {
    const result = convert('hello there', 'auto');
    expect(result.error).toMatch(/^cannot tell the language of this script/);
    expect(result.builder).toBe('');
    expect(() => detectKind('hello there')).toThrow(/cannot tell the language/);
  });

  it('offers the three inputs and every porter language in the menu', () => {
    expect(SOURCE_KINDS.slice(0, 3).map((k) => k.id)).toEqual(['curl', 'postman', 'json']);
    expect(SOURCE_KINDS.length).toBeGreaterThanOrEqual(33);
  });

  it('ports every example without an error, the Auth0 client update first', () => {
    expect(EXAMPLES.map((e) => e.label)).toEqual([
      'Auth0 client update (AutoIt)',
      'Library shelf (Visual Basic 6)',
      'Weather station (C#)',
      'Parcel depot (Python)',
      'Recipe with a diagnostic (PHP)',
      'Garden bed (curl)',
    ]);
    const kinds = EXAMPLES.map((example) => convert(example.text, 'auto'));
    expect(kinds.map((k) => [k.kind.id, k.error, k.request?.method])).toEqual([
      ['autoit', undefined, 'PATCH'],
      ['vb6', undefined, 'PATCH'],
      ['csharp', undefined, 'PATCH'],
      ['python', undefined, 'PATCH'],
      ['php-ext', undefined, 'PATCH'],
      ['curl', undefined, 'PATCH'],
    ]);
    expect(kinds.map((k) => k.diagnostics.length)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(kinds[0]?.request?.url).toBe('https://{{auth0_domain}}/api/v2/clients/:id');
  });
});
