// Counted loops in each language's spelling are unrolled when their bounds are literal.
import { describe, expect, it } from 'vitest';
import { readScript } from '../../src/port/index.js';

function writes(source: string, lang: string): string[] {
  return readScript(source, { lang }).nodes.flatMap((node) => {
    if (node.kind === 'update' && node.value?.type === 'number') return [`${node.path}=${node.value.text}`];
    if (node.kind === 'unsupported') return [`! ${node.message}`];
    return [];
  });
}

describe('loop unrolling', () => {
  it.each([
    ['vb6', 'Dim j As New ChilkatJsonObject\nFor k = 10 To 0 Step -5\n  j.UpdateInt "a", k\nNext k'],
    ['python', 'j = chilkat.CkJsonObject()\nfor k in range(10, -1, -5):\n    j.UpdateInt("a", k)\nprint("done")'],
    ['csharp', 'Chilkat.JsonObject j = new Chilkat.JsonObject();\nfor (int k = 10; k >= 0; k -= 5) { j.UpdateInt("a", k); }'],
    ['go', 'j := chilkat.NewJsonObject()\nfor k := 0; k <= 10; k += 5 {\n  j.UpdateInt("a", k)\n}'],
    ['perl', '$j = chilkat::CkJsonObject->new();\nforeach my $k (0..2) {\n  $j->UpdateInt("a", $k * 5);\n}'],
    ['powershell', '$j = New-Object Chilkat.JsonObject\nfor ($k = 0; $k -le 10; $k += 5) {\n  $j.UpdateInt("a", $k)\n}'],
    ['swift3', 'let j = CkoJsonObject()!\nfor k in 0..<3 {\n  j.updateInt("a", value: k * 5)\n}'],
    ['ruby', 'j = Chilkat::CkJsonObject.new()\nfor k in 0...3\n  if true\n    j.UpdateInt("a", k * 5)\n  end\nend'],
    ['delphi-ax', 'j := TChilkatJsonObject.Create(Self);\nfor k := 2 downto 0 do\nbegin\n  j.UpdateInt(\'a\', 10 - k * 5);\nend;'],
    ['tcl', 'set j [new_CkJsonObject]\nfor {set k 0} {$k <= 10} {incr k 5} {\n  CkJsonObject_UpdateInt $j "a" $k\n}'],
    ['dataflex', 'Get Create (RefClass(cComChilkatJsonObject)) To hoJ\nFor k From 0 To 2\n  Get ComUpdateInt Of hoJ "a" (k * 5) To iOk\nLoop'],
  ])('%s', (lang, source) => {
    const found = writes(source, lang);
    expect(found.map((entry) => entry.replace(/=.*/, ''))).toEqual(['a', 'a', 'a']);
    expect(new Set(found)).toEqual(new Set(['a=0', 'a=5', 'a=10']));
  });

  it('reports a loop it cannot bound and ports its body once', () => {
    expect(writes('Dim j As New ChilkatJsonObject\nFor k = 0 To n\n  j.UpdateInt "a", 1\nNext', 'vb6')).toEqual(['! loop bounds of k are not literal; its body is ported once', 'a=1']);
    expect(writes('j = chilkat2.JsonObject()\nwhile more():\n    j.UpdateInt("a", 1)', 'chilkat2-python')).toEqual(['! loop not unrolled (its bounds are not literal or its form is not known); its body is ported once', 'a=1']);
  });
});
