// A server that echoes a credential through its own JSON encoder writes `/` as `\/` (PHP) and non-ASCII
// as `\u00e4` (Python, PHP). In a body that is not parsed as JSON (an HTML or text error page) those
// forms were not recognised and reached HttpError.body and the message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/errors/http-error.js';
import { send } from '../../src/send/index.js';
import { Scrubber } from '../../src/send/scrubber.js';
import { useTestServer } from '../helpers/http-server.js';

const server = useTestServer();

// As PHP's json_encode writes a string by default, and Python's json.dumps (ensure_ascii).
function php(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/\//g, '\\/').replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function python(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('credentials echoed by another JSON encoder', () => {
  it('are scrubbed from an HttpError whose body is an HTML page', async () => {
    const token = 'tok/abc+def/ghi==';
    const password = 'pässwörd-𝄞-long';
    server.respond((_request, response) => {
      response.writeHead(400, { 'content-type': 'text/html' });
      response.end(`bad: {"t":"${php(token)}"} {"p":"${python(password)}"}`);
    });
    const error = await send('{}', { url: server.url, token, retry: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    // Only the credential each request was given is known to it.
    expect((error as HttpError).body).toBe(`bad: {"t":"[redacted]"} {"p":"${python(password)}"}`);
    const basic = await send('{}', { url: server.url, basic: { username: 'api', password }, retry: false }).catch((caught: unknown) => caught);
    expect((basic as HttpError).body).toBe(`bad: {"t":"${php(token)}"} {"p":"[redacted]"}`);
    expect((basic as HttpError).message).toBe(`PATCH ${server.url} failed: 400 Bad Request — bad: {"t":"${php(token)}"} {"p":"[redacted]"}`);
  });

  it('are scrubbed for any secret of 8 characters or more', () => {
    const unit = fc.oneof(fc.constantFrom(...Array.from('aZ09/+=-_.~ üé€𝄞"\\')), fc.string({ unit: 'grapheme', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, minLength: 8, maxLength: 24 }), (secret) => {
        fc.pre(secret.length >= 8);
        const scrubber = new Scrubber([secret]);
        for (const echoed of [php(secret), python(secret), python(secret).replace(/\\u([0-9a-f]{4})/g, (_all, hex: string) => `\\u${hex.toUpperCase()}`)]) {
          expect(scrubber.text(`<p>${echoed}</p>`)).toBe('<p>[redacted]</p>');
        }
      }),
      { numRuns: 300 },
    );
  });
});
