// Builder style translates a script's helpers: a Sub, Function, def or procedure given the JsonObject takes
// the builder and returns the one it made, and the caller keeps it (`json = AddJwt(json, 60);`), so the
// helper's updates reach the caller's body through its loops, conditions and early exits. What a function
// cannot give back faithfully (two changed bodies, a result besides the body) goes to the reporting port.
// Where a language's functions see the top level (VBScript, AutoIt, ...), what a helper reads there is passed in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../../src/port/ast/read-program.js';
import { detectLanguage, portScript } from '../../../src/port/index.js';
import { translateBuilder, translateChilkat } from '../../../src/port/translate/index.js';
import { typeErrorsOf } from '../../helpers/type-check.js';
import { runBuilderStyle } from '../run-builder-style.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The builder-style translation of a script, or why there is none. */
function translated(lines: readonly string[], file: string): { code: string } | { why: string } {
  const source = lines.join('\n');
  const spec = detectLanguage(source, { file });
  return translateBuilder(readProgram(source, spec), spec, file);
}

function codeOf(lines: readonly string[], file: string): string {
  const result = translated(lines, file);
  return 'code' in result ? result.code : `not translated: ${result.why}`;
}

function refusal(lines: readonly string[], file: string): string | undefined {
  const result = translated(lines, file);
  return 'why' in result ? result.why : undefined;
}

const HEAD = ['Dim http As New ChilkatHttp', 'Dim json As New ChilkatJsonObject'];
const SEND = ['Dim sb As New ChilkatStringBuilder', 'success = json.EmitSb(sb)', 'Set resp = http.PTextSb("PATCH", "https://api.example/x", sb, "utf-8", "application/json", 0, 0)'];

describe('builder-style helpers', () => {
  const helperScript = [
    ...HEAD,
    'AddJwt json, 7200',
    'success = json.UpdateString("name", "billing")',
    'AddJwt json, 60',
    ...SEND,
    '',
    'Sub AddJwt(j As ChilkatJsonObject, seconds As Long)',
    '    ok = j.UpdateInt("jwt.lifetime", seconds)',
    '    If seconds > 3600 Then',
    '        ok = j.UpdateBool("jwt.long", 1)',
    '        Exit Sub',
    '    End If',
    '    Tag j, "short"',
    'End Sub',
    '',
    'Sub Tag(k As ChilkatJsonObject, t As String)',
    '    ok = k.UpdateString("tags[-1]", t)',
    'End Sub',
  ];

  it('writes a helper given the JsonObject as a function taking the builder and returning the one it made', () => {
    const code = codeOf(helperScript, 'helper.bas');
    expect(code).toContain("import { payload, type Payload, send } from 'pathpatch';");
    expect(code).toContain([
      "  let json = payload<RequestBody>({}, { gaps: 'append', conflicts: 'skip' });",
      '  json = AddJwt(json, 7200);',
      "  json = json.set('name', 'billing');",
      '  json = AddJwt(json, 60);',
      "  await send(json, { url: 'https://api.example/x', method: 'PATCH' });",
    ].join('\n'));
    // Every way out gives the builder back; a helper it calls with the builder is kept the same way.
    expect(code).toContain([
      'function AddJwt(j: Payload<RequestBody>, seconds: number): Payload<RequestBody> {',
      "  j = j.set('jwt.lifetime', seconds);",
      '  if (seconds > 3600) {',
      "    j = j.set('jwt.long', true);",
      '    return j;',
      '  }',
      "  j = Tag(j, 'short');",
      '  return j;',
      '}',
    ].join('\n'));
    expect(code).toContain(['function Tag(k: Payload<RequestBody>, t: string): Payload<RequestBody> {', "  k = k.set('tags[]', t);", '  return k;', '}'].join('\n'));
  });

  it("types the caller's body with what its helpers build", () => {
    expect(codeOf(helperScript, 'helper.bas')).toContain(['export interface RequestBody {', '  jwt?: {', '    lifetime?: number;', '    long?: boolean;', '  };', '  tags?: Array<string>;', '  name?: string;', '}'].join('\n'));
  });

  it("sends the caller's body with every helper's updates when the ported module runs", async () => {
    expect(await runBuilderStyle(codeOf(helperScript, 'helper.bas'))).toEqual(['{"jwt":{"lifetime":60,"long":true},"name":"billing","tags":["short"]}']);
  });

  it('translates helpers of the scripting and C families the same way, loops and all', async () => {
    const python = ['import chilkat2', 'def add_scopes(j, scopes):', '    for n in range(len(scopes)):', '        j.UpdateString("scopes[" + str(n) + "]", scopes[n])', 'http = chilkat2.Http()', 'json = chilkat2.JsonObject()', 'add_scopes(json, ["read", "write"])', 'resp = http.PostJson3("https://api.example.com/items", "application/json", json)'];
    const { code, messages } = portScript(python.join('\n'), { file: 'scopes.py' });
    expect(messages).toEqual([]);
    expect(code).toContain(['function add_scopes(j: Payload<RequestBody>, scopes: readonly string[]): Payload<RequestBody> {', '  for (let n = 0; n < scopes.length; n++) {', '    j = j.set(`scopes[${n}]`, scopes[n]!);', '  }', '  return j;', '}'].join('\n'));
    expect(code).toContain("  json = add_scopes(json, ['read', 'write']);");
    expect(await runBuilderStyle(code)).toEqual(['{"scopes":["read","write"]}']);
  });

  it("names a parameter the helper never reads with '_', so the module type-checks under the strict tsconfig", () => {
    const unused = ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', 'Stamp json, "unused"', 'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)', 'Sub Stamp(j, note)', '    j.UpdateString "owner", "ann"', 'End Sub'];
    const code = codeOf(unused, 'unused.vbs');
    expect(code).toContain('function Stamp(j: Payload<RequestBody>, _note: string): Payload<RequestBody> {');
    const dir = join(ROOT, '.tmp/builder-helpers');
    mkdirSync(dir, { recursive: true });
    const files = [code, codeOf(helperScript, 'helper.bas')].map((module, at) => {
      const file = join(dir, `module${String(at)}.ts`);
      writeFileSync(file, module.replaceAll("from 'pathpatch'", `from '${join(ROOT, 'src/index.js')}'`));
      return file;
    });
    expect([...typeErrorsOf(files).values()].flat()).toEqual([]);
  });

  it('reports a helper that ends the script, in both styles (a return from the function would go on with it)', () => {
    const source = ['import sys', 'import chilkat2', 'def tag(j):', '    j.UpdateInt("m", 1)', '    if True:', '        sys.exit()', 'http = chilkat2.Http()', 'json = chilkat2.JsonObject()', 'tag(json)', 'json.UpdateInt("n", 2)', 'resp = http.PostJson3("https://api.example.com/items", "application/json", json)'];
    expect(refusal(source, 'exit.py')).toBe('line 9: tag, which ends the script is not translated');
    const spec = detectLanguage(source.join('\n'), { file: 'exit.py' });
    expect(translateChilkat(readProgram(source.join('\n'), spec), spec, 'exit.py')).toEqual({ why: 'line 9: tag, which ends the script is not translated' });
  });

  it('reports a helper that changes two of the bodies it is given (a function gives back one value)', () => {
    const source = [...HEAD, 'Dim other As New ChilkatJsonObject', 'Both json, other', ...SEND, 'Sub Both(x As ChilkatJsonObject, y As ChilkatJsonObject)', '    ok = x.UpdateInt("n", 1)', '    ok = y.UpdateInt("n", 2)', 'End Sub'];
    expect(refusal(source, 'both.bas')).toBe('line 4: Both, which changes two of the objects it is given is not translated');
  });

  it('reports a body a helper changes after it was emitted, even when the helper was written at an earlier call', () => {
    const source = [...HEAD, 'Tag json', 'Dim sb As New ChilkatStringBuilder', 'success = json.EmitSb(sb)', 'Tag json', 'Set resp = http.PTextSb("PATCH", "https://api.example/x", sb, "utf-8", "application/json", 0, 0)', 'Sub Tag(j As ChilkatJsonObject)', '    ok = j.UpdateInt("n", 1)', 'End Sub'];
    expect(refusal(source, 'stale.bas')).toBe('line 7: a body changed after EmitSb is not translated');
  });

  it("reports a helper's result and a helper given an object builder style does not pass", () => {
    const result = [...HEAD, 'n = Tag(json)', 'success = json.UpdateInt("n", n)', ...SEND, 'Function Tag(j As ChilkatJsonObject) As Long', '    ok = j.UpdateInt("m", 1)', '    Tag = 2', 'End Function'];
    expect(refusal(result, 'result.bas')).toBe("line 3: using the result of Tag, one of the script's functions, is not translated");
    const returned = ['import chilkat2', 'def tag(j):', '    j.UpdateInt("m", 1)', '    return 2', 'http = chilkat2.Http()', 'json = chilkat2.JsonObject()', 'tag(json)', 'resp = http.PostJson3("https://api.example.com/items", "application/json", json)'];
    expect(refusal(returned, 'returned.py')).toBe('line 4: a return with a value is not translated');
    const http = [...HEAD, 'Tag http', ...SEND, 'Sub Tag(h As ChilkatHttp)', '    h.SetRequestHeader "X", "1"', 'End Sub'];
    expect(refusal(http, 'http.bas')).toBe('line 3: the parameter h of Tag, given a Chilkat Http is not translated');
    // A parameter named like another body of main() would mix the two bodies' interfaces.
    const named = [...HEAD, 'Dim j As New ChilkatJsonObject', 'Tag json', ...SEND, 'Sub Tag(j As ChilkatJsonObject)', '    ok = j.UpdateInt("n", 1)', 'End Sub'];
    expect(refusal(named, 'named.bas')).toBe('line 4: the parameter j of Tag, given a Chilkat JsonObject is not translated');
  });
});

describe('helpers reading the top level', () => {
  const chilkat = (lines: readonly string[], file: string): string => {
    const source = lines.join('\n');
    const spec = detectLanguage(source, { file });
    const result = translateChilkat(readProgram(source, spec), spec, file);
    return 'code' in result ? result.code : `not translated: ${result.why}`;
  };

  it("passes the top level's variables a VBScript Sub reads after its own parameters, in both styles", async () => {
    const source = ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', 'owner = "ann"', 'For i = 0 To 1', '    Tag json, i', 'Next', 'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)', 'Sub Tag(j, k)', '    j.UpdateString "owners[" & k & "]", owner', 'End Sub'];
    const builder = codeOf(source, 'owner.vbs');
    // main() keeps `owner`, which only the helper reads.
    expect(builder).toContain(["  let owner = 'ann';", '  for (let i = 0; i <= 1; i++) {', '    json = Tag(json, i, owner);', '  }'].join('\n'));
    expect(builder).toContain(['function Tag(j: Payload<RequestBody>, k: number, owner: string): Payload<RequestBody> {', '  j = j.set(`owners[${k}]`, owner);', '  return j;', '}'].join('\n'));
    expect(await runBuilderStyle(builder)).toEqual(['{"owners":["ann","ann"]}']);
    expect(chilkat(source, 'owner.vbs')).toContain(['function Tag(j: JsonObject, k: number, owner: string): void {', '  j.UpdateString(`owners[${k}]`, owner);', '}'].join('\n'));
  });

  it("gives back the top level's body a Sub changes in place of its parameter", () => {
    const source = ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', 'AddOwner json', 'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)', 'Sub AddOwner(j)', '    json.UpdateString "owner", "ann"', 'End Sub'];
    const code = codeOf(source, 'global.vbs');
    expect(code).toContain('  json = AddOwner(json, json);');
    expect(code).toContain(['function AddOwner(_j: Payload<RequestBody>, json: Payload<RequestBody>): Payload<RequestBody> {', "  json = json.set('owner', 'ann');", '  return json;', '}'].join('\n'));
    expect(chilkat(source, 'global.vbs')).toContain(['  AddOwner(json, json);'].join('\n'));
  });

  it("reports a Sub that sets the top level's variable, and a PHP function, which does not see the top level", () => {
    const sets = ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', 'n = 1', 'Bump json', 'json.UpdateInt "n", n', 'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)', 'Sub Bump(j)', '    n = 2', '    j.UpdateInt "m", n', 'End Sub'];
    expect(refusal(sets, 'sets.vbs')).toBe("line 4: Bump, which sets the script's variable n is not translated");
    expect(chilkat(sets, 'sets.vbs')).toBe("not translated: line 4: Bump, which sets the script's variable n is not translated");
    const php = ['<?php', 'function addOwner($j) {', '    $json->UpdateString("owner", "ann");', '}', '$http = new CkHttp();', '$json = new CkJsonObject();', 'addOwner($json);', '$resp = $http->PostJson3("https://api.example.com/items", "application/json", $json);', '?>'];
    expect(refusal(php, 'global.php')).toBe('line 3: the name $json is not translated');
  });
});
