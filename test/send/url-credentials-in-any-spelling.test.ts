// A URL parser finds credentials in more spellings than `//user:pass@`: it reads `\` as `/`, needs no
// slash after `https:`, and drops tabs and line breaks anywhere. Whatever spelling it accepts, the
// password must not reach the TemplateError that refuses it (message, `template`, stack).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/errors/template-error.js';
import { redactUrl, send } from '../../src/send/index.js';
import { redactUrlsInText } from '../../src/send/redact.js';
import { Scrubber } from '../../src/send/scrubber.js';

const PASSWORD = 'hunter2pw';

async function refusal(url: string): Promise<TemplateError> {
  const error: unknown = await send('{}', { url }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TemplateError);
  return error as TemplateError;
}

describe('credentials in a URL, however spelled', () => {
  it('are dropped from the TemplateError when written with backslashes or without slashes', async () => {
    const error = await refusal(`https:\\\\user:${PASSWORD}@host.example/x`);
    expect(error.message).toBe('the URL holds credentials; pass them with the basic option in URL template "https:\\\\\\\\host.example/x"');
    expect(error.template).toBe('https:\\\\host.example/x');
    expect((await refusal(`https:user:${PASSWORD}@host.example/x`)).template).toBe('https:host.example/x');
    expect((await refusal(`https:/\\user:${PASSWORD}@host.example/x`)).template).toBe('https:/\\host.example/x');
  });

  it('are dropped from the TemplateError when a tab or line break splits them', async () => {
    const split = await refusal(`https://user:hun\nter2pw@host.example/x`);
    expect(split.template).toBe('https://host.example/x');
    expect(split.message).toBe('the URL holds credentials; pass them with the basic option in URL template "https://host.example/x"');
    expect((await refusal(`https://us\ter:${PASSWORD}@host.example/x`)).template).toBe('https://host.example/x');
  });

  it('never reach the TemplateError in spellings no pattern lists: what is left before an @ is withheld', async () => {
    for (const url of [`https://user:pa ss${PASSWORD}@h.example/x`, `https://user:pa\u00a0${PASSWORD}@h.example/x`, `https:// user:${PASSWORD}@h.example/x`, `ht\ttps:user:${PASSWORD}@h.example/x`]) {
      const error = await refusal(url);
      expect(error.message).toBe('the URL holds credentials; pass them with the basic option in URL template "[redacted]@h.example/x"');
      expect(error.template).toBe('[redacted]@h.example/x');
      expect(JSON.stringify({ ...error, stack: error.stack })).not.toContain(PASSWORD);
    }
    expect((await refusal(`ftp:user:${PASSWORD}@h.example/x`)).message).toBe('the result is not an http(s) URL (found ftp:) in URL template "[redacted]@h.example/x"');
  });

  it('in free text, only //user:pass@ counts: a backslash there is an escape, and the words around it stay', () => {
    const body = '{"user":"CORP\\\\bob@corp.example","link":"https://u:pw@api.example/x"}';
    expect(redactUrlsInText(body)).toBe('{"user":"CORP\\\\bob@corp.example","link":"https://api.example/x"}');
    expect(new Scrubber([]).text(body)).toBe(redactUrlsInText(body));
    expect(redactUrl('CORP\\\\bob@corp.example')).toBe('CORP\\\\corp.example');
  });

  it('are looked for in hostile texts that used to take quadratic time, which finish unchanged', () => {
    for (const text of ['http:'.repeat(80_000), `!https:/`.repeat(50_000), `https:${'\t'.repeat(400_000)}`, `//${'\t/'.repeat(200_000)}`]) expect(redactUrl(text)).toBe(text);
    expect(redactUrl(`${'http:'.repeat(80_000)}user:${PASSWORD}@host.example`)).toBe(`${'http:'.repeat(80_000)}host.example`);
  });

  it('never survive redactUrl in a spelling the URL parser reads as credentials', () => {
    const separator = fc.constantFrom('', '/', '\\', '\t', '\n', '\r');
    const prefix = fc.tuple(fc.constantFrom('http:', 'https:', 'HTTPS:'), fc.array(separator, { maxLength: 4 })).map(([scheme, parts]) => scheme + parts.join(''));
    const letters = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.~!$*'.split('')), minLength: 1, maxLength: 8 });
    const password = fc.tuple(letters, fc.constantFrom('', '\t', '\n'), letters).map(([a, split, b]) => `${a}${split}${b}`);
    fc.assert(
      fc.property(prefix, letters, password, (start, user, pass) => {
        const url = `${start}${user}:${pass}@host.example/x`;
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          return;
        }
        if (parsed.password === '') return;
        const shown = redactUrl(url);
        expect(new URL(shown).password).toBe('');
        expect(shown).not.toContain(`:${pass}@`);
      }),
      { numRuns: 300 },
    );
  });
});
