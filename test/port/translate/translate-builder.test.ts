// Builder style translates a script's statements too: the JsonObject becomes a payload() builder
// reassigned through the script's own loops and conditions, sent with send(); and anything the builder cannot say faithfully goes to the reporting port.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portScript } from '../../../src/port/index.js';
import { readProgram } from '../../../src/port/ast/read-program.js';
import { LANGUAGES } from '../../../src/port/languages/index.js';
import { translateBuilder } from '../../../src/port/translate/index.js';
import { CORPUS_DIR, readCorpusIndex } from '../corpus-files.js';

const vb6 = LANGUAGES.find((spec) => spec.id === 'vb6')!;

/** A VB6 script in builder style: the code, or why it is not translated. */
function translated(lines: readonly string[]): { code: string } | { why: string } {
  return translateBuilder(readProgram(lines.join('\n'), vb6), vb6, 'a.bas');
}

function refusal(lines: readonly string[]): string | undefined {
  const result = translated(lines);
  return 'why' in result ? result.why : undefined;
}

const HEAD = ['Dim http As New ChilkatHttp', 'Dim json As New ChilkatJsonObject'];
const SEND = ['Dim sb As New ChilkatStringBuilder', 'success = json.EmitSb(sb)', 'Set resp = http.PTextSb("PATCH", "https://api.example/x", sb, "utf-8", "application/json", 0, 0)'];

describe('builder-style translation', () => {
  it('reassigns the builder through a VB loop and condition, and sends it with the Http settings', () => {
    const source = [
      'Dim http As New ChilkatHttp',
      'http.AuthToken = "TOKEN"',
      'http.SetRequestHeader "X-Trace", "abc"',
      'Dim skus As Variant',
      'skus = Array("TEA-1", "COF-2")',
      'Dim json As New ChilkatJsonObject',
      'Dim i As Long',
      'For i = 0 To UBound(skus)',
      '    success = json.UpdateString("lines[" & CStr(i) & "].sku", LCase(skus(i)))',
      'Next i',
      'If UBound(skus) > 0 Then',
      '    success = json.UpdateBool("many", 1)',
      'End If',
      'Dim sb As New ChilkatStringBuilder',
      'success = json.EmitSb(sb)',
      'Set resp = http.PTextSb("PATCH", "https://api.example/orders", sb, "utf-8", "application/json", 0, 0)',
      'Debug.Print resp.StatusCode',
    ].join('\n');
    const result = portScript(source, { file: 'loop.bas' });
    expect(result.messages).toEqual([]);
    expect(result.code).toContain(['export interface RequestBody {', '  lines?: Array<{', '    sku?: string;', '  }>;', '  many?: boolean;', '}'].join('\n'));
    expect(result.code).toContain([
      "  let skus = ['TEA-1', 'COF-2'];",
      "  let json = payload<RequestBody>({}, { gaps: 'append', conflicts: 'skip' });",
      '  for (let i = 0; i <= skus.length - 1; i++) {',
      '    json = json.set(`lines[${i}].sku`, skus[i]!.toLowerCase());',
      '  }',
      '  if (skus.length - 1 > 0) {',
      "    json = json.set('many', true);",
      '  }',
      "  const resp = await send(json, { url: 'https://api.example/orders', method: 'PATCH', token: env('AUTH_TOKEN'), headers: { 'X-Trace': 'abc' } });",
      '  console.log(resp.status);',
    ].join('\n'));
    expect(result.code).not.toContain('TOKEN"');
  });

  it("writes Chilkat's [i] counter, a literal index canonically and a negative one as an append", () => {
    const result = translated([...HEAD, 'For i = 1 To 2', '    json.I = i - 1', '    success = json.UpdateInt("rows[i].n", i)', 'Next i', 'success = json.UpdateString("tags[01]", "a")', 'success = json.UpdateString("tags[-1]", "b")', ...SEND]);
    const code = 'code' in result ? result.code : result.why;
    expect(code).toContain(['    let json_I = i - 1;', '    json = json.set(`rows[${json_I}].n`, i);'].join('\n'));
    expect(code).toContain("  json = json.set('tags[1]', 'a');\n  json = json.set('tags[]', 'b');");
  });

  it('reports what the builder cannot say faithfully, naming the line', () => {
    expect(refusal([...HEAD, 'If 1 > 0 Then', '    Set other = json', 'End If', 'success = other.UpdateInt("a", 1)', ...SEND])).toBe('line 4: a second name (other) for a Chilkat object is not translated');
    expect(refusal([...HEAD, 'success = json.Delete("a.b")', ...SEND])).toBe('line 3: a Delete of a name that is not a constant member name is not translated');
    expect(refusal([...HEAD, 'x = json.StringOf("a")', ...SEND])).toBe('line 3: the call StringOf on JsonObject in builder style is not translated');
    expect(refusal([...HEAD, 'json.EmitCompact = 0', ...SEND])).toBe('line 3: setting JsonObject.EmitCompact in builder style is not translated');
    expect(refusal([...HEAD, 'success = json.UpdateString("a b", "x")', ...SEND])).toBe('line 3: the path "a b", whose shape the builder may read differently is not translated');
    expect(refusal([...HEAD, 'p = "a." & "b"', 'p = p & ".c"', 'success = json.UpdateString(p, "x")', ...SEND])).toBe('line 5: a path held in a variable (its shape cannot be checked for the builder) is not translated');
    expect(refusal([...HEAD, 'success = json.Load("{""n"":1.50}")', ...SEND])).toBe('line 3: a Load of text the builder would write differently is not translated');
    expect(refusal([...HEAD, 'For i = 0 To 1', '    json.I = i', 'Next i', 'success = json.UpdateInt("rows[i]", 1)', ...SEND])).toBe('line 6: [i] read outside the block that set json.I is not translated');
    expect(refusal([...HEAD, 'If 1 > 0 Then', '    http.AuthToken = "T"', 'End If', ...SEND])).toBe('line 4: an Http setting inside a block is not translated');
    expect(refusal([...HEAD, 'success = json.UpdateInt("a", 1)', 'success = json.EmitSb(sb0)', ...SEND])).toBe('line 4: the name sb0 is not translated');
    expect(refusal([...HEAD, 'Dim sb As New ChilkatStringBuilder', 'success = json.EmitSb(sb)', 'success = json.UpdateInt("a", 1)', 'Set resp = http.PTextSb("PATCH", "https://api.example/x", sb, "utf-8", "application/json", 0, 0)'])).toBe('line 6: a body changed after EmitSb is not translated');
  });

  it('translates the corpus scripts chilkat style translates without a report (corpus.test.ts type-checks and runs each module)', () => {
    const translated: string[] = [];
    for (const entry of readCorpusIndex()) {
      const result = portScript(readFileSync(join(CORPUS_DIR, entry.script), 'utf8'), { file: entry.script });
      if (result.messages.length > 0 || entry.constructs.length === 0) continue;
      translated.push(entry.name);
    }
    expect(translated).toEqual(expect.arrayContaining(['01-vb6-callbacks-loop', '03-vbscript-origins-while', '06-asp-load-template', '19-go-range-sprintf', '21-python-enumerate-fstring', '27-ruby-each-with-index', '33-foxpro-define-alen', '35-vb6-order-lines']));
  });
});
