// Golden tests for the generated TypeScript: whole modules for one script, and
// focused chains for Chilkat's semantics, secrets, send shapes and diagnostics.
import { describe, expect, it } from 'vitest';
import { portScript } from '../../src/port/index.js';
import { readFixture } from './helpers.js';

function chain(code: string): string {
  return code.slice(code.indexOf('  return payload'), code.indexOf('\n}\n', code.indexOf('  return payload')));
}

function mainOf(code: string): string {
  const start = code.indexOf('export async function main');
  return code.slice(start, code.indexOf('\n}\n', start) + 2);
}

describe('builder style', () => {
  it('writes an interface, buildPayload() and main() for the AutoIt fixture', () => {
    const result = portScript(readFixture('autoit.au3'), { file: 'autoit.au3' });
    expect(result.code).toMatchInlineSnapshot(`
      "/**
       * Ported by pathpatch from autoit.au3 (AutoIt).
       * main() reads these environment variables: HOST, ID, API_TOKEN.
       */
      import { payload, rawNumber, send } from 'pathpatch';

      /** The request body, inferred from what the script builds. */
      export interface RequestBody {
        title: string;
        path: string;
        retries: number;
        active: boolean;
        archived: boolean;
        price: number;
        deleted_at: null;
        meta: Record<string, unknown>;
        tags: string[];
        items: Array<{
          n: number;
        }>;
        note: string;
      }

      /** Builds the request body the way the script did, with canonical paths. */
      export function buildPayload() {
        return payload<RequestBody>()
          .set('title', 'Say "hi", it\\'s')
          .set('path', 'C:\\\\temp')
          .set('retries', -3)
          .set('active', true)
          .set('archived', false)
          .set('price', rawNumber('1.50'))
          .set('deleted_at', null)
          .object('meta')
          .array('tags')
          .set('tags[0]', 'first')
          .set('items[0].n', 0)
          .set('items[1].n', 1)
          .set('note', 'line one joined');
          // TODO(pathpatch): JsonObject.UpdateBd is not ported (line 22: $oJson.UpdateBd("blob", $oBd))
      }

      /** Sends the request like the script did; secrets come from the environment. */
      export async function main(): Promise<void> {
        const response = await send(buildPayload(), {
          url: 'https://{{host}}/v1/items/:id',
          method: 'PATCH',
          vars: { host: env('HOST') },
          params: { id: env('ID') },
          token: env('API_TOKEN'),
          headers: { 'X-Trace': 'abc' },
        });
        console.log(response.status);
        console.log(JSON.stringify(response.data));
      }

      /** Reads a required environment variable (secrets are never written into this file). */
      function env(name: string): string {
        const value = process.env[name];
        if (value === undefined) throw new Error(\`Set the \${name} environment variable.\`);
        return value;
      }
      "
    `);
    expect(result.messages).toEqual(['autoit.au3:22: JsonObject.UpdateBd is not ported']);
  });

  it('resolves paths with Chilkat semantics: appends past the end, I/J/K, delimiter, failed calls, raw numbers', () => {
    const script = [
      'set json = CreateObject("Chilkat.JsonObject")',
      'json.UpdateString "a[5]", "x"',
      'json.UpdateString "a[0]", "y"',
      'json.J = 3',
      'json.UpdateInt "m[j].v", 1',
      'json.DelimiterChar = "/"',
      'json.UpdateString "p/q.r", "z"',
      'json.DelimiterChar = "."',
      'json.UpdateString "s", "1"',
      'json.UpdateString "s.t", "2"',
      'json.UpdateNumber "big", "12345678901234567890"',
      'json.UpdateNumber "comma", "1,5"',
      'json.UpdateNumber "bad", "abc"',
      'json.UpdateNewObject "o"',
      'json.UpdateString "o.k", "v"',
      'json.UpdateNewObject "o"',
      'json.UpdateString "t", "v"',
      'json.UpdateNewArray "t"',
      'json.UpdateString """x.y"".z", "quoted"',
    ].join('\n');
    const result = portScript(script, { file: 'paths.vbs' });
    expect(chain(result.code)).toMatchInlineSnapshot(`
      "  return payload<RequestBody>()
          .set('a[0]', 'x')
          .set('a[0]', 'y')
          .set('m[0].v', 1)
          .set('p."q.r"', 'z')
          .set('s', '1')
          // UpdateString("s.t") has no effect in Chilkat: member "s" is a string, not an object (line 10)
          .set('big', rawNumber('12345678901234567890'))
          .set('comma', 1.5)
          // TODO(pathpatch): UpdateNumber("bad") writes text that is not a JSON number
          .object('o')
          .set('o.k', 'v')
          .object('o')
          .set('t', 'v')
          .set('t', [])
          .set('"x.y".z', 'quoted');"
    `);
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "paths.vbs:10: UpdateString("s.t") has no effect in Chilkat: member "s" is a string, not an object",
        "paths.vbs:13: UpdateNumber("bad") writes text that is not a JSON number",
      ]
    `);
  });

  it('infers optional members for array elements that differ', () => {
    const script = ['$j = ObjCreate("Chilkat.JsonObject")', '$j.UpdateString("users[0].name", "a")', '$j.UpdateInt("users[1].age", 3)', '$j.UpdateBool("users[1].admin", True)'].join('\n');
    const code = portScript(script, { file: 'users.au3' }).code;
    expect(code.slice(code.indexOf('export interface'), code.indexOf('\n}\n') + 2)).toMatchInlineSnapshot(`
      "export interface RequestBody {
        users: Array<{
          name?: string;
          age?: number;
          admin?: boolean;
        }>;
      }"
    `);
  });

  it('never writes secrets into the module: token, basic auth and secret headers come from env vars', () => {
    const script = [
      'http = chilkat2.Http()',
      'http.AuthToken = "sk_live_123"',
      'http.BasicAuth = True',
      'http.Login = "{{username}}"',
      'http.Password = "hunter2"',
      'http.SetRequestHeader("Authorization", "Bearer {{api_key}}")',
      'http.SetRequestHeader("X-Api-Key", "k-998877")',
      'http.SetRequestHeader("Content-Type", "text/json")',
      'http.Accept = "application/json"',
      'json = chilkat2.JsonObject()',
      'json.UpdateString("a", "b")',
      'resp = http.PostJson3("https://api.example.com/v1/things", "text/json", json)',
    ].join('\n');
    const result = portScript(script, { file: 'secrets.py' });
    expect(result.code).not.toMatch(/sk_live_123|hunter2|k-998877/);
    expect(mainOf(result.code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        // The script also set credentials (AuthToken, Login/Password or user:password in the URL); Chilkat sends only its own Authorization header then.
        const response = await send(buildPayload(), {
          url: 'https://api.example.com/v1/things',
          method: 'POST',
          headers: { Authorization: \`Bearer \${env('API_KEY')}\`, 'X-Api-Key': env('X_API_KEY'), 'Content-Type': 'text/json', Accept: 'application/json' },
        });
        console.log(response.status);
        console.log(JSON.stringify(response.data));
      }"
    `);
    expect(portScript(script, { file: 'secrets.py', style: 'chilkat' }).code).not.toMatch(/sk_live_123|hunter2|k-998877/);
  });

  it('ports HttpJson with its response object', () => {
    const script = [
      'Chilkat.Http http = new Chilkat.Http();',
      'Chilkat.JsonObject json = new Chilkat.JsonObject();',
      'json.UpdateString("state", "closed");',
      'Chilkat.HttpResponse resp = new Chilkat.HttpResponse();',
      'bool ok = http.HttpJson("PUT", "https://api.example.com/issues/{{issue}}", json, "application/json", resp);',
    ].join('\n');
    const builder = portScript(script, { file: 'put.cs' });
    expect(mainOf(builder.code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        const response = await send(buildPayload(), {
          url: 'https://api.example.com/issues/{{issue}}',
          method: 'PUT',
          vars: { issue: env('ISSUE') },
        });
        console.log(response.status);
        console.log(JSON.stringify(response.data));
      }"
    `);
    expect(mainOf(portScript(script, { file: 'put.cs', style: 'chilkat' }).code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        const http = new Http();
        const json = new JsonObject();
        json.UpdateString('state', 'closed');
        const resp = new HttpResponse();
        if (!(await http.HttpJson('PUT', \`https://api.example.com/issues/\${env('ISSUE')}\`, json, 'application/json', resp))) throw new Error(http.LastErrorText);
        console.log(resp.StatusCode);
        console.log(resp.BodyStr);
      }"
    `);
  });
});

describe('StringBuilder text and raw keys', () => {
  it('ports UpdateSb with the text the StringBuilder held', () => {
    const script = ['sb = chilkat2.StringBuilder()', 'sb.Append("Hello ")', 'sb.Append("world")', 'json = chilkat2.JsonObject()', 'json.UpdateSb("greeting", sb)'].join('\n');
    expect(chain(portScript(script, { file: 'sb.py' }).code)).toMatchInlineSnapshot(`
      "  return payload<RequestBody>()
          .set('greeting', 'Hello world');"
    `);
    expect(mainOf(portScript(script, { file: 'sb.py', style: 'chilkat' }).code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        const sb = new StringBuilder();
        sb.Append('Hello ');
        sb.Append('world');
        const json = new JsonObject();
        json.UpdateSb('greeting', sb);
      }"
    `);
  });

  it('flags a key that Chilkat writes raw, since the builder writes valid JSON', () => {
    const result = portScript('$j = ObjCreate("Chilkat.JsonObject")\n$j.UpdateString("a""b", "v")', { file: 'raw.au3' });
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "raw.au3:2: Chilkat writes the key "a\\"b" raw; the builder writes it as valid JSON, so the bytes differ",
      ]
    `);
  });
});

describe('chilkat style', () => {
  it('ports the AutoIt fixture statement for statement', () => {
    const result = portScript(readFixture('autoit.au3'), { file: 'autoit.au3', style: 'chilkat' });
    expect(result.code).toMatchInlineSnapshot(`
      "/**
       * Ported by pathpatch from autoit.au3 (AutoIt).
       * main() reads these environment variables: API_TOKEN, HOST, ID.
       */
      import { JsonObject, StringBuilder } from 'pathpatch/chilkat';
      import { Http } from 'pathpatch/chilkat/http';

      /** Runs the script as it was written, on pathpatch/chilkat. */
      export async function main(): Promise<void> {
        const oHttp = new Http();
        oHttp.AuthToken = env('API_TOKEN');
        const oJson = new JsonObject();
        oJson.UpdateString('title', 'Say "hi", it\\'s');
        oJson.UpdateString('path', 'C:\\\\temp');
        oJson.UpdateInt('retries', -3);
        oJson.UpdateBool('active', true);
        oJson.UpdateBool('archived', false);
        oJson.UpdateNumber('price', '1.50');
        oJson.UpdateNull('deleted_at');
        oJson.UpdateNewObject('meta');
        oJson.UpdateNewArray('tags');
        oJson.UpdateString('tags[3]', 'first');
        oJson.I = 0;
        oJson.UpdateInt('items[i].n', 0);
        oJson.I = 1;
        oJson.UpdateInt('items[i].n', 1);
        oJson.UpdateString('note', 'line one joined');
        // TODO(pathpatch): JsonObject.UpdateBd is not ported (line 22: $oJson.UpdateBd("blob", $oBd))
        oHttp.SetRequestHeader('X-Trace', 'abc');
        const oSb = new StringBuilder();
        oJson.EmitSb(oSb);
        const oResp = await oHttp.PTextSb('PATCH', \`https://\${env('HOST')}/v1/items/\${encodeURIComponent(env('ID'))}\`, oSb, 'utf-8', 'application/json', false, false);
        if (oResp === null) throw new Error(oHttp.LastErrorText);
        console.log(oResp.StatusCode);
        console.log(oResp.BodyStr);
      }

      /** Reads a required environment variable (secrets are never written into this file). */
      function env(name: string): string {
        const value = process.env[name];
        if (value === undefined) throw new Error(\`Set the \${name} environment variable.\`);
        return value;
      }
      "
    `);
    expect(result.messages).toEqual(['autoit.au3:22: JsonObject.UpdateBd is not ported']);
  });
});

describe('chilkat style across statement shapes', () => {
  it('sql.sql keeps its statements, with script names as identifiers', () => {
    expect(mainOf(portScript(readFixture('sql.sql'), { file: 'sql.sql', style: 'chilkat' }).code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        const http = new Http();
        http.AuthToken = env('API_TOKEN');
        const json = new JsonObject();
        json.UpdateString('title', 'Say "hi", it\\'s');
        json.UpdateString('path', 'C:\\\\temp');
        json.UpdateInt('retries', -3);
        json.UpdateBool('active', true);
        json.UpdateBool('archived', false);
        json.UpdateNumber('price', '1.50');
        json.UpdateNull('deleted_at');
        json.UpdateNewObject('meta');
        json.UpdateNewArray('tags');
        json.UpdateString('tags[3]', 'first');
        json.I = 0;
        json.UpdateInt('items[i].n', 0);
        json.I = 1;
        json.UpdateInt('items[i].n', 1);
        json.UpdateString('note', 'line one joined');
        // TODO(pathpatch): JsonObject.UpdateBd is not ported (line 35: EXEC sp_OAMethod @json, 'UpdateBd', @success OUT, 'blob', @bd)
        http.SetRequestHeader('X-Trace', 'abc');
        const sb = new StringBuilder();
        json.EmitSb(sb);
        const resp = await http.PTextSb('PATCH', \`https://\${env('HOST')}/v1/items/\${encodeURIComponent(env('ID'))}\`, sb, 'utf-8', 'application/json', false, false);
        if (resp === null) throw new Error(http.LastErrorText);
        console.log(resp.StatusCode);
        console.log(resp.BodyStr);
      }"
    `);
  });

  it('tcl.tcl keeps its statements, with script names as identifiers', () => {
    expect(mainOf(portScript(readFixture('tcl.tcl'), { file: 'tcl.tcl', style: 'chilkat' }).code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        const http = new Http();
        http.AuthToken = env('API_TOKEN');
        const json = new JsonObject();
        json.UpdateString('title', 'Say "hi", it\\'s');
        json.UpdateString('path', 'C:\\\\temp');
        json.UpdateInt('retries', -3);
        json.UpdateBool('active', true);
        json.UpdateBool('archived', false);
        json.UpdateNumber('price', '1.50');
        json.UpdateNull('deleted_at');
        json.UpdateNewObject('meta');
        json.UpdateNewArray('tags');
        json.UpdateString('tags[3]', 'first');
        json.I = 0;
        json.UpdateInt('items[i].n', 0);
        json.I = 1;
        json.UpdateInt('items[i].n', 1);
        json.UpdateString('note', 'line one joined');
        // TODO(pathpatch): JsonObject.UpdateBd is not ported (line 23: CkJsonObject_UpdateBd $json "blob" $bd)
        http.SetRequestHeader('X-Trace', 'abc');
        const sb = new StringBuilder();
        json.EmitSb(sb);
        const resp = await http.PTextSb('PATCH', \`https://\${env('HOST')}/v1/items/\${encodeURIComponent(env('ID'))}\`, sb, 'utf-8', 'application/json', false, false);
        if (resp === null) throw new Error(http.LastErrorText);
        console.log(resp.StatusCode);
        console.log(resp.BodyStr);
      }"
    `);
  });

  it('dataflex.src keeps its statements, with script names as identifiers', () => {
    expect(mainOf(portScript(readFixture('dataflex.src'), { file: 'dataflex.src', style: 'chilkat' }).code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        const hoHttp = new Http();
        hoHttp.AuthToken = env('API_TOKEN');
        const hoJson = new JsonObject();
        hoJson.UpdateString('title', 'Say "hi", it\\'s');
        hoJson.UpdateString('path', 'C:\\\\temp');
        hoJson.UpdateInt('retries', -3);
        hoJson.UpdateBool('active', true);
        hoJson.UpdateBool('archived', false);
        hoJson.UpdateNumber('price', '1.50');
        hoJson.UpdateNull('deleted_at');
        hoJson.UpdateNewObject('meta');
        hoJson.UpdateNewArray('tags');
        hoJson.UpdateString('tags[3]', 'first');
        hoJson.I = 0;
        hoJson.UpdateInt('items[i].n', 0);
        hoJson.I = 1;
        hoJson.UpdateInt('items[i].n', 1);
        hoJson.UpdateString('note', 'line one joined');
        // TODO(pathpatch): JsonObject.UpdateBd is not ported (line 40: Get ComUpdateBd Of hoJson "blob" vBd To iSuccess)
        hoHttp.SetRequestHeader('X-Trace', 'abc');
        const hoSb = new StringBuilder();
        hoJson.EmitSb(hoSb);
        const vResp = await hoHttp.PTextSb('PATCH', \`https://\${env('HOST')}/v1/items/\${encodeURIComponent(env('ID'))}\`, hoSb, 'utf-8', 'application/json', false, false);
        if (vResp === null) throw new Error(hoHttp.LastErrorText);
        console.log(vResp.StatusCode);
        console.log(vResp.BodyStr);
      }"
    `);
  });
});

describe('what cannot be ported is reported, never dropped', () => {
  it('reports unknown calls, values it cannot follow and loops it cannot unroll, in both styles', () => {
    const script = [
      '$oJson = ObjCreate("Chilkat.JsonObject")',
      '$oJson.UpdateString("a", GetName())',
      'For $i = 0 To $n',
      '    $oJson.UpdateInt("list[" & $i & "]", $i)',
      'Next',
      '$oJson.LoadFile("x.json")',
      '$oJson.UpdateString($sPath, "v")',
    ].join('\n');
    const builder = portScript(script, { file: 'bad.au3' });
    expect(builder.messages).toMatchInlineSnapshot(`
      [
        "bad.au3:2: cannot follow the value of UpdateString (cannot follow GetName())",
        "bad.au3:3: loop bounds of $i are not literal; its body is ported once",
        "bad.au3:4: cannot follow the path of UpdateInt (cannot follow an expression)",
        "bad.au3:6: JsonObject.LoadFile is not ported",
        "bad.au3:7: cannot follow the path of UpdateString (cannot follow the value of $sPath)",
      ]
    `);
    expect(chain(builder.code)).toMatchInlineSnapshot(`
      "  return payload<RequestBody>();
          // TODO(pathpatch): cannot follow the value of UpdateString (cannot follow GetName()) (line 2: $oJson.UpdateString("a", GetName()))
          // TODO(pathpatch): loop bounds of $i are not literal; its body is ported once (line 3: For $i = 0 To $n)
          // TODO(pathpatch): cannot follow the path of UpdateInt (cannot follow an expression) (line 4: $oJson.UpdateInt("list[" & $i & "]", $i))
          // TODO(pathpatch): JsonObject.LoadFile is not ported (line 6: $oJson.LoadFile("x.json"))
          // TODO(pathpatch): cannot follow the path of UpdateString (cannot follow the value of $sPath) (line 7: $oJson.UpdateString($sPath, "v"))"
    `);
    expect(portScript(script, { file: 'bad.au3', style: 'chilkat' }).code).toContain('  // TODO(pathpatch): JsonObject.LoadFile is not ported (line 6: $oJson.LoadFile("x.json"))');
  });

  it('reports array roots, request objects and calls on objects it cannot follow', () => {
    const script = [
      'CkJsonArray arr;',
      'arr.AddObjectAt(-1);',
      'CkJsonObject *obj = arr.ObjectAt(arr.get_Size() - 1);',
      'obj->UpdateString("name","a");',
      'CkHttp http;',
      'CkHttpRequest req;',
      'req.put_HttpVerb("POST");',
      'CkHttpResponse *resp = http.SynchronousRequest("example.com",443,true,req);',
    ].join('\n');
    expect(portScript(script, { file: 'array.cpp' }).messages).toMatchInlineSnapshot(`
      [
        "array.cpp:1: the body is the JsonArray arr: the builder makes objects only (--style chilkat ports it)",
        "array.cpp:7: HttpRequest.put_HttpVerb is not ported",
        "array.cpp:8: Http.SynchronousRequest is not ported",
      ]
    `);
    expect(portScript('json = CkJsonObject_Create();\nCkJsonObject_UpdateInt(other, "a", 1);', { file: 'flat.c', lang: 'c' }).messages).toMatchInlineSnapshot(`
      [
        "flat.c:2: cannot tell which Chilkat object CkJsonObject_UpdateInt() is called on",
      ]
    `);
  });

  it('ports every request in order when the script translates, and reports a second one when builder style falls back to the flat port', () => {
    const lines = [
      'Dim http As New Chilkat.Http',
      'Dim j As New Chilkat.JsonObject',
      'j.UpdateInt("a", 1)',
      'Dim r As Chilkat.HttpResponse = http.PostJson3("https://x.example/a", "application/json", j)',
      'Dim r2 As Chilkat.HttpResponse = http.PostJson3("https://x.example/b", "application/json", j)',
    ];
    const script = lines.join('\n');
    const translated = portScript(script, { file: 'two.vb' });
    expect(translated.messages).toEqual([]);
    expect(translated.code.split('\n').filter((line) => line.includes('await send('))).toEqual([
      "  await send(j, { url: 'https://x.example/a', method: 'POST' });",
      "  await send(j, { url: 'https://x.example/b', method: 'POST' });",
    ]);
    expect(portScript(script, { file: 'two.vb', style: 'chilkat' }).messages).toEqual([]);
    // Delete of a name the builder would read as a path is not translated in builder style, so the flat port
    // writes the module and reports what it leaves out.
    const flat = [...lines.slice(0, 3), 'j.Delete("a.b")', ...lines.slice(3)].join('\n');
    expect(portScript(flat, { file: 'two.vb' }).messages).toEqual(['two.vb:4: JsonObject.Delete is not ported', 'two.vb:6: a second request is not ported in builder style (use --style chilkat)']);
  });

  it('reports a request without a body, which send() does not make', () => {
    const script = 'http = chilkat.CkHttp()\nhtml = http.quickGetStr("https://example.com/status")';
    const result = portScript(script, { file: 'get.py', lang: 'python' });
    expect(result.messages).toEqual(['get.py:2: a GET without a body is not ported: send() always sends one']);
    expect(mainOf(result.code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        // TODO(pathpatch): the script sends a GET without a body (line 2); send() always sends one, so use fetch() for https://example.com/status
      }"
    `);
  });

  it('ports a T-SQL WHILE body once and says so', () => {
    const script = [
      'DECLARE @json int',
      "EXEC @hr = sp_OACreate 'Chilkat.JsonObject', @json OUT",
      'DECLARE @i int = 0',
      'WHILE @i < 2',
      'BEGIN',
      "    EXEC sp_OAMethod @json, 'UpdateInt', @success OUT, 'n', @i",
      '    SET @i = @i + 1',
      'END',
    ].join('\n');
    expect(portScript(script, { file: 'loop.sql' }).messages).toEqual(['loop.sql:4: loop not unrolled (its bounds are not literal or its form is not known); its body is ported once']);
  });

  it('prints the body when the script sends nothing', () => {
    const code = portScript('Dim j As New Chilkat.JsonObject\nj.UpdateNull("x")', { file: 'nosend.vb' }).code;
    expect(mainOf(code)).toMatchInlineSnapshot(`
      "export async function main(): Promise<void> {
        // TODO(pathpatch): the script sends no request; printing the body instead
        console.log(buildPayload().emit());
      }"
    `);
  });
});
