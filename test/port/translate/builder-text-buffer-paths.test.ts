// Builder style takes a path from a C text buffer that sprintf/snprintf wrote earlier in the same block:
// the shape written is checked as a template path's, the buffer itself goes to the builder cast to that
// shape (so the body sent is the script's own), and the type-check passes. A buffer that may hold other
// text where it is read (set again in between, written in another block, a shape the builder reads
// differently) is still reported.
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../../src/port/ast/read-program.js';
import { detectLanguage } from '../../../src/port/index.js';
import { translateBuilder } from '../../../src/port/translate/index.js';
import { compileErrors } from '../helpers.js';
import { runBuilderStyle } from '../run-builder-style.js';

/** A C script whose body is built by `lines`, then emitted and sent, in builder style: the module, or why not. */
function builder(lines: readonly string[]): string {
  const source = [
    '#include <C_CkHttp.h>',
    '#include <C_CkJsonObject.h>',
    'void ChilkatSample(void)',
    '{',
    '    HCkHttp http;',
    '    HCkJsonObject json;',
    '    HCkStringBuilder sb;',
    '    HCkHttpResponse resp;',
    '    const char *names[2] = { "ann", "bob" };',
    '    char path[32];',
    '    int i;',
    '    http = CkHttp_Create();',
    '    json = CkJsonObject_Create();',
    ...lines.map((line) => `    ${line}`),
    '    sb = CkStringBuilder_Create();',
    '    CkJsonObject_EmitSb(json, sb);',
    '    resp = CkHttp_PTextSb(http, "PATCH", "https://api.example/x", sb, "utf-8", "application/json", FALSE, FALSE);',
    '    printf("%d\\n", CkHttpResponse_getStatusCode(resp));',
    '}',
  ].join('\n');
  const spec = detectLanguage(source, { file: 'buffer.c' });
  const result = translateBuilder(readProgram(source, spec), spec, 'buffer.c');
  return 'code' in result ? result.code : `not translated: ${result.why}`;
}

const LOOP = ['for (i = 0; i < 2; i++) {', '    snprintf(path, sizeof(path), "ids[%d]", i);', '    CkJsonObject_UpdateInt(json, path, i * 10);', '}'];
const KEYS = ['for (i = 0; i < 2; i++) {', '    sprintf(path, "seen_%s.at", names[i]);', '    CkJsonObject_UpdateInt(json, path, i);', '}'];

describe('builder-style paths held in a C text buffer', () => {
  it('gives the builder the buffer sprintf wrote, cast to the shape it was written with', async () => {
    const code = builder(LOOP);
    expect(code).toContain(['    path = `ids[${i}]`;', '    json = json.set(path as `ids[${number}]`, i * 10);'].join('\n'));
    expect(code).toContain('  ids?: Array<number>;');
    expect(await runBuilderStyle(code)).toEqual(['{"ids":[0,10]}']);
  });

  it('types a text hole as any text inside the key it stands in', async () => {
    const code = builder(KEYS);
    expect(code).toContain('json = json.set(path as `seen_${string}.at`, i);');
    expect(await runBuilderStyle(code)).toEqual(['{"seen_ann":{"at":0},"seen_bob":{"at":1}}']);
  });

  it('type-checks the modules under the strict tsconfig', async () => {
    expect(await compileErrors([builder(LOOP), builder(KEYS)])).toEqual([]);
  });

  it('reports a buffer that may hold other text where it is read', () => {
    const variable = 'not translated: line 0: a path held in a variable (its shape cannot be checked for the builder) is not translated';
    const refused = (lines: readonly string[]): string => builder(lines).replace(/line \d+/, 'line 0');
    // Written before the loop that reads it, in another block.
    expect(refused(['snprintf(path, sizeof(path), "ids[%d]", 0);', 'for (i = 0; i < 2; i++) {', '    CkJsonObject_UpdateInt(json, path, i);', '}'])).toBe(variable);
    // Written inside a branch, read after it (the buffer may still be empty).
    expect(refused(['for (i = 0; i < 2; i++) {', '    if (i == 1) {', '        sprintf(path, "ids[%d]", i);', '    }', '    CkJsonObject_UpdateInt(json, path, i);', '}'])).toBe(variable);
    // Set again by a statement between the write and the read.
    expect(refused(['sprintf(path, "ids[%d]", 1);', 'for (i = 0; i < 2; i++) {', '    sprintf(path, "a b %d", i);', '}', 'CkJsonObject_UpdateInt(json, path, 1);'])).toBe(variable);
    // Text inside brackets, which the builder reads differently from Chilkat.
    expect(builder(['sprintf(path, "ids[%s]", names[0]);', 'CkJsonObject_UpdateInt(json, path, 1);'])).toContain('whose shape the builder may read differently');
    // A leading zero the builder reads as its own index.
    expect(builder(['sprintf(path, "ids[01].k%d", 1);', 'CkJsonObject_UpdateInt(json, path, 1);'])).toContain('whose index is not written plainly');
  });
});
