// A script's command-line arguments, whatever its language calls them (`args[0]`, `sys.argv[1]`,
// `ParamStr(1)`, `WScript.Arguments(0)`), are one list in the tree: `run` reads the arguments it is
// given after FILE (reported when it is given none), and a port reads `process.argv` with the script's
// own indexes, stopping main() when an argument is missing.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { portScript } from '../../src/port/index.js';
import { runScript } from '../../src/port/run-script.js';

const CSHARP = [
  'Chilkat.Http http = new Chilkat.Http();',
  'Chilkat.JsonObject json = new Chilkat.JsonObject();',
  'int seats = int.Parse(args[0]);',
  'json.UpdateInt("seats", seats);',
  'json.UpdateString("region", args[1]);',
  'Chilkat.HttpResponse resp = http.PostJson3("https://api.example.com/items", "application/json", json);',
].join('\n');

const PYTHON = [
  'import sys',
  'import chilkat2',
  'http = chilkat2.Http()',
  'json = chilkat2.JsonObject()',
  'json.UpdateInt("seats", int(sys.argv[1]))',
  'resp = http.PostJson3("https://api.example.com/items", "application/json", json)',
].join('\n');

const DELPHI = [
  'procedure TForm1.Button1Click(Sender: TObject);',
  'var',
  'http: TChilkatHttp;',
  'json: TChilkatJsonObject;',
  'resp: IChilkatHttpResponse;',
  'begin',
  'http := TChilkatHttp.Create(Self);',
  'json := TChilkatJsonObject.Create(Self);',
  "json.UpdateInt('seats', StrToInt(ParamStr(1)));",
  "resp := IChilkatHttpResponse(http.PostJson3('https://api.example.com/items', 'application/json', json.ControlInterface));",
  'end;',
].join('\n');

const PERL = [
  'use chilkat();',
  '$http = chilkat::CkHttp->new();',
  '$json = chilkat::CkJsonObject->new();',
  'my $seats = $ARGV[0];',
  'if ($seats > 10) {',
  '    $json->UpdateString("plan", "team");',
  '} else {',
  '    $json->UpdateString("plan", "solo");',
  '}',
  '$resp = $http->PostJson3("https://api.example.com/items", "application/json", $json);',
].join('\n');

const VBSCRIPT = [
  'Set http = CreateObject("Chilkat.Http")',
  'Set json = CreateObject("Chilkat.JsonObject")',
  'seats = WScript.Arguments(0)',
  'plan = "solo"',
  'If seats > 10 Then plan = "team"',
  'json.UpdateString "plan", plan',
  'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)',
].join('\n');

async function sent(source: string, file: string, args?: readonly string[]): Promise<{ diagnostics: unknown; bodies: (string | undefined)[] }> {
  const result = await runScript(source, { file, ...(args === undefined ? {} : { arguments: args }) });
  return { diagnostics: result.diagnostics, bodies: result.requests.map((request) => request.body) };
}

describe('command-line arguments in run', () => {
  it('C# args[0] is the first argument, int.Parse reads it', async () => {
    expect(await sent(CSHARP, 'seats.cs', ['12', 'eu'])).toEqual({ diagnostics: [], bodies: ['{"seats":12,"region":"eu"}'] });
  });

  it("Python's sys.argv[1] and Delphi's ParamStr(1) are the first argument too (index 0 is the program)", async () => {
    expect(await sent(PYTHON, 'seats.py', ['12'])).toEqual({ diagnostics: [], bodies: ['{"seats":12}'] });
    expect(await sent(DELPHI, 'seats.pas', ['12'])).toEqual({ diagnostics: [], bodies: ['{"seats":12}'] });
  });

  it("Perl's $ARGV[0] compared with > is read as a number; text that is not a whole number is reported", async () => {
    expect(await sent(PERL, 'seats.pl', ['12'])).toEqual({ diagnostics: [], bodies: ['{"plan":"team"}'] });
    expect(await sent(PERL, 'seats.pl', ['5'])).toEqual({ diagnostics: [], bodies: ['{"plan":"solo"}'] });
    expect((await sent(PERL, 'seats.pl', ['12abc'])).diagnostics).toEqual([{ line: 5, message: '>: argument 0 must be a number or the text of a whole number, not "12abc"' }]);
  });

  it("VBScript's text argument against a number: answered where its documented rule and a numeric reading agree, reported where they differ", async () => {
    expect(await sent(VBSCRIPT, 'seats.vbs', ['12'])).toEqual({ diagnostics: [], bodies: ['{"plan":"team"}'] });
    expect((await sent(VBSCRIPT, 'seats.vbs', ['5'])).diagnostics).toEqual([
      { line: 5, message: 'a comparison of a text with a number: VBScript compares the text "5" with a number differently depending on how the number was written; convert the text with CLng or CDbl' },
    ]);
  });

  it("PowerShell's $args is the script's outside functions and the function's own inside one (not followed)", async () => {
    const source = ['$http = New-Object Chilkat.Http', '$json = New-Object Chilkat.JsonObject', 'function Add-First($j) {', '    $j.UpdateString("first", $args[0])', '}', '$json.UpdateString("plan", $args[0])', 'Add-First $json', '$resp = $http.PostJson3("https://api.example.com/items", "application/json", $json)'].join('\n');
    expect(await sent(source, 'plan.ps1', ['team'])).toEqual({ diagnostics: [{ line: 4, message: 'cannot follow an indexed value (the value of $args is not known)' }], bodies: ['{"plan":"team"}'] });
  });

  it("the count of arguments: VBScript's WScript.Arguments.Count, Delphi's ParamCount", async () => {
    const vbs = ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', 'If WScript.Arguments.Count > 0 Then json.UpdateString "plan", WScript.Arguments.Item(0)', 'json.UpdateInt "n", WScript.Arguments.Count', 'Set resp = http.PostJson3("https://api.example.com/items", "application/json", json)'].join('\n');
    expect(await sent(vbs, 'count.vbs', ['team', 'eu'])).toEqual({ diagnostics: [], bodies: ['{"plan":"team","n":2}'] });
    expect(await sent(vbs, 'count.vbs', [])).toEqual({ diagnostics: [], bodies: ['{"n":0}'] });
    const pas = DELPHI.replace("json.UpdateInt('seats', StrToInt(ParamStr(1)));", "json.UpdateInt('n', ParamCount);");
    expect(await sent(pas, 'count.pas', ['a', 'b', 'c'])).toEqual({ diagnostics: [], bodies: ['{"n":3}'] });
    expect(portScript(pas, { file: 'count.pas', style: 'chilkat' }).code).toContain("json.UpdateInt('n', process.argv.slice(2).length);");
  });

  it("FoxPro's LPARAMETERS at the top of a program names its arguments; in a PROCEDURE, the procedure's parameters", async () => {
    const prg = [
      'LPARAMETERS tcSeats, tcPlan',
      "loHttp = CreateObject('Chilkat.Http')",
      "loJson = CreateObject('Chilkat.JsonObject')",
      'IF tcSeats == "12"',
      '    loJson.UpdateString("size", "big")',
      'ENDIF',
      'AddOwner(loJson, "ann")',
      'loJson.UpdateString("plan", tcPlan)',
      'loResp = loHttp.PostJson3("https://api.example.com/items", "application/json", loJson)',
      'PROCEDURE AddOwner',
      '    LPARAMETERS toJson, tcName',
      '    toJson.UpdateString("owner", tcName)',
      'ENDPROC',
    ].join('\n');
    expect(await sent(prg, 'plan.prg', ['12', 'team'])).toEqual({ diagnostics: [], bodies: ['{"size":"big","owner":"ann","plan":"team"}'] });
    // FoxPro gives a missing parameter .F.; the porter reports it rather than guess what the script does with it.
    expect((await sent(prg, 'plan.prg', ['12'])).diagnostics).toEqual([
      { line: 1, message: 'the index 1 is outside the array' },
      { line: 8, message: 'cannot follow the value of UpdateString (tcPlan is set on line 1, which was not translated)' },
    ]);
    const code = portScript(prg, { file: 'plan.prg', style: 'chilkat' }).code;
    expect(code).toContain("  let tcSeats = argument(0);\n  let tcPlan = argument(1);");
    expect(code).toContain('function AddOwner(toJson: JsonObject, tcName: string): void {');
  });

  it('without arguments, reading one is reported on its line', async () => {
    expect((await sent(PYTHON, 'seats.py')).diagnostics).toEqual([
      { line: 5, message: 'cannot follow an indexed value (the command-line arguments, which run was not given (pathpatch run FILE -- ARG...))' },
    ]);
  });

  it('an argument that is not a whole number is reported, not guessed (Delphi reads no spaces around it)', async () => {
    expect((await sent(DELPHI, 'seats.pas', [' 12'])).diagnostics).toEqual([{ line: 9, message: 'StrToInt: argument 0 must be a number or the text of a whole number, not " 12"' }]);
  });

  it('a variable the script names args itself keeps its own value', async () => {
    const own = CSHARP.replace('int seats = int.Parse(args[0]);', 'string[] args = { "3", "us" };\nint seats = int.Parse(args[0]);');
    expect(await sent(own, 'own.cs', ['12', 'eu'])).toEqual({ diagnostics: [], bodies: ['{"seats":3,"region":"us"}'] });
  });

  it('pathpatch run FILE -- ARG... gives the script its arguments', async () => {
    let stdout = '';
    const io = { stdout: (text: string) => (stdout += text), stderr: () => undefined, env: {}, color: false, cwd: process.cwd(), stdin: () => Promise.resolve(PYTHON) };
    const code = await runCli(['run', '-', '--lang', 'chilkat2-python', '--dry-run', '--json', '--', '7'], io);
    expect({ code, body: (JSON.parse(stdout) as { body: unknown }).body }).toEqual({ code: 0, body: { seats: 7 } });
  });
});

describe('command-line arguments in a port', () => {
  it('reads process.argv with the script indexes, through a function that stops main() when one is missing', () => {
    const result = portScript(CSHARP, { file: 'seats.cs', style: 'chilkat' });
    expect(result.messages).toEqual([]);
    expect(result.code).toContain("import { parseWholeNumber } from 'pathpatch/port';");
    expect(result.code).toContain("  let seats = parseWholeNumber(argument(0));\n  json.UpdateInt('seats', seats);\n  json.UpdateString('region', argument(1));");
    expect(result.code).toContain([
      'function argument(at: number): string {',
      '  const value = process.argv[2 + at];',
      "  if (value === undefined) throw new Error(`Give the script's command-line argument ${String(at + 1)}.`);",
      '  return value;',
      '}',
    ].join('\n'));
  });

  it('ParamStr(1) and sys.argv[1] are argument(0); Delphi reads the number without spaces', () => {
    expect(portScript(DELPHI, { file: 'seats.pas', style: 'chilkat' }).code).toContain("json.UpdateInt('seats', parseWholeNumber(argument(0), false));");
    expect(portScript(PYTHON, { file: 'seats.py', style: 'builder' }).code).toContain("json = json.set('seats', parseWholeNumber(argument(0)));");
    expect(portScript(VBSCRIPT, { file: 'seats.vbs', style: 'chilkat' }).code).toContain("  if (compareVariant(seats, '>', 10)) {");
    expect(portScript(PERL, { file: 'seats.pl', style: 'chilkat' }).code).toContain('  let seats = argument(0);\n  if (parseWholeNumber(seats) > 10) {');
  });
});
