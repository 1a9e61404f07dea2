// Chilkat style keeps a script's helpers, its requests in order and the objects it reuses: a helper given
// the JsonObject becomes a TypeScript function taking that JsonObject, a second request reads the first
// response from the response the port's own send returned, and a variable given another object or response
// is declared once with `let`. Whatever the translator cannot write faithfully goes to the reporting port.
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../../src/port/ast/read-program.js';
import { detectLanguage, dictionaryEntry, portScript } from '../../../src/port/index.js';
import { translateChilkat } from '../../../src/port/translate/index.js';
import { runChilkatStyle } from '../run-chilkat-style.js';

/** Why the translator leaves a script to the reporting port. */
function whyNot(source: string, file: string): string | undefined {
  const spec = detectLanguage(source, { file });
  const result = translateChilkat(readProgram(source, spec), spec, file);
  return 'why' in result ? result.why : undefined;
}

function chilkat(source: string, file: string): { code: string; messages: readonly string[] } {
  const { code, messages } = portScript(source, { file, style: 'chilkat' });
  return { code, messages };
}

describe('chilkat-style helpers', () => {
  const helperScript = [
    'Dim json As New ChilkatJsonObject',
    'Dim lifetime As Long',
    'lifetime = 7200',
    'AddJwt json, lifetime',
    'success = json.UpdateString("name", "billing")',
    'AddJwt json, 60',
    'Debug.Print json.Emit()',
    '',
    'Sub AddJwt(j As ChilkatJsonObject, seconds As Long)',
    '    Dim ok As Long',
    '    ok = j.UpdateInt("jwt.lifetime", seconds)',
    '    ok = j.UpdateBool("jwt.secret_encoded", 0)',
    'End Sub',
  ].join('\n');

  it('writes a Sub taking the JsonObject as a function taking the JsonObject, called where the script called it', () => {
    const { code, messages } = chilkat(helperScript, 'helper.bas');
    expect(messages).toEqual([]);
    expect(code).toContain(['  AddJwt(json, lifetime);', "  json.UpdateString('name', 'billing');", '  AddJwt(json, 60);'].join('\n'));
    expect(code).toContain(['function AddJwt(j: JsonObject, seconds: number): void {', "  j.UpdateInt('jwt.lifetime', seconds);", "  j.UpdateBool('jwt.secret_encoded', false);", '}'].join('\n'));
  });

  it('changes the caller\'s object when the ported module runs', async () => {
    const { code } = chilkat(helperScript, 'helper.bas');
    expect(await runChilkatStyle(code)).toBe('{"jwt":{"lifetime":60,"secret_encoded":false},"name":"billing"}');
  });

  it('reports a helper given values of other kinds at a later call', () => {
    const source = ['$oJson = ObjCreate("Chilkat.JsonObject")', 'SetMeta($oJson, "a", "x")', 'SetMeta($oJson, "b", 2)', 'ConsoleWrite($oJson.Emit())', 'Func SetMeta($oJ, $sKey, $vValue)', '    $oJ.UpdateString("m." & $sKey, $vValue)', 'EndFunc'].join('\n');
    expect(whyNot(source, 'meta.au3')).toBe('line 3: SetMeta given values of other kinds than at its first call is not translated');
    expect(chilkat(source, 'meta.au3').messages).not.toEqual([]);
  });

  it('reports a helper that sets one of its parameters (ByRef in BASIC, not in TypeScript)', () => {
    const source = ['Dim json As New ChilkatJsonObject', 'Dim n As Long', 'n = 1', 'Bump json, n', 'success = json.UpdateInt("n", n)', 'Sub Bump(j As ChilkatJsonObject, k As Long)', '    k = k + 1', '    ok = j.UpdateInt("k", k)', 'End Sub'].join('\n');
    expect(whyNot(source, 'byref.bas')).toBe('line 4: Bump, which sets one of its parameters is not translated');
    const { code, messages } = chilkat(source, 'byref.bas');
    expect(messages).not.toEqual([]);
    expect(code).not.toContain('function Bump');
  });
});

describe('chilkat-style requests in order', () => {
  const tokenThenPatch = [
    'Set http = CreateObject("Chilkat.Http")',
    'Set json = CreateObject("Chilkat.JsonObject")',
    'success = json.UpdateString("client_secret", "s")',
    'Set resp = http.PostJson3("https://api.example/oauth/token", "application/json", json)',
    'Set jResp = CreateObject("Chilkat.JsonObject")',
    'success = jResp.Load(resp.BodyStr)',
    'http.AuthToken = jResp.StringOf("access_token")',
    'json.Clear',
    'success = json.UpdateString("name", "n")',
    'success = json.Delete("name")',
    'Set resp = http.PostJson3("https://api.example/clients", "application/json", json)',
    'WScript.Echo resp.StatusCode',
  ].join('\n');

  it('reads the first response for the second request, clears the reused body, and keeps one response variable', () => {
    const { code, messages } = chilkat(tokenThenPatch, 'token.vbs');
    expect(messages).toEqual([]);
    expect(code).toContain([
      "  let resp = await http.PostJson3('https://api.example/oauth/token', 'application/json', json);",
      '  if (resp === null) throw new Error(http.LastErrorText);',
      '  const jResp = new JsonObject();',
      '  jResp.Load(resp.BodyStr);',
      "  http.AuthToken = (jResp.StringOf('access_token') ?? '');",
      '  json.Clear();',
      "  json.UpdateString('name', 'n');",
      "  json.Delete('name');",
      "  resp = await http.PostJson3('https://api.example/clients', 'application/json', json);",
      '  if (resp === null) throw new Error(http.LastErrorText);',
    ].join('\n'));
  });

  it('declares a variable pointed at another object with let, and reports one pointed at an object of another class', async () => {
    // The While loop is what the flat port reports, so the script is translated.
    const again = ['Set json = CreateObject("Chilkat.JsonObject")', 'Set json2 = CreateObject("Chilkat.JsonObject")', 'i = 0', 'While i < 2', '    json2.UpdateInt "n", i', '    i = i + 1', 'Wend', 'Set json = json2', 'WScript.Echo json.Emit()'].join('\n');
    const { code, messages } = chilkat(again, 'again.vbs');
    expect(messages).toEqual([]);
    expect(code).toContain(['  let json = new JsonObject();', '  const json2 = new JsonObject();', '  let i = 0;'].join('\n'));
    expect(code).toContain(['  json = json2;', '  console.log(json.Emit());'].join('\n'));
    expect(await runChilkatStyle(code)).toBe('{"n":1}');
    const other = ['Set json = CreateObject("Chilkat.JsonObject")', 'Set sb = CreateObject("Chilkat.StringBuilder")', 'i = 0', 'While i < 2', '    json.UpdateInt "n", i', '    i = i + 1', 'Wend', 'Set json = sb', 'WScript.Echo json.Emit()'].join('\n');
    expect(whyNot(other, 'other.vbs')).toBe('line 8: pointing json at another object is not translated');
    expect(chilkat(other, 'other.vbs').messages).not.toEqual([]);
  });
});

describe('chilkat-style dictionaries and C buffers', () => {
  it('keeps a dictionary in a Map, so keys stay in the order the script wrote them', async () => {
    const source = ['import chilkat2', 'fields = {"b": "x", "10": "y"}', 'json = chilkat2.JsonObject()', 'for name, value in fields.items():', '    json.UpdateString("f." + name, value.upper())', 'if fields["b"] == "x":', '    json.UpdateBool("b", True)', 'print(json.Emit())'].join('\n');
    const { code, messages } = chilkat(source, 'dict.py');
    expect(messages).toEqual([]);
    expect(code).toContain("let fields = new Map([['b', 'x'], ['10', 'y']]);");
    expect(code).toContain("if (dictionaryEntry(fields, 'b') === 'x') {");
    expect(code).toContain("import { dictionaryEntry } from 'pathpatch/port';");
    expect(await runChilkatStyle(code, { dictionaryEntry })).toBe('{"f":{"b":"X","10":"Y"},"b":true}');
  });

  it('stops at a dictionary read of a key the script never set, naming it, rather than send another body', async () => {
    const source = ['import chilkat2', 'fields = {"b": "x"}', 'json = chilkat2.JsonObject()', 'json.UpdateString("tier", fields["tier"])', 'print(json.Emit())'].join('\n');
    const { code, messages } = chilkat(source, 'missing.py');
    expect(messages).toEqual([]);
    expect(code).toContain("json.UpdateString('tier', dictionaryEntry(fields, 'tier'));");
    await expect(runChilkatStyle(code, { dictionaryEntry })).rejects.toThrow(
      'the dictionary has no key "tier": the script reads a key it never set, and the port stops here rather than guess what the script\'s language would have sent',
    );
  });

  it('writes snprintf into a C text buffer as an assignment of the formatted text', async () => {
    const source = ['#include <C_CkJsonObject.h>', 'void ChilkatSample(void)', '{', '    HCkJsonObject json;', '    char path[32];', '    int i;', '    json = CkJsonObject_Create();', '    for (i = 0; i < 2; i++) {', '        snprintf(path, sizeof(path), "ids[%d]", i);', '        CkJsonObject_UpdateInt(json, path, i * 10);', '    }', '    printf(CkJsonObject_emit(json));', '}'].join('\n');
    const { code, messages } = chilkat(source, 'buffer.c');
    expect(messages).toEqual([]);
    expect(code).toContain(["  let path = '';", '  const json = new JsonObject();', '  for (let i = 0; i < 2; i++) {', '    path = `ids[${i}]`;'].join('\n'));
    expect(await runChilkatStyle(code)).toBe('{"ids":[0,10]}');
  });
});
