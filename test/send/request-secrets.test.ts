import { describe, expect, it } from 'vitest';
import { bodySecrets, encodeBasicCredentials, requestSecrets, secretValuesOf } from '../../src/send/request-secrets.js';

describe('requestSecrets', () => {
  it('finds the token, the basic password and its encoding, secret headers, and secret-named template and query values', () => {
    expect(
      requestSecrets({
        url: 'https://x.example/:id',
        basic: { username: 'api', password: 'pw' },
        headers: { authorization: 'Bearer abc', cookie: 'theme=1; session=xyz', accept: 'json' },
        vars: { api_key: 'k', host: 'h' },
        params: { id: 'i', sig: 7 },
        query: { access_token: ['t1', 't2'], page: '2', secret_flag: true },
      }),
    ).toEqual(['pw', encodeBasicCredentials('api', 'pw'), 'Bearer abc', 'abc', 'theme=1; session=xyz', 'xyz', 'k', '7', 't1', 't2']);
  });

  it('skips values of the wrong type instead of throwing, since it runs before the options are checked', () => {
    const options = { url: 'x', token: 42, basic: { username: 1, password: null }, headers: 'nope', query: null } as never;
    expect(requestSecrets(options)).toEqual(['42']);
  });
});

describe('bodySecrets', () => {
  it('finds secret-named string fields at any depth, iteratively', () => {
    const deep = `${'{"a":['.repeat(100_000)}{"client_secret":"cs-deep"}${']}'.repeat(100_000)}`;
    expect(bodySecrets(deep)).toEqual(['cs-deep']);
    expect(bodySecrets('{"jwt":{"signing_key":"k1","n":1},"password":""}')).toEqual(['k1']);
    expect(bodySecrets('not json')).toEqual([]);
    expect(bodySecrets(undefined)).toEqual([]);
  });
});

describe('secretValuesOf', () => {
  it('finds secret-named strings at any depth of a value, as bodySecrets does of its text, and skips [redacted]', () => {
    const value = { name: 'App', jwt: [{ client_secret: 'cs-1' }], password: '[redacted]', token: '' };
    expect(secretValuesOf(value)).toEqual(['cs-1']);
    expect(bodySecrets(JSON.stringify(value))).toEqual(secretValuesOf(value));
    let deep: unknown = { api_key: 'k-deep' };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    expect(secretValuesOf(deep)).toEqual(['k-deep']);
  });
});
