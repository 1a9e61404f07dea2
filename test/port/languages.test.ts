// Every fixture builds the same request in its own language's spelling, so
// every front-end must agree: same body bytes, same request, one diagnostic.
import { describe, expect, it } from 'vitest';
import { createChilkatEvaluator, detectLanguage, findLanguage, LANGUAGES, portScript, readScript } from '../../src/port/index.js';
import { FIXTURE_FILES, readFixture } from './helpers.js';

const BODY =
  '{"title":"Say \\"hi\\", it\'s","path":"C:\\\\temp","retries":-3,"active":true,"archived":false,"price":1.50,' +
  '"deleted_at":null,"meta":{},"tags":["first"],"items":[{"n":0},{"n":1}],"note":"line one joined"}';

function bodyOf(source: string, file: string): string {
  const model = createChilkatEvaluator();
  for (const node of readScript(source, { file }).nodes) {
    if (node.kind === 'json-option') model.setOption(node.name, node.value);
    if (node.kind === 'update') model.update(node);
  }
  return model.emit();
}

function chainOf(code: string): string {
  const text = code.slice(code.indexOf('export function buildPayload'), code.indexOf('/** Reads a required'));
  // TODO lines quote the source line, which differs per language.
  return text.replace(/^ *\/\/ TODO.*\n/gm, '');
}

describe('every language reads the same request', () => {
  it('has a fixture for every language in the table', () => {
    expect(FIXTURE_FILES.map((fixture) => fixture.id)).toEqual(LANGUAGES.map((spec) => spec.id).sort());
  });

  const reference = portScript(readFixture('autoit.au3'), { file: 'autoit.au3' });

  for (const { id, file } of FIXTURE_FILES) {
    describe(id, () => {
      const source = readFixture(file);

      it('is detected from its text and file name', () => {
        expect(detectLanguage(source, { file }).id).toBe(id);
      });

      it('builds the body Chilkat would build', () => {
        expect(bodyOf(source, file)).toBe(BODY);
      });

      it('reads the request', () => {
        const send = readScript(source, { file }).nodes.find((node) => node.kind === 'send');
        expect(send).toMatchObject({ call: 'PTextSb', method: 'PATCH', url: 'https://{{host}}/v1/items/:id', body: { kind: 'sb' }, contentType: 'application/json' });
      });

      it('reports the one call it cannot port, with its line', () => {
        const line = source.split('\n').findIndex((text) => /UpdateBd/i.test(text)) + 1;
        expect(portScript(source, { file }).messages).toEqual([`${file}:${String(line)}: JsonObject.UpdateBd is not ported`]);
      });

      it('generates the same builder chain and main() as every other language', () => {
        expect(chainOf(portScript(source, { file }).code)).toBe(chainOf(reference.code));
      });
    });
  }
});

describe('detection without a file name', () => {
  it.each(FIXTURE_FILES)('$id is recognised from its text alone', ({ id, file }) => {
    expect(detectLanguage(readFixture(file)).id).toBe(id);
  });

  it('takes --lang over detection, by id or alias', () => {
    expect(detectLanguage('anything', { lang: 'golang' }).id).toBe('go');
    expect(detectLanguage('anything', { lang: 'phpAx' }).id).toBe('php-ax');
    expect(findLanguage('VB6')?.name).toBe('Visual Basic 6');
  });

  it('lists the known languages for an unknown one', () => {
    expect(() => detectLanguage('x', { lang: 'cobol' })).toThrowError(/^unknown language "cobol"; known languages: autoit, csharp, vbnet, /);
    expect(() => detectLanguage('print("hello")')).toThrowError(/cannot tell the language of this script \(use --lang\)/);
  });
});
