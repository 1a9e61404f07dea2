import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/errors/template-error.js';
import { expandUrl, joinUrl } from '../../src/send/url-template.js';
import { thrown } from '../helpers/thrown.js';

const AUTH0 = 'https://{{auth0_domain}}/api/v2/clients/:id';

const templateError = (run: () => unknown): TemplateError => thrown(run, TemplateError);

describe('expandUrl', () => {
  it('fills the legacy Postman URL', () => {
    const { url, display } = expandUrl(AUTH0, { vars: { auth0_domain: 'tenant.example' }, params: { id: 'abc' } });
    expect(url).toBe('https://tenant.example/api/v2/clients/abc');
    expect(display).toBe(url);
  });

  it('encodes a path value as one segment', () => {
    const filled = (id: string) => expandUrl('https://x.example/c/:id/rest', { params: { id } }).url;
    expect(filled('a/b')).toBe('https://x.example/c/a%2Fb/rest');
    expect(filled('a b?c#d%e')).toBe('https://x.example/c/a%20b%3Fc%23d%25e/rest');
    expect(filled('auth0|5f1e')).toBe('https://x.example/c/auth0%7C5f1e/rest');
    expect(filled('ünï')).toBe('https://x.example/c/%C3%BCn%C3%AF/rest');
    expect(filled('...')).toBe('https://x.example/c/.../rest');
  });

  it('encodes {{vars}} for their place: host as is, path and query as components', () => {
    const { url } = expandUrl('https://{{tenant}}.auth0.example:{{port}}/api/{{version}}/users?q={{q}}#{{frag}}', {
      vars: { tenant: 'my-tenant', port: 8443, version: 'v 2', q: 'a&b=c', frag: 'x y' },
    });
    expect(url).toBe('https://my-tenant.auth0.example:8443/api/v%202/users?q=a%26b%3Dc#x%20y');
  });

  it('takes a {{var}} that opens the template as a base URL', () => {
    expect(expandUrl('{{base}}/clients/:id', { vars: { base: 'http://127.0.0.1:8080/api/v2/' }, params: { id: 'a' } }).url).toBe(
      'http://127.0.0.1:8080/api/v2/clients/a',
    );
  });

  it('appends query parameters after those of the template, before the fragment', () => {
    const query = { fields: 'name,callbacks', include_fields: true, page: 0, tag: ['a', 'b c'], skip: undefined };
    expect(expandUrl('https://x.example/c?x=1#top', { query }).url).toBe(
      'https://x.example/c?x=1&fields=name%2Ccallbacks&include_fields=true&page=0&tag=a&tag=b%20c#top',
    );
    expect(expandUrl('https://x.example/c', { query: { a: '1' } }).url).toBe('https://x.example/c?a=1');
  });

  it('leaves ports, colons inside segments and unused values alone', () => {
    expect(expandUrl('http://127.0.0.1:8080/a:b/:id', { params: { id: '1', unused: 'x' }, vars: { unused: 'y' } }).url).toBe(
      'http://127.0.0.1:8080/a:b/1',
    );
  });

  it('names an unfilled {{var}} or :param', () => {
    const missingVar = templateError(() => expandUrl(AUTH0, { params: { id: 'abc' } }));
    expect(missingVar.message).toBe('no value for {{auth0_domain}} in URL template "https://{{auth0_domain}}/api/v2/clients/:id"');
    expect(missingVar.placeholder).toBe('{{auth0_domain}}');
    expect(missingVar.template).toBe(AUTH0);
    const missingParam = templateError(() => expandUrl(AUTH0, { vars: { auth0_domain: 't.example' } }));
    expect(missingParam.message).toBe('no value for :id in URL template "https://{{auth0_domain}}/api/v2/clients/:id"');
    expect(missingParam.placeholder).toBe(':id');
  });

  it('looks values up as own properties only', () => {
    expect(templateError(() => expandUrl('https://x.example/:constructor', { params: {} })).message).toBe(
      'no value for :constructor in URL template "https://x.example/:constructor"',
    );
    expect(templateError(() => expandUrl('https://x.example/{{toString}}', { vars: {} })).message).toBe(
      'no value for {{toString}} in URL template "https://x.example/{{toString}}"',
    );
  });

  it('refuses values that would change the structure of the URL', () => {
    const message = (template: string, vars: Record<string, string>, params: Record<string, string> = {}) =>
      templateError(() => expandUrl(template, { vars, params })).message;
    expect(message(AUTH0, { auth0_domain: 'evil.example/x?' }, { id: 'a' })).toBe(
      'value for {{auth0_domain}} must be a host name or port in URL template "https://{{auth0_domain}}/api/v2/clients/:id"',
    );
    expect(message(AUTH0, { auth0_domain: 'user@evil.example' }, { id: 'a' })).toContain('must be a host name or port');
    expect(message(AUTH0, { auth0_domain: 't.example' }, { id: '..' })).toBe(
      'value for :id must not be "." or ".." in URL template "https://{{auth0_domain}}/api/v2/clients/:id"',
    );
    expect(message(AUTH0, { auth0_domain: 't.example' }, { id: '' })).toBe(
      'empty value for :id in URL template "https://{{auth0_domain}}/api/v2/clients/:id"',
    );
    expect(message('{{base}}/x', { base: 'https://x.example?a=1' })).toBe(
      'value for {{base}} must be an http(s) base URL without query or fragment in URL template "{{base}}/x"',
    );
  });

  it('refuses malformed templates and results that are not http(s) URLs', () => {
    expect(templateError(() => expandUrl('https://x.example/{{id', {})).message).toBe(
      'unclosed "{{" at 18 in URL template "https://x.example/{{id"',
    );
    expect(templateError(() => expandUrl('/clients/1', {})).message).toBe('the result is not an absolute URL in URL template "/clients/1"');
    expect(templateError(() => expandUrl('ftp://x.example/a', {})).message).toBe(
      'the result is not an http(s) URL (found ftp:) in URL template "ftp://x.example/a"',
    );
    expect(templateError(() => expandUrl('https://me:pw@x.example/a', {})).message).toBe(
      'the URL holds credentials; pass them with the basic option in URL template "https://x.example/a"',
    );
  });

  it('redacts secret values in the display URL and lists them', () => {
    const expanded = expandUrl('https://x.example/hooks/{{webhook_secret}}?api_key={{key}}&page=2', {
      vars: { webhook_secret: 'w-s3cret', key: 'k-s3cret' },
      query: { access_token: 't-s3cret', q: 'visible' },
    });
    expect(expanded.url).toBe('https://x.example/hooks/w-s3cret?api_key=k-s3cret&page=2&access_token=t-s3cret&q=visible');
    expect(expanded.display).toBe('https://x.example/hooks/[redacted]?api_key=[redacted]&page=2&access_token=[redacted]&q=visible');
    expect([...expanded.secrets].sort()).toEqual(['k-s3cret', 't-s3cret', 'w-s3cret']);
  });
});

describe('joinUrl', () => {
  it('joins with one slash and keeps the base path', () => {
    expect(joinUrl('https://x.example/api/v2/', '/clients/:id')).toBe('https://x.example/api/v2/clients/:id');
    expect(joinUrl('https://x.example/api/v2', 'clients')).toBe('https://x.example/api/v2/clients');
    expect(joinUrl(undefined, '/clients')).toBe('/clients');
    expect(joinUrl('https://x.example/api', 'https://other.example/a')).toBe('https://other.example/a');
  });
});
