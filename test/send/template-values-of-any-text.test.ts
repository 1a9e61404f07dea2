// Any text as a template value: it lands as one encoded path segment (or query component) that decodes
// back to itself, or is refused with a TemplateError naming its placeholder. A lone surrogate used to
// escape as encodeURIComponent's bare `URIError: URI malformed`, naming nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/errors/template-error.js';
import { expandUrl, send } from '../../src/send/index.js';
import { thrown } from '../helpers/thrown.js';

const TEMPLATE = 'https://x.example/c/:id/rest?q={{q}}';

const refusal = (run: () => unknown): TemplateError => thrown(run, TemplateError);

describe('template values of any text', () => {
  it('refuse a lone surrogate with a TemplateError naming the value, before any request', async () => {
    const path = await send('{}', { url: 'http://127.0.0.1:9/c/:id', params: { id: 'a\uD800' } }).catch((caught: unknown) => caught);
    expect(path).toEqual(new TemplateError('http://127.0.0.1:9/c/:id', 'value for :id is not well-formed Unicode (it holds a lone surrogate)', ':id'));
    expect((path as TemplateError).message).toBe('value for :id is not well-formed Unicode (it holds a lone surrogate) in URL template "http://127.0.0.1:9/c/:id"');
    expect(refusal(() => expandUrl(TEMPLATE, { params: { id: 'a' }, vars: { q: '\uDC00x' } })).placeholder).toBe('{{q}}');
    expect(refusal(() => expandUrl(TEMPLATE, { params: { id: 'a' }, vars: { q: 'b' }, query: { tag: ['ok', '\uD83D'] } })).problem).toBe(
      'value of query parameter "tag" is not well-formed Unicode (it holds a lone surrogate)',
    );
    expect(refusal(() => expandUrl(TEMPLATE, { params: { id: 'a' }, vars: { q: 'b' }, query: { '\uD83D': 'x' } })).problem).toBe(
      'query parameter name is not well-formed Unicode (it holds a lone surrogate)',
    );
  });

  it('put any other value in one segment that decodes back to it, or refuse it naming its placeholder', () => {
    const tricky = fc.constantFrom('/', '..', '.', '%2F', '%2e%2E', '\\', '?', '#', '@', ':', ';', '&', '=', '+', ' ', '\t', '\n', 'ü', '𝄞', '\uD800', '\uDC00', '\u0000', '/../');
    const value = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(value, value, (id, q) => {
        let url: URL;
        try {
          url = new URL(expandUrl(TEMPLATE, { params: { id }, vars: { q } }).url);
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
          expect([':id', '{{q}}']).toContain((error as TemplateError).placeholder);
          return;
        }
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(4);
        expect(decodeURIComponent(segments[2] ?? '')).toBe(id);
        expect(url.searchParams.get('q')).toBe(q);
        expect(url.host).toBe('x.example');
      }),
      { numRuns: 500 },
    );
  });
});
