// Regression tests for defects a reviewer demonstrated: each fix keeps a call from being dropped or mis-ported silently.
import { describe, expect, it } from 'vitest';
import { JsonObject } from '../../src/chilkat.js';
import { payloadFromIr } from '../../src/port/build-from-ir.js';
import { generateModule, readScript } from '../../src/port/index.js';
import { compileErrors, describeIr } from './helpers.js';

function irOf(source: string, file: string): string {
  return describeIr(readScript(source, { file }).nodes);
}

describe('calls are never dropped silently', () => {
  it('C#: Delete* with arguments, a call in a condition runs, calls in returns, wrong argument counts', () => {
    const source = [
      'Chilkat.JsonObject json = new Chilkat.JsonObject();',
      'json.UpdateString("a", "1");',
      'json.Delete("a");',
      'json.DeleteMember("b");',
      'json.DeleteAt(0);',
      'if (json.UpdateString("c", "3")) { }',
      'return json.UpdateInt("n", 5);',
      'json.UpdateInt("n", 5, 6);',
      'json.UpdateNull("z", 1);',
      'json.Dispose();',
      '',
    ].join('\n');
    expect(irOf(source, 'a.cs')).toBe(
      [
        '  1 new JsonObject json',
        '  2 json.UpdateString("a") = "1"',
        '  3 UNSUPPORTED JsonObject.Delete is not ported',
        '  4 UNSUPPORTED JsonObject.DeleteMember is not ported',
        '  5 UNSUPPORTED JsonObject.DeleteAt is not ported',
        '  6 json.UpdateString("c") = "3"',
        '  7 UNSUPPORTED a call inside a condition or return is not followed: json.UpdateInt',
        '  8 UNSUPPORTED JsonObject.UpdateInt takes 2 arguments, got 3',
        '  9 UNSUPPORTED JsonObject.UpdateNull takes 1 argument, got 2',
      ].join('\n'),
    );
  });

  it('VB6: Delete with an argument, a single-line If, reads in conditions stay quiet', () => {
    const source = [
      'Dim json As New ChilkatJsonObject',
      'json.UpdateString "a", "1"',
      'json.Delete "a"',
      'If x Then json.UpdateString "d", "4"',
      'If json.LastMethodSuccess <> 1 Then MsgBox "x"',
      'Set json = Nothing',
      '',
    ].join('\n');
    expect(irOf(source, 'a.bas')).toBe(
      [
        '  1 new JsonObject json',
        '  2 json.UpdateString("a") = "1"',
        '  3 UNSUPPORTED JsonObject.Delete is not ported',
        '  4 UNSUPPORTED inside the If on line 4, whose condition is not known (cannot follow the value of x): not ported',
      ].join('\n'),
    );
  });

  it('Python: Delete with an argument, calls in if and return', () => {
    const source = [
      'import chilkat2',
      'json = chilkat2.JsonObject()',
      'json.UpdateString("a", "1")',
      'json.Delete("a")',
      'if x: json.UpdateString("d", "4")',
      'return json.UpdateInt("e", 1)',
      '',
    ].join('\n');
    expect(irOf(source, 'a.py')).toBe(
      [
        '  2 new JsonObject json',
        '  3 json.UpdateString("a") = "1"',
        '  4 UNSUPPORTED JsonObject.Delete is not ported',
        '  5 UNSUPPORTED inside the If on line 5, whose condition is not known (cannot follow the value of x): not ported',
        '  6 UNSUPPORTED a call inside a condition or return is not followed: json.UpdateInt',
      ].join('\n'),
    );
  });
});

describe('out-of-range ints', () => {
  it('an UpdateInt Chilkat refuses becomes a no-effect comment and a diagnostic', () => {
    const source = [
      'Chilkat.Http http = new Chilkat.Http();',
      'Chilkat.JsonObject json = new Chilkat.JsonObject();',
      'json.UpdateInt("big", 2147483648);',
      'json.UpdateUInt("neg", -1);',
      'json.UpdateInt("ok", 5);',
      'Chilkat.HttpResponse resp = http.PostJson3("https://api.example.com/x", "application/json", json);',
      '',
    ].join('\n');
    const generated = generateModule(readScript(source, { file: 'a.cs' }), { file: 'a.cs', languageName: 'C#' });
    expect(generated.diagnostics).toEqual([
      { line: 3, message: 'UpdateInt("big") has no effect in Chilkat: the value must be a 32-bit integer, not 2147483648' },
      { line: 4, message: 'UpdateUInt("neg") has no effect in Chilkat: the value must be an unsigned 32-bit integer, not -1' },
    ]);
    expect(generated.code).toContain('    // UpdateInt("big") has no effect in Chilkat: the value must be a 32-bit integer, not 2147483648 (line 3)\n');
    expect(generated.code).toContain(".set('ok', 5)");
    expect(generated.code).not.toContain('2147483648)');
  });
});

describe('comments in generated code', () => {
  const file = 'evil */ name\r\nx\u2028y.cs';
  const source = [
    'Chilkat.Http http = new Chilkat.Http();',
    'Chilkat.JsonObject json = new Chilkat.JsonObject();',
    'json.UpdateBd("a", "x */ y\u2028z\u2029w");',
    'json.UpdateString("b", "1");',
    'Chilkat.HttpResponse resp = http.PostJson3("https://api.example.com/x", "application/json", json);',
    '',
  ].join('\n');

  it('escapes comment terminators and line breaks from file names and source excerpts', async () => {
    const ir = readScript(source, { file: 'a.cs' });
    const builder = generateModule(ir, { file, languageName: 'C#' }).code;
    const chilkat = generateModule(ir, { file, languageName: 'C#', style: 'chilkat' }).code;
    for (const code of [builder, chilkat]) {
      expect(code.split('\n')[1]).toBe(' * Ported by pathpatch from evil *\\/ name x y.cs (C#).');
      expect(code).not.toMatch(/[\r\u2028\u2029]/u);
    }
    expect(builder).toContain('    // TODO(pathpatch): JsonObject.UpdateBd is not ported (line 3: json.UpdateBd("a", "x *\\/ y z w");)\n');
    expect(chilkat).toContain('  // TODO(pathpatch): JsonObject.UpdateBd is not ported (line 3: json.UpdateBd("a", "x *\\/ y z w");)\n');
    expect(await compileErrors([builder, chilkat])).toEqual([]);
  });
});

describe('--style chilkat send bodies', () => {
  it('wraps literal text for PTextSb in a StringBuilder, reads JSON text with Emit(), reports null and unportable bodies', async () => {
    const source = [
      'Chilkat.Http http = new Chilkat.Http();',
      'Chilkat.JsonObject json = new Chilkat.JsonObject();',
      'json.UpdateString("a", "1");',
      'Chilkat.HttpResponse r1 = http.PTextSb("POST", "https://api.example.com/a", null, "utf-8", "application/json", false, false);',
      'Chilkat.HttpResponse r2 = http.PTextSb("POST", "https://api.example.com/b", "{\\"x\\":1}", "utf-8", "application/json", false, false);',
      'Chilkat.HttpResponse r3 = http.PText("POST", "https://api.example.com/c", json.Emit(), "utf-8", "application/json", false, false);',
      'Chilkat.HttpResponse r4 = http.PostJson3("https://api.example.com/d", "application/json", "{}");',
      '',
    ].join('\n');
    const generated = generateModule(readScript(source, { file: 'a.cs' }), { file: 'a.cs', languageName: 'C#', style: 'chilkat' });
    expect(generated.diagnostics).toEqual([
      { line: 4, message: 'the body of PTextSb is null' },
      { line: 7, message: 'Http.PostJson3 is sent a literal text body where pathpatch/chilkat takes a JsonObject; not ported' },
    ]);
    expect(generated.code).toContain(
      [
        "import { Http, JsonObject, StringBuilder } from 'pathpatch/chilkat';",
        '',
        '/** Runs the script as it was written, on pathpatch/chilkat. */',
        'export async function main(): Promise<void> {',
        '  const http = new Http();',
        '  const json = new JsonObject();',
        "  json.UpdateString('a', '1');",
        '  // TODO(pathpatch): the body of PTextSb is null (line 4: Chilkat.HttpResponse r1 = http.PTextSb("POST", "https://api.example.com/a", null, "utf-8", "application/json", false, false);)',
        '  const httpBody5 = new StringBuilder();',
        "  httpBody5.Append('{\"x\":1}');",
        "  const r2 = await http.PTextSb('POST', 'https://api.example.com/b', httpBody5, 'utf-8', 'application/json', false, false);",
        '  if (r2 === null) throw new Error(http.LastErrorText);',
        '  console.log(r2.StatusCode);',
        '  console.log(r2.BodyStr);',
        "  const r3 = await http.PText('POST', 'https://api.example.com/c', json.Emit(), 'utf-8', 'application/json', false, false);",
        '  if (r3 === null) throw new Error(http.LastErrorText);',
        '  console.log(r3.StatusCode);',
        '  console.log(r3.BodyStr);',
        '  // TODO(pathpatch): Http.PostJson3 is sent a literal text body where pathpatch/chilkat takes a JsonObject; not ported (line 7)',
        '}',
      ].join('\n'),
    );
    expect(await compileErrors([generated.code])).toEqual([]);
  });
});

describe('a __proto__ key', () => {
  const source = [
    'Chilkat.Http http = new Chilkat.Http();',
    'Chilkat.JsonObject json = new Chilkat.JsonObject();',
    'json.UpdateString("__proto__.x", "1");',
    'json.UpdateString("b", "2");',
    'Chilkat.HttpResponse resp = http.PostJson3("https://api.example.com/d", "application/json", json);',
    '',
  ].join('\n');

  it('is kept as a plain key, with the same bytes as pathpatch/chilkat', async () => {
    const ir = readScript(source, { file: 'a.cs' });
    const generated = generateModule(ir, { file: 'a.cs', languageName: 'C#' });
    expect(generated.diagnostics).toEqual([]);
    expect(generated.code).toContain(["  return payload<RequestBody>({}, { protoKeys: 'keep' })", "    .set('__proto__.x', '1')", "    .set('b', '2');"].join('\n'));
    const json = new JsonObject();
    json.UpdateString('__proto__.x', '1');
    json.UpdateString('b', '2');
    expect(payloadFromIr(ir).emit()).toBe(json.Emit());
    expect(json.Emit()).toBe('{"__proto__":{"x":"1"},"b":"2"}');
    expect(await compileErrors([generated.code])).toEqual([]);
  });

  it('leaves other modules on the strict default', () => {
    const generated = generateModule(readScript(source.replace('__proto__.x', 'p.x'), { file: 'a.cs' }), { file: 'a.cs', languageName: 'C#' });
    expect(generated.code).toContain('  return payload<RequestBody>()\n');
  });
});

describe('secrets in URLs and headers', () => {
  const source = [
    'Chilkat.Http http = new Chilkat.Http();',
    'http.SetRequestHeader("Authorization", "sk_live_abc123");',
    'http.SetRequestHeader("X-Custom", "sk_live_def456");',
    'http.SetRequestHeader("Authorization", "Bearer sk_live_ghi789");',
    'Chilkat.JsonObject json = new Chilkat.JsonObject();',
    'json.UpdateString("b", "2");',
    'Chilkat.HttpResponse resp = http.PostJson3("https://admin:pa55w0rd@api.example.com/d?api_key=KEY123&page=2&access_token=TOK456", "application/json", json);',
    '',
  ].join('\n');

  it('are read from the environment in both styles, never inlined', async () => {
    const ir = readScript(source, { file: 'a.cs' });
    const builder = generateModule(ir, { file: 'a.cs', languageName: 'C#' }).code;
    const chilkat = generateModule(ir, { file: 'a.cs', languageName: 'C#', style: 'chilkat' }).code;
    for (const code of [builder, chilkat]) expect(code).not.toMatch(/admin|pa55w0rd|KEY123|TOK456|sk_live/);
    expect(builder).toContain(
      [
        '  const response = await send(buildPayload(), {',
        "    url: 'https://api.example.com/d?api_key={{api_key}}&page=2&access_token={{access_token}}',",
        "    method: 'POST',",
        "    vars: { api_key: env('API_KEY'), access_token: env('ACCESS_TOKEN') },",
        "    basic: { username: env('URL_USERNAME'), password: env('URL_PASSWORD') },",
        "    headers: { 'X-Custom': env('X_CUSTOM'), Authorization: env('AUTHORIZATION') },",
        '  });',
      ].join('\n'),
    );
    expect(chilkat).toContain("  http.SetRequestHeader('X-Custom', env('X_CUSTOM'));\n");
    expect(chilkat).toContain(
      "  const resp = await http.PostJson3(`https://${env('URL_USERNAME')}:${env('URL_PASSWORD')}@api.example.com/d?api_key=${env('API_KEY')}&page=2&access_token=${env('ACCESS_TOKEN')}`, 'application/json', json);\n",
    );
    expect(await compileErrors([builder, chilkat])).toEqual([]);
  });
});

describe('literals the reader must not mis-read', () => {
  it('Python: a \\N{NAME} escape is reported, not ported as its text; 0o and 0b integers are read', () => {
    const source = [
      'import chilkat2',
      'json = chilkat2.JsonObject()',
      'json.UpdateString("a", "\\N{BULLET} item")',
      'json.UpdateString("b", r"\\N{BULLET}")',
      'json.UpdateInt("c", 0o17)',
      'json.UpdateInt("d", 0b101)',
      '',
    ].join('\n');
    expect(irOf(source, 'a.py')).toBe(
      [
        '  2 new JsonObject json',
        '  3 UNSUPPORTED the escape \\N{BULLET} (a Unicode character name) is not ported',
        '  4 json.UpdateString("b") = "\\\\N{BULLET}"',
        '  5 json.UpdateInt("c") = 15',
        '  6 json.UpdateInt("d") = 5',
      ].join('\n'),
    );
  });

  it('PHP: a leading 0 is octal, 0x hex, 0b binary; 089 is reported', () => {
    const source = [
      '<?php',
      '$json = new CkJsonObject();',
      '$json->UpdateInt("a", 010);',
      '$json->UpdateInt("b", 0x1A);',
      '$json->UpdateInt("c", 0b101);',
      '$json->UpdateInt("d", 10);',
      '$json->UpdateInt("e", 0);',
      '$json->UpdateInt("f", 089);',
      '',
    ].join('\n');
    expect(irOf(source, 'a.php')).toBe(
      [
        '  2 new JsonObject $json',
        '  3 $json.UpdateInt("a") = 8',
        '  4 $json.UpdateInt("b") = 26',
        '  5 $json.UpdateInt("c") = 5',
        '  6 $json.UpdateInt("d") = 10',
        '  7 $json.UpdateInt("e") = 0',
        '  8 UNSUPPORTED 089 is not a valid octal literal',
      ].join('\n'),
    );
  });
});

describe('secrets in quoted source lines', () => {
  it('are masked in TODO comments', () => {
    const source = [
      'Chilkat.Http http = new Chilkat.Http();',
      'http.SetRequestHeader("X-Api-Key", someVar + "plainsecret");',
      'http.SetRequestHeader("X-Other", someVar + "sk_live_abc123");',
      'Chilkat.JsonObject json = new Chilkat.JsonObject();',
      'json.UpdateString("b", "2");',
      'Chilkat.HttpResponse resp = http.PostJson3("https://admin:pa55w0rd@api.example.com/d?api_key=KEY123&page=2", unknownType, json);',
      '',
    ].join('\n');
    const ir = readScript(source, { file: 'a.cs' });
    for (const style of ['builder', 'chilkat'] as const) {
      const code = generateModule(ir, { file: 'a.cs', languageName: 'C#', style }).code;
      expect(code).not.toMatch(/plainsecret|admin|pa55w0rd|KEY123|sk_live/);
      expect(code).toContain('  // TODO(pathpatch): cannot follow the header value (cannot follow an expression) (line 2: http.SetRequestHeader("X-Api-Key", someVar + "***");)\n');
      expect(code).toContain('  // TODO(pathpatch): cannot follow the header value (cannot follow an expression) (line 3: http.SetRequestHeader("X-Other", someVar + "***");)\n');
      expect(code).toContain(
        '  // TODO(pathpatch): cannot follow the content type (cannot follow the value of unknownType) (line 6: Chilkat.HttpResponse resp = http.PostJson3("https://***@api.example.com/d?api_key=***&page=2", unknownType, json);)\n',
      );
    }
  });
});
