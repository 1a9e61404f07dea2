// Arrays in Pascal and FoxPro, read into the tree's one array shape so `run` and the translator agree:
// FoxPro's `DIMENSION laDays[2]` (brackets as well as parentheses, counted from 1), Delphi's
// TStringList (`Create`, `Add`, `Count`, `Strings[i]`), and a Delphi array filled from index 0 whose
// declaration the sample left out.
import { describe, expect, it } from 'vitest';
import { portScript } from '../../src/port/index.js';
import { runScript } from '../../src/port/run-script.js';

const delphi = (...body: string[]): string => [
  'procedure TForm1.Button1Click(Sender: TObject);',
  'var',
  'http: TChilkatHttp;',
  'json: TChilkatJsonObject;',
  'resp: IChilkatHttpResponse;',
  'i: Integer;',
  'begin',
  'http := TChilkatHttp.Create(Self);',
  'json := TChilkatJsonObject.Create(Self);',
  ...body,
  "resp := IChilkatHttpResponse(http.PostJson3('https://api.example.com/items', 'application/json', json.ControlInterface));",
  'end;',
].join('\n');

async function bodies(source: string, file: string): Promise<{ diagnostics: unknown; bodies: (string | undefined)[] }> {
  const result = await runScript(source, { file });
  return { diagnostics: result.diagnostics, bodies: result.requests.map((request) => request.body) };
}

describe('FoxPro arrays sized in brackets', () => {
  const source = [
    "loHttp = CreateObject('Chilkat.Http')",
    "loJson = CreateObject('Chilkat.JsonObject')",
    'DIMENSION laDays[2]',
    'laDays[1] = "mon"',
    'laDays[2] = "tue"',
    'FOR i = 1 TO ALEN(laDays)',
    '    loJson.UpdateString("days[" + TRANSFORM(i - 1) + "]", laDays[i])',
    'ENDFOR',
    'loResp = loHttp.PostJson3("https://api.example.com/items", "application/json", loJson)',
  ].join('\n');

  it('run: the array counts from 1 and ALEN is its size', async () => {
    expect(await bodies(source, 'days.prg')).toEqual({ diagnostics: [], bodies: ['{"days":["mon","tue"]}'] });
  });

  it('port --style chilkat: a string array, the loop to its length, elements one below the index', () => {
    const result = portScript(source, { file: 'days.prg', style: 'chilkat' });
    expect(result.messages).toEqual([]);
    expect(result.code).toContain([
      '  const laDays: string[] = [];',
      "  laDays[0] = 'mon';",
      "  laDays[1] = 'tue';",
      '  for (let i = 1; i <= laDays.length; i++) {',
      '    loJson.UpdateString(`days[${String(i - 1)}]`, laDays[i - 1]!);',
      '  }',
    ].join('\n'));
  });
});

describe('Delphi TStringList', () => {
  const source = delphi(
    'days := TStringList.Create;',
    "days.Add('mon');",
    "days.Add('tue');",
    'for i := 0 to days.Count - 1 do',
    'begin',
    "  json.UpdateString('days[' + IntToStr(i) + ']', days.Strings[i]);",
    "  json.UpdateString('first', days[0]);",
    'end;',
  );

  it('run: Add appends, Count counts, Strings[i] and [i] read an element', async () => {
    expect(await bodies(source, 'days.pas')).toEqual({ diagnostics: [], bodies: ['{"days":["mon","tue"],"first":"mon"}'] });
  });

  it('port --style chilkat: an array that Add pushes onto', () => {
    const result = portScript(source, { file: 'days.pas', style: 'chilkat' });
    expect(result.messages).toEqual([]);
    expect(result.code).toContain([
      '  const days: string[] = [];',
      "  days.push('mon');",
      "  days.push('tue');",
      '  for (let i = 0; i <= days.length - 1; i++) {',
      '    json.UpdateString(`days[${i}]`, days[i]!);',
      "    json.UpdateString('first', days[0]!);",
      '  }',
    ].join('\n'));
  });
});

describe('a Delphi array the sample does not declare', () => {
  it('filled from index 0: an array counted from 0', async () => {
    const source = delphi("days[0] := 'mon';", "days[1] := 'tue';", 'for i := 0 to 1 do', "  json.UpdateString('days[' + IntToStr(i) + ']', days[i]);");
    expect(await bodies(source, 'days.pas')).toEqual({ diagnostics: [], bodies: ['{"days":["mon","tue"]}'] });
    expect(portScript(source, { file: 'days.pas', style: 'chilkat' }).code).toContain("  const days: string[] = [];\n  days[0] = 'mon';\n  days[1] = 'tue';");
  });

  it('filled from index 1: its lower bound is not known, so it stays reported', async () => {
    const source = delphi("days[1] := 'mon';", "json.UpdateString('a', days[1]);");
    expect((await runScript(source, { file: 'days.pas' })).diagnostics).toEqual([
      { line: 10, message: 'cannot follow the array days (days is not declared)' },
      { line: 11, message: 'cannot follow an indexed value (the value of days is not known)' },
    ]);
  });
});
