// Each language's spelling of a string value, boolean or number reaches Chilkat as the same value.
import { describe, expect, it } from 'vitest';
import { readScript, type IrValue } from '../../src/port/index.js';

function valueOf(source: string, lang: string): IrValue | undefined {
  const node = readScript(source, { lang }).nodes.find((candidate) => candidate.kind === 'update');
  return node?.kind === 'update' ? node.value : undefined;
}

describe('string escapes', () => {
  it.each([
    ['powerbuilder', 'loo_J.UpdateString("a", "tab~there~nline ~"q~" ~~")', 'tab\there\nline "q" ~'],
    ['powershell', '$j.UpdateString("a", "tab`there`nline `"q`" and ""d""")', 'tab\there\nline "q" and "d"'],
    ['powershell', "$j.UpdateString(\"a\", 'it''s $notInterpolated')", "it's $notInterpolated"],
    ['chilkat2-python', 'j.UpdateString("a", "\\x41\\u00e9\\q")', 'Aé\\q'],
    ['php-ext', '$j->UpdateString("a", "\\q\\x41");', '\\qA'],
    ['chilkat2-python', "j.UpdateString(\"a\", r'C:\\new')", 'C:\\new'],
    ['c', 'CkJsonObject_UpdateString(j, "a", "\\101\\t\\"");', 'A\t"'],
    ['swift3', 'j.update("a", value: "\\u{1F600} \\"x\\"")', '\u{1F600} "x"'],
    ['php-ext', "$j->UpdateString('a', 'no \\n escape, it\\'s');", "no \\n escape, it's"],
    ['php-ext', '$j->UpdateString("a", "price $5\\n");', 'price $5\n'],
    ['perl', '$j->UpdateString("a", "\\@list \\$x");', '@list $x'],
    // An interpolated variable the porter cannot follow is reported, never kept as literal text.
    ['ruby', 'j.UpdateString("a", "#{unknown}")', undefined],
    ['ruby', 'name = "ann"\nj.UpdateString("a", "hi #{name}\\#{kept}")', 'hi ann#{kept}'],
    ['php-ext', '$who = "bo";\n$j->UpdateString("a", "x $who {$who} ${who}");', 'x bo bo bo'],
    ['powershell', '$j.UpdateString("a", "id $($x.Id)")', undefined],
    ['perl', '$j->UpdateString("a", "to @list");', undefined],
    ['csharp', 'var n = "ann";\nj.UpdateString("a", $"{n} {{x}}");', 'ann {x}'],
    ['tcl', 'CkJsonObject_UpdateString $j "a" "x\\ty"', 'x\ty'],
    ['go', 'j.UpdateString("a", `raw\\n`)', 'raw\\n'],
    ['csharp', 'j.UpdateString("a", @"C:\\x ""q""");', 'C:\\x "q"'],
    ['delphi-ax', "j.UpdateString('a', 'it''s');", "it's"],
    ['sql', "EXEC sp_OAMethod @j, 'UpdateString', @ok OUT, 'a', N'it''s'", "it's"],
    ['purebasic', 'CkJsonObject::ckUpdateString(j, "a", ~"q\\"x\\"")', 'q"x"'],
    ['foxpro', 'loJ.UpdateString("a", [no brackets] + \'"\' + "\'")', undefined],
    ['vbscript', 'j.UpdateString "a", "say ""hi""" & vbCrLf', 'say "hi"\r\n'],
    ['autoit', "$j.UpdateString('a', 'it''s' & @TAB)", "it's\t"],
  ])('%s: %s', (lang, call, expected) => {
    const creation: Record<string, string> = {
      powerbuilder: 'loo_J = create oleobject\nloo_J.ConnectToNewObject("Chilkat.JsonObject")',
      powershell: '$j = New-Object Chilkat.JsonObject',
      'chilkat2-python': 'j = chilkat2.JsonObject()',
      c: 'j = CkJsonObject_Create();',
      swift3: 'let j = CkoJsonObject()!',
      'php-ext': '$j = new CkJsonObject();',
      perl: '$j = chilkat::CkJsonObject->new();',
      ruby: 'j = Chilkat::CkJsonObject.new()',
      tcl: 'set j [new_CkJsonObject]',
      go: 'j := chilkat.NewJsonObject()',
      csharp: 'var j = new Chilkat.JsonObject();',
      'delphi-ax': 'j := TChilkatJsonObject.Create(Self);',
      sql: "EXEC @hr = sp_OACreate 'Chilkat.JsonObject', @j OUT",
      purebasic: 'j.i = CkJsonObject::ckCreate()',
      foxpro: "loJ = CreateObject('Chilkat.JsonObject')",
      vbscript: 'set j = CreateObject("Chilkat.JsonObject")',
      autoit: '$j = ObjCreate("Chilkat.JsonObject")',
    };
    const value = valueOf(`${creation[lang] ?? ''}\n${call}`, lang);
    if (expected === undefined) expect(value).toBeUndefined();
    else expect(value).toEqual({ type: 'string', value: expected });
  });
});

describe('booleans and numbers', () => {
  it.each([
    ['vb6', 'Dim j As New ChilkatJsonObject\nj.UpdateBool "a", 0', { type: 'boolean', value: false }],
    ['lianja', 'loJ = createobject("CkJsonObject")\nloJ.UpdateBool("a", .T.)', { type: 'boolean', value: true }],
    ['objc', 'CkoJsonObject *j = [[CkoJsonObject alloc] init];\n[j UpdateBool: @"a" value: NO];', { type: 'boolean', value: false }],
    ['c', 'j = CkJsonObject_Create();\nCkJsonObject_UpdateBool(j, "a", TRUE);', { type: 'boolean', value: true }],
    ['powershell', '$j = New-Object Chilkat.JsonObject\n$j.UpdateBool("a", $False)', { type: 'boolean', value: false }],
    ['vb6', 'Dim j As New ChilkatJsonObject\nj.UpdateInt "a", &H1F', { type: 'number', text: '31' }],
    ['csharp', 'var j = new Chilkat.JsonObject();\nj.UpdateInt("a", 0x10 * 2 - 1);', { type: 'number', text: '31' }],
    ['python', 'j = chilkat.CkJsonObject()\nj.UpdateInt("a", -(3))', { type: 'number', text: '-3' }],
    ['java', 'CkJsonObject j = new CkJsonObject();\nj.UpdateNumber("a", "-0.50");', { type: 'number', text: '-0.50' }],
    ['perl', '$j = chilkat::CkJsonObject->new();\n$j->UpdateNumber("a", 2.5);', { type: 'number', text: '2.5' }],
  ])('%s: %s', (lang, source, expected) => {
    expect(valueOf(source, lang)).toEqual(expected);
  });
});
