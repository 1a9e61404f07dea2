// The generated modules must compile under the strict tsconfig, and the
// builder they build must emit the bytes pathpatch/chilkat's JsonObject emits
// for the same Update calls (the compat layer's semantics decide).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { JsonObject } from '../../src/chilkat.js';
import { portScript, readScript, type IrNode } from '../../src/port/index.js';
import { typeErrorsOf } from '../helpers/type-check.js';
import { FIXTURE_FILES, readFixture } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = mkdtempSync(join(tmpdir(), 'pathpatch-port-'));
// Generated modules are ESM, as in a user's `type: module` package.
writeFileSync(join(OUT, 'package.json'), '{"type":"module"}');
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Points the module's package imports at this checkout's sources. */
function localise(code: string): string {
  return code
    .replace("from 'pathpatch/chilkat'", `from '${join(ROOT, 'src/chilkat.js')}'`)
    .replace("from 'pathpatch/chilkat/http'", `from '${join(ROOT, 'src/chilkat-http.js')}'`)
    .replace("from 'pathpatch'", `from '${join(ROOT, 'src/index.js')}'`);
}


/** Replays the body's Update calls on pathpatch/chilkat's JsonObject. */
function chilkatEmit(nodes: readonly IrNode[]): string {
  const json = new JsonObject();
  for (const node of nodes) {
    if (node.kind === 'json-option' && (node.name === 'I' || node.name === 'J' || node.name === 'K')) json[node.name] = Number(node.value);
    if (node.kind === 'json-option' && node.name === 'DelimiterChar') json.DelimiterChar = String(node.value);
    if (node.kind !== 'update') continue;
    const value = node.value;
    switch (node.method) {
      case 'UpdateString': json.UpdateString(node.path, value?.type === 'string' ? value.value : ''); break;
      case 'UpdateInt': json.UpdateInt(node.path, value?.type === 'number' ? Number(value.text) : 0); break;
      case 'UpdateUInt': json.UpdateUInt(node.path, value?.type === 'number' ? Number(value.text) : 0); break;
      case 'UpdateBool': json.UpdateBool(node.path, value?.type === 'boolean' && value.value); break;
      case 'UpdateNumber': json.UpdateNumber(node.path, value?.type === 'number' ? value.text : '0'); break;
      case 'UpdateNull': json.UpdateNull(node.path); break;
      case 'UpdateNewObject': json.UpdateNewObject(node.path); break;
      case 'UpdateNewArray': json.UpdateNewArray(node.path); break;
      case 'UpdateSb': break;
    }
  }
  return json.Emit();
}

/** Scripts that exercise the other send shapes, auth options and diagnostics. */
const EXTRA_SCRIPTS: readonly { file: string; source: string }[] = [
  {
    file: 'secrets.py',
    source: [
      'http = chilkat2.Http()',
      'http.AuthToken = "sk_live_123"',
      'http.BasicAuth = True',
      'http.Login = "{{username}}"',
      'http.Password = "hunter2"',
      'http.SetRequestHeader("X-Api-Key", "k-998877")',
      'json = chilkat2.JsonObject()',
      'json.UpdateNumber("price", "12345678901234567890")',
      'resp = http.PostJson3("https://api.example.com/v1/things", "text/json", json)',
    ].join('\n'),
  },
  {
    file: 'put.cs',
    source: [
      'Chilkat.Http http = new Chilkat.Http();',
      'Chilkat.JsonObject json = new Chilkat.JsonObject();',
      'json.UpdateString("users[0].name", "a");',
      'json.UpdateInt("users[1].age", 3);',
      'Chilkat.HttpResponse resp = new Chilkat.HttpResponse();',
      'bool ok = http.HttpJson("PUT", "https://api.example.com/issues/{{issue}}", json, "application/json", resp);',
    ].join('\n'),
  },
  { file: 'get.py', source: 'http = chilkat.CkHttp()\nhtml = http.QuickGetStr("https://example.com/status")' },
  { file: 'empty.vbs', source: 'set json = CreateObject("Chilkat.JsonObject")\njson.Frobnicate' },
];

describe('generated modules', () => {
  const scripts = [...FIXTURE_FILES.map(({ id, file }) => ({ id, file, source: readFixture(file) })), ...EXTRA_SCRIPTS.map(({ file, source }) => ({ id: file.replace('.', '-'), file, source }))];
  const written = scripts.flatMap(({ id, file, source }) => {
    return (['builder', 'chilkat'] as const).map((style) => {
      const path = join(OUT, `${id.replace(/-/g, '_')}_${style}.ts`);
      writeFileSync(path, localise(portScript(source, { file, style }).code));
      return { id, file, style, path, source };
    });
  });

  // (The hand-written corpus's ports are type-checked by test/port/corpus.test.ts.)
  it('compile under the strict tsconfig, in both styles, for every language, in one program', () => {
    expect(Object.fromEntries(typeErrorsOf(written.map((entry) => entry.path)))).toEqual({});
  }, 180_000);

  for (const { id, file, path, source } of written.filter((entry) => entry.style === 'builder')) {
    it(`${id}: buildPayload() emits what pathpatch/chilkat emits for the same calls`, async () => {
      const module = (await import(pathToFileURL(path).href)) as { buildPayload: () => { emit: () => string } };
      expect(module.buildPayload().emit()).toBe(chilkatEmit(readScript(source, { file }).nodes));
    });
  }
});
