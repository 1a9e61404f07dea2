// Chilkat style translates a script's statements (loops, conditions, built-ins) where the flat port would
// report: the module keeps the script's shape, and the script falls back to the reporting port whenever anything is not translated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portScript } from '../../../src/port/index.js';
import { CORPUS_DIR, readCorpusIndex } from '../corpus-files.js';

describe('chilkat-style translation', () => {
  it('writes a VB loop over an array, its built-ins and its condition as TypeScript of the same shape', () => {
    const source = [
      'Dim http As New ChilkatHttp',
      'http.AuthToken = "TOKEN"',
      'Dim urls As Variant',
      'urls = Array("https://A.example", "https://b.example")',
      'Dim json As New ChilkatJsonObject',
      'Dim i As Long',
      'For i = 0 To UBound(urls)',
      '    success = json.UpdateString("callbacks[" & CStr(i) & "]", LCase(urls(i)))',
      'Next i',
      'If UBound(urls) > 0 Then',
      '    success = json.UpdateBool("many", 1)',
      'End If',
      'Dim sb As New ChilkatStringBuilder',
      'success = json.EmitSb(sb)',
      'Set resp = http.PTextSb("PATCH", "https://api.example/x", sb, "utf-8", "application/json", 0, 0)',
      'Debug.Print resp.StatusCode',
    ].join('\n');
    const result = portScript(source, { file: 'loop.bas', style: 'chilkat' });
    expect(result.messages).toEqual([]);
    expect(result.code).toContain([
      '  const http = new Http();',
      "  http.AuthToken = env('AUTH_TOKEN');",
      "  let urls = ['https://A.example', 'https://b.example'];",
      '  const json = new JsonObject();',
      '  for (let i = 0; i <= urls.length - 1; i++) {',
      '    json.UpdateString(`callbacks[${i}]`, urls[i]!.toLowerCase());',
      '  }',
      '  if (urls.length - 1 > 0) {',
      "    json.UpdateBool('many', true);",
      '  }',
      '  const sb = new StringBuilder();',
      '  json.EmitSb(sb);',
      "  const resp = await http.PTextSb('PATCH', 'https://api.example/x', sb, 'utf-8', 'application/json', false, false);",
      '  if (resp === null) throw new Error(http.LastErrorText);',
      '  console.log(resp.StatusCode);',
    ].join('\n'));
  });

  it('never writes a secret: a literal token, secret header or URL userinfo is read from the environment', () => {
    const source = [
      'Dim http As New ChilkatHttp',
      'http.AuthToken = "Zq9SECRETvalue"',
      'http.SetRequestHeader "X-Api-Key", "Zq9SECRETvalue"',
      'Dim json As New ChilkatJsonObject',
      'For i = 0 To UBound(Array("a"))',
      '    success = json.UpdateInt("n", i)',
      'Next',
      'Set resp = http.PostJson3("https://user:Zq9SECRETvalue@api.example/x", "application/json", json)',
    ].join('\n');
    const result = portScript(source, { file: 'secret.bas', style: 'chilkat' });
    expect(result.messages).toEqual([]);
    expect(result.code).not.toContain('Zq9SECRETvalue');
    expect(result.code).toContain("http.SetRequestHeader('X-Api-Key', env('X_API_KEY'));");
    expect(result.code).toContain('main() reads these environment variables: AUTH_TOKEN, X_API_KEY, URL_USERNAME, URL_PASSWORD.');
  });

  it('leaves a script with anything it does not write to the reporting port', () => {
    const source = ['Dim json As New ChilkatJsonObject', 'For i = 0 To UBound(names)', '    success = json.UpdateString("a", Foo(i))', 'Next i'].join('\n');
    const result = portScript(source, { file: 'foo.bas', style: 'chilkat' });
    expect(result.messages).toEqual(['foo.bas:2: loop bounds of i are not literal; its body is ported once', 'foo.bas:3: cannot follow the value of UpdateString (cannot follow Foo())']);
    expect(result.code).toContain('// TODO(pathpatch)');
  });

  it('keeps the flat port, byte for byte, for scripts it handles without a report', () => {
    const entry = readCorpusIndex().find((each) => each.name === '00-csharp-straight-line');
    const source = readFileSync(join(CORPUS_DIR, entry?.script ?? ''), 'utf8');
    const result = portScript(source, { file: entry?.script ?? '', style: 'chilkat' });
    expect(result.messages).toEqual([]);
    expect(result.code).toContain("json.UpdateBool('sso', true);");
    expect(result.code).not.toContain('let ');
  });

  it('translates the corpus scripts with loops, conditions and built-ins without a report (corpus.test.ts type-checks and runs each module)', () => {
    const translated: string[] = [];
    for (const entry of readCorpusIndex()) {
      const result = portScript(readFileSync(join(CORPUS_DIR, entry.script), 'utf8'), { file: entry.script, style: 'chilkat' });
      // Scripts the flat port handles keep it (no report, no let); the others are translated or reported.
      if (result.messages.length > 0 || entry.constructs.length === 0) continue;
      translated.push(entry.name);
    }
    expect(translated).toEqual(expect.arrayContaining(['01-vb6-callbacks-loop', '03-vbscript-origins-while', '09-autoit-origins-ubound', '19-go-range-sprintf', '21-python-enumerate-fstring', '27-ruby-each-with-index', '28-ruby-if-else-const', '33-foxpro-define-alen', '35-vb6-order-lines']));
  });
});
