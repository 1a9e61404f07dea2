// Builder style makes a script's requests in order: a JsonObject loaded with a response's text is that
// response's data (typed by what the script reads), a token read from it authorises the requests after it,
// a response variable sent into again is declared once, Clear() and a second name for a body start or
// follow the right builder, and whatever would read a response the translator cannot follow is reported.
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../../src/port/ast/read-program.js';
import { detectLanguage } from '../../../src/port/index.js';
import { translateBuilder } from '../../../src/port/translate/index.js';
import { compileErrors } from '../helpers.js';

/** A VBScript script in builder style: the module, or why it is not translated. */
function builder(lines: readonly string[]): string {
  const source = lines.join('\n');
  const spec = detectLanguage(source, { file: 'a.vbs' });
  const result = translateBuilder(readProgram(source, spec), spec, 'a.vbs');
  return 'code' in result ? result.code : `not translated: ${result.why}`;
}

const CHAIN = "{ gaps: 'append', conflicts: 'skip' }";
const HEAD = ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', 'json.UpdateString "client_id", "abc"', 'Set resp = http.PostJson3("https://api.example.com/oauth/token", "application/json", json)'];
const TOKEN_THEN_ITEMS = [
  ...HEAD,
  'Set tok = CreateObject("Chilkat.JsonObject")',
  'tok.Load resp.BodyStr',
  'http.AuthToken = tok.StringOf("access_token")',
  'json.Clear',
  'json.UpdateString "owner", tok.StringOf("user.id")',
  'json.UpdateInt "quota", tok.IntOf("limits[0].max")',
  'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)',
  'WScript.Echo resp.StatusCode',
];
const CREATE_THEN_LINK = [
  ...HEAD,
  'Set created = CreateObject("Chilkat.JsonObject")',
  'If resp.StatusCode = 201 Then',
  '    created.Load resp.BodyStr',
  'End If',
  'http.AuthToken = "T0K3N"',
  'Set json2 = CreateObject("Chilkat.JsonObject")',
  'json2.UpdateString "user_id", created.StringOf("id")',
  'json2.UpdateBool "active", created.BoolOf("flags.active")',
  'Set json = json2',
  'json.UpdateString "role", "admin"',
  'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)',
];
const DELETES = [...HEAD, 'json.Delete "client_secret"', 'json.Delete "client_id"', 'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)'];
const LIST_THEN_BATCH = [
  ...HEAD,
  'Set list = CreateObject("Chilkat.JsonObject")',
  'list.Load resp.BodyStr',
  'Set patch = CreateObject("Chilkat.JsonObject")',
  'n = list.SizeOfArray("users")',
  'For i = 0 To n - 1',
  '    patch.UpdateString "ids[" & i & "]", list.StringOf("users[" & i & "].id")',
  'Next',
  'If list.HasMember("next") Then',
  '    patch.UpdateBool "more", list.BoolOf("page.more")',
  'End If',
  'Set resp = http.PostJson3("https://api.example.com/batch", "application/json", patch)',
];

describe('builder-style requests in order', () => {
  it('reads a token and values of the first response as its typed data, and sends the second body fresh with that token', () => {
    const code = builder(TOKEN_THEN_ITEMS);
    expect(code).toContain(['export interface TokData {', '  access_token?: string;', '  user?: {', '    id?: string;', '  };', '  limits?: Array<{', '    max?: number;', '  }>;', '}'].join('\n'));
    expect(code).toContain([
      `  let json = payload<RequestBody>({}, ${CHAIN});`,
      "  json = json.set('client_id', 'abc');",
      "  let resp = await send(json, { url: 'https://api.example.com/oauth/token', method: 'POST' });",
      '  const tok = resp.data as TokData;',
      `  json = payload<RequestBody>({}, ${CHAIN});`,
      "  json = json.set('owner', (tok.user?.id ?? ''));",
      "  json = json.set('quota', (tok.limits?.[0]?.max ?? 0));",
      "  resp = await send(json, { url: 'https://api.example.com/items', method: 'POST', token: (tok.access_token ?? '') });",
      '  console.log(resp.status);',
      '}',
    ].join('\n'));
  });

  it('declares data loaded inside a block empty before it, follows a second name for a body, and applies a setting made after the first request to the next one only', () => {
    const code = builder(CREATE_THEN_LINK);
    expect(code).toContain(['export interface CreatedData {', '  id?: string;', '  flags?: {', '    active?: boolean;', '  };', '}'].join('\n'));
    expect(code).toContain([
      "  let resp = await send(json, { url: 'https://api.example.com/oauth/token', method: 'POST' });",
      '  let created: CreatedData = {};',
      '  if (resp.status === 201) {',
      '    created = resp.data as CreatedData;',
      '  }',
      `  let json2 = payload<Json2Body>({}, ${CHAIN});`,
      "  json2 = json2.set('user_id', (created.id ?? ''));",
      "  json2 = json2.set('active', (created.flags?.active ?? false));",
      "  json2 = json2.set('role', 'admin');",
      "  resp = await send(json2, { url: 'https://api.example.com/items', method: 'POST', token: env('AUTH_TOKEN') });",
      '}',
    ].join('\n'));
  });

  it('reads the size of an array of the response, its elements at a computed index, and whether a member is there', () => {
    const code = builder(LIST_THEN_BATCH);
    expect(code).toContain(['export interface ListData {', '  users?: Array<{', '    id?: string;', '  }>;', '  next?: unknown;', '  page?: {', '    more?: boolean;', '  };', '}'].join('\n'));
    expect(code).toContain([
      '  const list = resp.data as ListData;',
      `  let patch = payload<PatchBody>({}, ${CHAIN});`,
      '  let n = (list.users?.length ?? -1);',
      '  for (let i = 0; i <= n - 1; i++) {',
      "    patch = patch.set(`ids[${i}]`, (list.users?.[i]?.id ?? ''));",
      '  }',
      '  if ((list.next !== undefined)) {',
      "    patch = patch.set('more', (list.page?.more ?? false));",
      '  }',
    ].join('\n'));
  });

  it('sends twice without keeping a response nothing reads', () => {
    const code = builder([...HEAD, 'json.UpdateString "role", "admin"', 'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)']);
    expect(code).toContain(["  await send(json, { url: 'https://api.example.com/oauth/token', method: 'POST' });", "  json = json.set('role', 'admin');", "  await send(json, { url: 'https://api.example.com/items', method: 'POST' });"].join('\n'));
  });

  it('sends through a new Http object in the same variable without the token or settings of the one before', () => {
    const code = builder([...HEAD, 'Set tok = CreateObject("Chilkat.JsonObject")', 'tok.Load resp.BodyStr', 'http.AuthToken = tok.StringOf("access_token")', 'http.SetRequestHeader "X-Trace", "abc"', 'Set resp = http.PostJson3("https://api.example.com/a", "application/json", json)', 'Set http = CreateObject("Chilkat.Http")', 'Set resp = http.PostJson3("https://api.example.com/b", "application/json", json)']);
    expect(code).toContain("  resp = await send(json, { url: 'https://api.example.com/a', method: 'POST', headers: { 'X-Trace': 'abc' }, token: (tok.access_token ?? '') });\n  resp = await send(json, { url: 'https://api.example.com/b', method: 'POST' });");
  });

  it('removes a member the script deletes by name, typed in the body even when nothing sets it', () => {
    const code = builder(DELETES);
    expect(code).toContain(['export interface RequestBody {', '  client_id?: string;', '  client_secret?: unknown;', '}'].join('\n'));
    expect(code).toContain(["  await send(json, { url: 'https://api.example.com/oauth/token', method: 'POST' });", "  json = json.remove('client_secret');", "  json = json.remove('client_id');", "  await send(json, { url: 'https://api.example.com/items', method: 'POST' });"].join('\n'));
  });

  it('writes modules that type-check under the strict tsconfig', async () => {
    expect(await compileErrors([builder(TOKEN_THEN_ITEMS), builder(CREATE_THEN_LINK), builder(DELETES), builder(LIST_THEN_BATCH)])).toEqual([]);
  }, 60_000);

  it('reports reads of a response it cannot follow, naming the line', () => {
    const loaded = [...HEAD, 'Set tok = CreateObject("Chilkat.JsonObject")'];
    expect(builder([...loaded, 'x = tok.StringOf("id")', 'tok.Load resp.BodyStr', 'WScript.Echo x'])).toBe('not translated: line 6: a read of tok before it holds a response is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'p = "i" & "d"', 'p = p & "s"', 'WScript.Echo tok.StringOf(p)'])).toBe('not translated: line 9: a read of tok at a path that is not plain (keys written as constants) is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'WScript.Echo tok.StringOf("n") & tok.IntOf("n")'])).toBe('not translated: line 7: reading n from tok as both string and number is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'WScript.Echo tok.StringOf("a")', 'WScript.Echo tok.StringOf("a.b")'])).toBe('not translated: line 8: reading tok at a.b both as a value and as an object or array is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'WScript.Echo tok.StringOf("constructor")'])).toBe('not translated: line 7: a read of tok at a path that is not plain (keys written as constants) is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'k = "na" & "me"', 'k = k & "s"', 'WScript.Echo tok.StringOf("users." & k)'])).toBe('not translated: line 9: a read of tok at a path that is not plain (keys written as constants) is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'tok.UpdateString "a", "b"'])).toBe('not translated: line 7: JsonObject.UpdateString on the response in tok is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'Set resp = http.PostJson3("https://api.example.com/a", "application/json", tok)'])).toBe('not translated: line 7: a send whose body is not a JsonObject the script built and emitted is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'WScript.Echo tok.Emit()'])).toBe('not translated: line 7: reading Emit from the response in tok is not translated');
    expect(builder([...loaded, 'tok.Load resp.BodyStr', 'http.AuthToken = tok.StringOf("t")', 'Set resp = http.PostJson3("https://api.example.com/a", "application/json", json)', 'tok.Load resp.BodyStr', 'Set resp = http.PostJson3("https://api.example.com/b", "application/json", json)'])).toBe(
      'not translated: line 9: loading tok again while an AuthToken read from it is in use is not translated',
    );
  });
});
