// Classic ASP's Server.HTMLEncode, as `run` computes it and as a ported module calls it: the four
// characters HTML needs escaped, and a refusal (never a guess) for characters whose number depends on
// the page's code page.
import { describe, expect, it } from 'vitest';
import { aspHtmlEncode, builtinFor } from '../../../src/port/builtins/index.js';

describe('Server.HTMLEncode', () => {
  it('escapes <, >, & and " and leaves the rest of ASCII alone', () => {
    expect(aspHtmlEncode('The paragraph tag: <P>')).toBe('The paragraph tag: &lt;P&gt;');
    expect(aspHtmlEncode(`a & "b" 'c'`)).toBe(`a &amp; &quot;b&quot; 'c'`);
  });

  it('refuses a character past 0x7F, naming the built-in', () => {
    expect(() => aspHtmlEncode('café')).toThrow("Server.HTMLEncode: text with a character past 0x7F (its number depends on the page's code page) is not translated");
  });

  it('is in the ASP table only, where run computes it and port calls the same function', () => {
    const entry = builtinFor('asp', 'server.htmlencode');
    expect(entry?.run([{ kind: 'text', value: '<b>' }])).toEqual({ kind: 'text', value: '&lt;b&gt;' });
    expect(entry?.emit([{ code: 'resp.BodyStr', kind: 'text' }])).toEqual({ code: 'aspHtmlEncode(resp.BodyStr)', kind: 'text', imports: ['aspHtmlEncode'] });
    expect(builtinFor('vbscript', 'Server.HTMLEncode')).toBeUndefined();
  });
});
