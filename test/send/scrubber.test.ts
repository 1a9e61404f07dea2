import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignedBase64Runs, encodeBase64 } from '../../src/send/base64.js';
import { redactUrl } from '../../src/send/redact.js';
import { MAX_ERROR_BODY_DEPTH, MIN_SCRUB_ANYWHERE, Scrubber, TOO_DEEP, secretForms } from '../../src/send/scrubber.js';

describe('secretForms', () => {
  it('lists the secret as it is, URL- and form-encoded, base64 (padded, bare, URL alphabet) and JSON-escaped', () => {
    expect(secretForms('a b"')).toEqual(['a b"', 'a%20b%22', 'a+b%22', 'YSBiIg==', 'YSBiIg', 'a b\\"']);
    expect(secretForms('')).toEqual([]);
    // A lone surrogate has no URI encoding; the other forms are still there.
    expect(secretForms('\ud800x')).toContain('\ud800x');
  });

  it('adds, from MIN_SCRUB_ANYWHERE characters on, the base64 runs that show at any alignment', () => {
    expect(MIN_SCRUB_ANYWHERE).toBe(8);
    expect(secretForms('1234567')).toEqual(['1234567', 'MTIzNDU2Nw==', 'MTIzNDU2Nw']);
    expect(secretForms('12345678')).toEqual(expect.arrayContaining(alignedBase64Runs(new TextEncoder().encode('12345678'))));
  });
});

describe('alignedBase64Runs', () => {
  it('law: base64 of any bytes around a secret of 8+ bytes contains one of its runs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ minLength: 8, maxLength: 40 }), fc.uint8Array({ maxLength: 8 }), (before, secret, after) => {
        const whole = encodeBase64(Uint8Array.from([...before, ...secret, ...after]));
        expect(alignedBase64Runs(secret).some((run) => whole.includes(run))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('encodes like the platform, at any length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
    expect(encodeBase64(new Uint8Array(300_000))).toHaveLength(400_000);
  });
});

describe('Scrubber.text', () => {
  it('replaces a secret of 8 characters or more anywhere, even glued to other text', () => {
    expect(new Scrubber(['abcdefgh']).text('xabcdefghx abcdefgh')).toBe('x[redacted]x [redacted]');
  });

  it('replaces a shorter secret only as a whole word: not next to a letter, digit or underscore', () => {
    const scrubber = new Scrubber(['abcdefg', 'secret', 'e']);
    expect(scrubber.text('xabcdefgx (abcdefg) client_secret secret=1 The client does not exist: e.')).toBe(
      'xabcdefgx ([redacted]) client_secret [redacted]=1 The client does not exist: [redacted].',
    );
    expect(scrubber.text('éabcdefg abcdefg2 _e e_ e-e')).toBe('éabcdefg abcdefg2 _e e_ [redacted]-[redacted]');
  });

  it('replaces the longest form first, so a secret inside another goes whole', () => {
    expect(new Scrubber(['tok_12345678', 'tok_12345678_and_more']).text('tok_12345678_and_more')).toBe('[redacted]');
  });

  it('applies the URL rules to any text: credentials dropped, secret-named parameters redacted', () => {
    const scrubber = new Scrubber([]);
    expect(scrubber.text('see https://u:p@w@h.example/x?page=2&access_token=abc#id_token=def&state=s, or //a@b')).toBe(
      'see https://h.example/x?page=2&access_token=[redacted]#id_token=[redacted]&state=s, or //b',
    );
  });

  it('rewrites exact texts first (the real URL to its redacted form)', () => {
    expect(new Scrubber(['SECRET-1234'], [['https://h/?k=SECRET-1234', 'https://h/?k=[redacted]']]).text('at https://h/?k=SECRET-1234')).toBe('at https://h/?k=[redacted]');
  });
});

describe('Scrubber.value', () => {
  const scrubber = new Scrubber(['s3cret-value']);

  it('copies a body with secrets scrubbed in strings and keys, and secret-named string fields redacted', () => {
    const body = JSON.parse('{"__proto__":{"x":1},"s3cret-value":"a","list":["s3cret-value",1,null,true],"api_key":"k","token_count":3}') as unknown;
    const copy = scrubber.value(body) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', '[redacted]', 'list', 'api_key', 'token_count']);
    expect(copy['list']).toEqual(['[redacted]', 1, null, true]);
    expect(copy['api_key']).toBe('[redacted]');
    expect(copy['token_count']).toBe(3);
  });

  it(`keeps ${MAX_ERROR_BODY_DEPTH} levels and cuts deeper ones, iteratively, at any depth`, () => {
    const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}"s3cret-value"${']'.repeat(depth)}`);
    const leafOf = (value: unknown): unknown => {
      let node = value;
      while (Array.isArray(node)) node = node[0];
      return node;
    };
    expect(leafOf(scrubber.value(nested(MAX_ERROR_BODY_DEPTH)))).toBe('[redacted]');
    expect(leafOf(scrubber.value(nested(MAX_ERROR_BODY_DEPTH + 1)))).toBe(TOO_DEEP);
    const deep = scrubber.value(nested(200_000));
    expect(leafOf(deep)).toBe(TOO_DEEP);
    expect(() => JSON.stringify(deep)).not.toThrow();
  });
});

describe('Scrubber.seal', () => {
  it('scrubs the message and stack of an error in place', () => {
    const error = new TypeError('half one — half two');
    expect(new Scrubber(['half one — half two']).seal(error)).toBe(error);
    expect(error.message).toBe('[redacted]');
    expect(error.stack).toMatch(/^TypeError: \[redacted\]\n/);
  });
});

describe('redactUrl', () => {
  it('redacts secret-named parameters of the fragment as of the query', () => {
    expect(redactUrl('https://app.example/cb#access_token=abc&token_type=Bearer&expires_in=3600')).toBe(
      'https://app.example/cb#access_token=[redacted]&token_type=[redacted]&expires_in=3600',
    );
  });
});
