import { describe, expect, it } from 'vitest';
import { executeIr } from '../../src/port/execute-ir.js';
import { readScript } from '../../src/port/read-script.js';

// Languages where a leading 0 makes an integer literal octal: 010 is 8, not 10.
const scripts: [string, string][] = [
  ['c', 'HCkJsonObject json = CkJsonObject_Create();\nCkJsonObject_UpdateInt(json, "o", 010);'],
  ['java', 'CkJsonObject json = new CkJsonObject();\njson.UpdateInt("o", 010);'],
  ['go', 'json := chilkat.NewJsonObject()\njson.UpdateInt("o", 010)'],
  ['perl', '$json = chilkat::CkJsonObject->new();\n$json->UpdateInt("o", 010);'],
  ['ruby', 'json = Chilkat::CkJsonObject.new()\njson.UpdateInt("o", 010)'],
];

describe('octal integer literals', () => {
  it.each(scripts)('%s reads 010 as 8', (lang, source) => {
    const execution = executeIr(readScript(source, { lang }));
    expect([...execution.bodies.values()][0]).toBe('{"o":8}');
  });

  it('C# keeps 010 decimal', () => {
    const execution = executeIr(readScript('Chilkat.JsonObject json = new Chilkat.JsonObject();\njson.UpdateInt("o", 010);', { lang: 'csharp' }));
    expect([...execution.bodies.values()][0]).toBe('{"o":10}');
  });
});
