// Hand-written scripts, one per construct of real legacy scripts and per language family, each
// with the body it sends (worked out from the script's own logic). A port is "right" when it
// builds exactly that body and reports nothing, and otherwise it must report.

/** A language family of the porter. */
export type Family = 'BASIC-like' | 'C-like' | 'scripting' | 'Pascal' | 'xBase';

/** The constructs of hand-written legacy scripts the porter must translate or report. */
export type Construct =
  | 'loop over data'
  | 'array read in a loop'
  | 'typed constant'
  | 'If/Else on known data'
  | 'If/Else on unknown data'
  | 'string interpolation'
  | 'built-in function'
  | 'helper taking the JsonObject'
  | 'second request using the first response'
  | 'Clear and reuse'
  | 'Load a template';

/** One script of the corpus. */
export interface ConstructCase {
  readonly construct: Construct;
  readonly family: Family;
  readonly lang: string;
  readonly file: string;
  readonly source: string;
  /** The body of the first request the script sends. */
  readonly body: string;
  /** The script sends a second request; only reporting it is right until requests are translated. */
  readonly secondRequest?: true;
}

interface Shape {
  readonly family: Family;
  readonly lang: string;
  readonly ext: string;
  /** The script around `lines`: objects made before, the request after; `defs` go where the language wants helpers. */
  readonly wrap: (lines: readonly string[], defs: readonly string[]) => string;
}

const URL = 'https://api.example.com/items';

const SHAPES = {
  vbscript: {
    family: 'BASIC-like', lang: 'vbscript', ext: 'vbs',
    wrap: (lines, defs) => ['Set http = CreateObject("Chilkat.Http")', 'Set json = CreateObject("Chilkat.JsonObject")', ...lines, `Set resp = http.PostJson3("${URL}", "application/json", json)`, ...defs].join('\n'),
  },
  csharp: {
    family: 'C-like', lang: 'csharp', ext: 'cs',
    wrap: (lines, defs) => ['Chilkat.Http http = new Chilkat.Http();', 'Chilkat.JsonObject json = new Chilkat.JsonObject();', ...lines, `Chilkat.HttpResponse resp = http.PostJson3("${URL}", "application/json", json);`, ...defs].join('\n'),
  },
  python: {
    family: 'scripting', lang: 'chilkat2-python', ext: 'py',
    wrap: (lines, defs) => ['import chilkat2', ...defs, 'http = chilkat2.Http()', 'json = chilkat2.JsonObject()', ...lines, `resp = http.PostJson3("${URL}", "application/json", json)`].join('\n'),
  },
  delphi: {
    family: 'Pascal', lang: 'delphi-ax', ext: 'pas',
    wrap: (lines, defs) =>
      [
        ...defs,
        'procedure TForm1.Button1Click(Sender: TObject);',
        'var',
        'http: TChilkatHttp;',
        'json: TChilkatJsonObject;',
        'resp: IChilkatHttpResponse;',
        'i: Integer;',
        'begin',
        'http := TChilkatHttp.Create(Self);',
        'json := TChilkatJsonObject.Create(Self);',
        ...lines,
        `resp := IChilkatHttpResponse(http.PostJson3('${URL}', 'application/json', json.ControlInterface));`,
        'end;',
      ].join('\n'),
  },
  foxpro: {
    family: 'xBase', lang: 'foxpro', ext: 'prg',
    wrap: (lines, defs) => ['LOCAL loHttp, loJson, loResp, i', "loHttp = CreateObject('Chilkat.Http')", "loJson = CreateObject('Chilkat.JsonObject')", ...lines, `loResp = loHttp.PostJson3("${URL}", "application/json", loJson)`, ...defs].join('\n'),
  },
  php: {
    family: 'scripting', lang: 'php-ext', ext: 'php',
    wrap: (lines, defs) => ['<?php', 'include("chilkat.php");', ...defs, '$http = new CkHttp();', '$json = new CkJsonObject();', ...lines, `$resp = $http->PostJson3("${URL}", "application/json", $json);`, '?>'].join('\n'),
  },
  ruby: {
    family: 'scripting', lang: 'ruby', ext: 'rb',
    wrap: (lines, defs) => ["require 'chilkat'", ...defs, 'http = Chilkat::CkHttp.new()', 'json = Chilkat::CkJsonObject.new()', ...lines, `resp = http.PostJson3("${URL}", "application/json", json)`].join('\n'),
  },
  perl: {
    family: 'scripting', lang: 'perl', ext: 'pl',
    wrap: (lines, defs) => ['use chilkat();', '$http = chilkat::CkHttp->new();', '$json = chilkat::CkJsonObject->new();', ...lines, `$resp = $http->PostJson3("${URL}", "application/json", $json);`, ...defs].join('\n'),
  },
  powershell: {
    family: 'scripting', lang: 'powershell', ext: 'ps1',
    wrap: (lines, defs) => ['Add-Type -Path "ChilkatDotNet47.dll"', ...defs, '$http = New-Object Chilkat.Http', '$json = New-Object Chilkat.JsonObject', ...lines, `$resp = $http.PostJson3("${URL}", "application/json", $json)`].join('\n'),
  },
  java: {
    family: 'C-like', lang: 'java', ext: 'java',
    wrap: (lines, defs) =>
      ['public class Sample {', '  private static final String TIER = "gold";', ...defs, '  public static void main(String argv[]) {', '    CkHttp http = new CkHttp();', '    CkJsonObject json = new CkJsonObject();', ...lines, `    CkHttpResponse resp = http.PostJson3("${URL}", "application/json", json);`, '  }', '}'].join('\n'),
  },
  cpp: {
    family: 'C-like', lang: 'cpp', ext: 'cpp',
    wrap: (lines, defs) => ['#include <CkHttp.h>', '#include <CkJsonObject.h>', ...defs, 'void ChilkatSample(void) {', '    CkHttp http;', '    CkJsonObject json;', ...lines, `    CkHttpResponse *resp = http.PostJson3("${URL}", "application/json", json);`, '}'].join('\n'),
  },
  cppPointer: {
    family: 'C-like', lang: 'cpp', ext: 'cpp',
    wrap: (lines, defs) => ['#include <CkHttp.h>', '#include <CkJsonObject.h>', ...defs, 'void ChilkatSample(void) {', '    CkHttp http;', '    CkJsonObject *json = new CkJsonObject();', ...lines, `    CkHttpResponse *resp = http.PostJson3("${URL}", "application/json", *json);`, '    delete json;', '}'].join('\n'),
  },
  vbnet: {
    family: 'BASIC-like', lang: 'vbnet', ext: 'vb',
    wrap: (lines, defs) => ['Dim http As New Chilkat.Http', 'Dim json As New Chilkat.JsonObject', ...lines, `Dim resp As Chilkat.HttpResponse = http.PostJson3("${URL}", "application/json", json)`, ...defs].join('\n'),
  },
} satisfies Record<string, Shape>;

type ShapeName = keyof typeof SHAPES;

interface Entry {
  readonly shape: ShapeName;
  readonly lines: readonly string[];
  readonly defs?: readonly string[];
  readonly body: string;
  readonly secondRequest?: true;
}

const ROWS: Readonly<Record<Construct, readonly Entry[]>> = {
  'loop over data': [
    { shape: 'vbscript', lines: ['days = Array("mon", "tue")', 'For i = 0 To UBound(days)', '    json.I = i', '    json.UpdateInt "n[i]", i', 'Next'], body: '{"n":[0,1]}' },
    { shape: 'vbscript', lines: ['i = 0', 'While i < 2', '    json.I = i', '    json.UpdateInt "n[i]", i', '    i = i + 1', 'Wend'], body: '{"n":[0,1]}' },
    { shape: 'vbscript', lines: ['i = 0', 'Do While i < 2', '    json.I = i', '    json.UpdateInt "n[i]", i', '    i = i + 1', 'Loop'], body: '{"n":[0,1]}' },
    { shape: 'csharp', lines: ['string[] days = new string[] { "mon", "tue" };', 'for (int i = 0; i < days.Length; i++) {', '    json.I = i;', '    json.UpdateInt("n[i]", i);', '}'], body: '{"n":[0,1]}' },
    { shape: 'csharp', lines: ['string[] days = new string[] { "mon", "tue" };', 'foreach (string d in days) {', '    json.UpdateString("days[-1]", d);', '}'], body: '{"days":["mon","tue"]}' },
    { shape: 'python', lines: ['days = ["mon", "tue"]', 'for i in range(len(days)):', '    json.I = i', '    json.UpdateInt("n[i]", i)'], body: '{"n":[0,1]}' },
    { shape: 'php', lines: ['$days = array("mon", "tue");', 'for ($i = 0; $i < count($days); $i++) {', '    $json->I = $i;', '    $json->UpdateInt("n[i]", $i);', '}'], body: '{"n":[0,1]}' },
    { shape: 'ruby', lines: ['days = ["mon", "tue"]', 'days.each_with_index do |d, i|', '  json.I = i', '  json.UpdateInt("n[i]", i)', 'end'], body: '{"n":[0,1]}' },
    { shape: 'perl', lines: ['my @days = ("mon", "tue");', 'foreach my $d (@days) {', '    $json->UpdateString("days[-1]", $d);', '}'], body: '{"days":["mon","tue"]}' },
    { shape: 'delphi', lines: ['days := TStringList.Create;', "days.Add('mon');", "days.Add('tue');", 'for i := 0 to days.Count - 1 do', 'begin', '  json.I := i;', "  json.UpdateInt('n[i]', i);", 'end;'], body: '{"n":[0,1]}' },
    { shape: 'foxpro', lines: ['DIMENSION laDays[2]', 'laDays[1] = "mon"', 'laDays[2] = "tue"', 'FOR i = 1 TO ALEN(laDays)', '    loJson.I = i - 1', '    loJson.UpdateInt("n[i]", i - 1)', 'ENDFOR'], body: '{"n":[0,1]}' },
  ],
  'array read in a loop': [
    { shape: 'vbscript', lines: ['days = Array("mon", "tue")', 'For i = 0 To 1', '    json.I = i', '    json.UpdateString "days[i]", days(i)', 'Next'], body: '{"days":["mon","tue"]}' },
    { shape: 'csharp', lines: ['string[] days = new string[] { "mon", "tue" };', 'for (int i = 0; i < 2; i++) {', '    json.I = i;', '    json.UpdateString("days[i]", days[i]);', '}'], body: '{"days":["mon","tue"]}' },
    { shape: 'python', lines: ['days = ["mon", "tue"]', 'for i in range(2):', '    json.I = i', '    json.UpdateString("days[i]", days[i])'], body: '{"days":["mon","tue"]}' },
    { shape: 'perl', lines: ['my @days = ("mon", "tue"); # $#days is the last index', 'foreach my $i (0 .. $#days) {', '    $json->UpdateString("days[$i]", $days[$i]);', '}'], body: '{"days":["mon","tue"]}' },
    { shape: 'cppPointer', lines: ['    const char *days[] = { "mon", "tue" };', '    for (int i = 0; i < 2; i++) {', '        json->put_I(i);', '        json->UpdateString("days[i]", days[i]);', '    }'], body: '{"days":["mon","tue"]}' },
    { shape: 'delphi', lines: ["days[0] := 'mon';", "days[1] := 'tue';", 'for i := 0 to 1 do', 'begin', '  json.I := i;', "  json.UpdateString('days[i]', days[i]);", 'end;'], body: '{"days":["mon","tue"]}' },
    { shape: 'foxpro', lines: ['DIMENSION laDays[2]', 'laDays[1] = "mon"', 'laDays[2] = "tue"', 'FOR i = 1 TO 2', '    loJson.I = i - 1', '    loJson.UpdateString("days[i]", laDays[i])', 'ENDFOR'], body: '{"days":["mon","tue"]}' },
  ],
  'typed constant': [
    { shape: 'vbnet', lines: ['Const TIER As String = "gold"', 'json.UpdateString("tier", TIER)'], body: '{"tier":"gold"}' },
    { shape: 'vbscript', lines: ['Const TIER = "gold"', 'json.UpdateString "tier", TIER'], body: '{"tier":"gold"}' },
    { shape: 'csharp', lines: ['const string Tier = "gold";', 'json.UpdateString("tier", Tier);'], body: '{"tier":"gold"}' },
    { shape: 'java', lines: ['    json.UpdateString("tier", TIER);'], body: '{"tier":"gold"}' },
    { shape: 'cpp', defs: ['#define TIER "gold"'], lines: ['    json.UpdateString("tier", TIER);'], body: '{"tier":"gold"}' },
    { shape: 'python', lines: ['TIER: str = "gold"', 'json.UpdateString("tier", TIER)'], body: '{"tier":"gold"}' },
    { shape: 'delphi', defs: ['const', "  TIER = 'gold';"], lines: ["json.UpdateString('tier', TIER);"], body: '{"tier":"gold"}' },
    { shape: 'foxpro', defs: [], lines: ['#DEFINE TIER "gold"', 'loJson.UpdateString("tier", TIER)'], body: '{"tier":"gold"}' },
  ],
  'If/Else on known data': [
    { shape: 'vbscript', lines: ['seats = 12', 'If seats > 10 Then', '    json.UpdateString "plan", "team"', 'ElseIf seats > 1 Then', '    json.UpdateString "plan", "pair"', 'Else', '    json.UpdateString "plan", "solo"', 'End If'], body: '{"plan":"team"}' },
    { shape: 'csharp', lines: ['int seats = 2;', 'if (seats > 10) {', '    json.UpdateString("plan", "team");', '} else if (seats > 1) {', '    json.UpdateString("plan", "pair");', '} else {', '    json.UpdateString("plan", "solo");', '}'], body: '{"plan":"pair"}' },
    { shape: 'python', lines: ['seats = 1', 'if seats > 10:', '    json.UpdateString("plan", "team")', 'elif seats > 1:', '    json.UpdateString("plan", "pair")', 'else:', '    json.UpdateString("plan", "solo")'], body: '{"plan":"solo"}' },
    { shape: 'ruby', lines: ['seats = 12', 'if seats > 10', '  json.UpdateString("plan", "team")', 'else', '  json.UpdateString("plan", "solo")', 'end'], body: '{"plan":"team"}' },
    { shape: 'powershell', lines: ['$seats = 1', 'if ($seats -gt 10) {', '    $json.UpdateString("plan", "team")', '} else {', '    $json.UpdateString("plan", "solo")', '}'], body: '{"plan":"solo"}' },
    { shape: 'delphi', lines: ['i := 12;', 'if i > 10 then', 'begin', "  json.UpdateString('plan', 'team');", 'end', 'else', 'begin', "  json.UpdateString('plan', 'solo');", 'end;'], body: '{"plan":"team"}' },
    { shape: 'foxpro', lines: ['i = 1', 'IF i > 10', '    loJson.UpdateString("plan", "team")', 'ELSE', '    loJson.UpdateString("plan", "solo")', 'ENDIF'], body: '{"plan":"solo"}' },
  ],
  'If/Else on unknown data': [
    { shape: 'vbscript', lines: ['seats = WScript.Arguments(0)', 'If seats > 10 Then', '    json.UpdateString "plan", "team"', 'Else', '    json.UpdateString "plan", "solo"', 'End If'], body: '{"plan":"?"}' },
    { shape: 'vbscript', lines: ['seats = WScript.Arguments(0)', 'plan = "solo"', 'If seats > 10 Then plan = "team"', 'json.UpdateString "plan", plan'], body: '{"plan":"?"}' },
    { shape: 'csharp', lines: ['int seats = int.Parse(args[0]);', 'if (seats > 10)', '    json.UpdateString("plan", "team");', 'else', '    json.UpdateString("plan", "solo");'], body: '{"plan":"?"}' },
    { shape: 'python', lines: ['import sys', 'seats = int(sys.argv[1])', 'if seats > 10:', '    json.UpdateString("plan", "team")', 'else:', '    json.UpdateString("plan", "solo")'], body: '{"plan":"?"}' },
    { shape: 'perl', lines: ['my $seats = $ARGV[0];', 'if ($seats > 10) {', '    $json->UpdateString("plan", "team");', '} else {', '    $json->UpdateString("plan", "solo");', '}'], body: '{"plan":"?"}' },
    { shape: 'delphi', lines: ['i := StrToInt(ParamStr(1));', "if i > 10 then json.UpdateString('plan', 'team') else json.UpdateString('plan', 'solo');"], body: '{"plan":"?"}' },
    { shape: 'foxpro', lines: ['i = VAL(SYS(2020))', 'IF i > 10', '    loJson.UpdateString("plan", "team")', 'ELSE', '    loJson.UpdateString("plan", "solo")', 'ENDIF'], body: '{"plan":"?"}' },
  ],
  'string interpolation': [
    { shape: 'vbnet', lines: ['Dim first As String = "Ann"', 'Dim last As String = "Lee"', 'json.UpdateString("name", $"{first} {last}")'], body: '{"name":"Ann Lee"}' },
    { shape: 'csharp', lines: ['string first = "Ann";', 'string last = "Lee";', 'json.UpdateString("name", $"{first} {last}");'], body: '{"name":"Ann Lee"}' },
    { shape: 'python', lines: ['first = "Ann"', 'last = "Lee"', 'json.UpdateString("name", f"{first} {last}")'], body: '{"name":"Ann Lee"}' },
    { shape: 'php', lines: ['$first = "Ann";', '$last = "Lee";', '$json->UpdateString("name", "$first $last");', 'for ($i = 0; $i < 2; $i++) {', '    $json->UpdateString("groups[$i].value", "g$i");', '}'], body: '{"name":"Ann Lee","groups":[{"value":"g0"},{"value":"g1"}]}' },
    { shape: 'ruby', lines: ['app = "crm"', 'json.UpdateString("app", "#{app}-prod")'], body: '{"app":"crm-prod"}' },
    { shape: 'perl', lines: ['my $first = "Ann";', 'my $last = "Lee";', '$json->UpdateString("name", "$first $last");'], body: '{"name":"Ann Lee"}' },
    { shape: 'powershell', lines: ['$first = "Ann"', '$last = "Lee"', '$json.UpdateString("name", "$first $last")', '$json.UpdateString("who", "$($first.ToUpper())")'], body: '{"name":"Ann Lee","who":"ANN"}' },
  ],
  'built-in function': [
    { shape: 'vbscript', lines: ['name = "ANN"', 'json.UpdateString "name", LCase(name)'], body: '{"name":"ann"}' },
    { shape: 'csharp', lines: ['string name = "ANN";', 'json.UpdateString("name", name.ToLower());'], body: '{"name":"ann"}' },
    { shape: 'java', lines: ['    json.UpdateString("n", String.valueOf(3));'], body: '{"n":"3"}' },
    { shape: 'python', lines: ['days = ["mon", "tue"]', 'json.UpdateInt("count", len(days))'], body: '{"count":2}' },
    { shape: 'php', lines: ['$days = array("mon", "tue");', '$json->UpdateInt("count", count($days));'], body: '{"count":2}' },
    { shape: 'delphi', lines: ["json.UpdateString('n', IntToStr(3));", "json.UpdateString('name', LowerCase('ANN'));"], body: '{"n":"3","name":"ann"}' },
    { shape: 'foxpro', lines: ['lcName = "ANN"', 'loJson.UpdateString("name", LOWER(lcName))'], body: '{"name":"ann"}' },
  ],
  'helper taking the JsonObject': [
    { shape: 'vbscript', lines: ['AddOwner json, "ann"'], defs: ['Sub AddOwner(j, name)', '    j.UpdateString "owner", name', 'End Sub'], body: '{"owner":"ann"}' },
    { shape: 'vbscript', lines: ['AddOwner json'], defs: ['Sub AddOwner(j)', '    json.UpdateString "owner", "ann"', 'End Sub'], body: '{"owner":"ann"}' },
    { shape: 'csharp', lines: ['void AddOwner(Chilkat.JsonObject j, string name) {', '    j.UpdateString("owner", name);', '}', 'AddOwner(json, "ann");'], body: '{"owner":"ann"}' },
    { shape: 'python', defs: ['def add_owner(j, name):', '    j.UpdateString("owner", name)'], lines: ['add_owner(json, "ann")'], body: '{"owner":"ann"}' },
    { shape: 'ruby', defs: ['def add_owner(j, name)', '  j.UpdateString("owner", name)', 'end'], lines: ['add_owner(json, "ann")'], body: '{"owner":"ann"}' },
    { shape: 'powershell', defs: ['function Add-Owner($j, $name) {', '    $j.UpdateString("owner", $name)', '}'], lines: ['Add-Owner $json "ann"'], body: '{"owner":"ann"}' },
    { shape: 'delphi', defs: ['procedure AddOwner(j: TChilkatJsonObject; name: string);', 'begin', "  j.UpdateString('owner', name);", 'end;'], lines: ["AddOwner(json, 'ann');"], body: '{"owner":"ann"}' },
    { shape: 'foxpro', lines: ['AddOwner(loJson, "ann")'], defs: ['PROCEDURE AddOwner(toJson, tcName)', '    toJson.UpdateString("owner", tcName)', 'ENDPROC'], body: '{"owner":"ann"}' },
  ],
  'second request using the first response': [
    {
      shape: 'vbscript',
      lines: ['json.UpdateString "name", "ann"', 'Set r1 = http.PostJson3("https://api.example.com/users", "application/json", json)', 'Set jResp = CreateObject("Chilkat.JsonObject")', 'jResp.Load r1.BodyStr', 'Set json2 = CreateObject("Chilkat.JsonObject")', 'json2.UpdateString "user_id", jResp.StringOf("id")', 'json2.UpdateString "role", "admin"', 'Set json = json2'],
      body: '{"name":"ann"}', secondRequest: true,
    },
    {
      shape: 'csharp',
      lines: ['json.UpdateString("name", "ann");', 'Chilkat.HttpResponse r1 = http.PostJson3("https://api.example.com/users", "application/json", json);', 'Chilkat.JsonObject jResp = new Chilkat.JsonObject();', 'jResp.Load(r1.BodyStr);', 'json.UpdateString("user_id", jResp.StringOf("id"));'],
      body: '{"name":"ann"}', secondRequest: true,
    },
    {
      shape: 'python',
      lines: ['json.UpdateString("name", "ann")', 'r1 = http.PostJson3("https://api.example.com/users", "application/json", json)', 'jResp = chilkat2.JsonObject()', 'jResp.Load(r1.BodyStr)', 'json2 = chilkat2.JsonObject()', 'json2.UpdateString("user_id", jResp.StringOf("id"))', 'json = json2'],
      body: '{"name":"ann"}', secondRequest: true,
    },
    {
      shape: 'delphi',
      lines: ["json.UpdateString('name', 'ann');", "resp := IChilkatHttpResponse(http.PostJson3('https://api.example.com/users', 'application/json', json.ControlInterface));", "json.UpdateString('role', 'admin');"],
      body: '{"name":"ann"}', secondRequest: true,
    },
    {
      shape: 'foxpro',
      lines: ['loJson.UpdateString("name", "ann")', 'loR1 = loHttp.PostJson3("https://api.example.com/users", "application/json", loJson)', 'loJson.UpdateString("role", "admin")'],
      body: '{"name":"ann"}', secondRequest: true,
    },
  ],
  'Clear and reuse': [
    {
      shape: 'vbscript',
      lines: ['json.UpdateString "client_id", "abc"', 'json.UpdateString "client_secret", "{{client_secret}}"', 'Set r1 = http.PostJson3("https://auth.example.com/token", "application/json", json)', 'json.Clear', 'json.UpdateString "name", "ann"'],
      body: '{"client_id":"abc","client_secret":"{{client_secret}}"}', secondRequest: true,
    },
    {
      shape: 'csharp',
      lines: ['json.UpdateString("client_id", "abc");', 'json.UpdateString("client_secret", "{{client_secret}}");', 'Chilkat.HttpResponse r1 = http.PostJson3("https://auth.example.com/token", "application/json", json);', 'json.Clear();', 'json.UpdateString("name", "ann");'],
      body: '{"client_id":"abc","client_secret":"{{client_secret}}"}', secondRequest: true,
    },
    {
      shape: 'python',
      lines: ['json.UpdateString("client_id", "abc")', 'json.UpdateString("client_secret", "{{client_secret}}")', 'r1 = http.PostJson3("https://auth.example.com/token", "application/json", json)', 'json.Clear()', 'json.UpdateString("name", "ann")'],
      body: '{"client_id":"abc","client_secret":"{{client_secret}}"}', secondRequest: true,
    },
    {
      shape: 'delphi',
      lines: ["json.UpdateString('client_id', 'abc');", "resp := IChilkatHttpResponse(http.PostJson3('https://auth.example.com/token', 'application/json', json.ControlInterface));", 'json.Clear();', "json.UpdateString('name', 'ann');"],
      body: '{"client_id":"abc"}', secondRequest: true,
    },
    {
      shape: 'foxpro',
      lines: ['loJson.UpdateString("client_id", "abc")', 'loR1 = loHttp.PostJson3("https://auth.example.com/token", "application/json", loJson)', 'loJson.Clear()', 'loJson.UpdateString("name", "ann")'],
      body: '{"client_id":"abc"}', secondRequest: true,
    },
  ],
  'Load a template': [
    { shape: 'vbscript', lines: ['json.Load "{""kind"":""user""}"', 'json.UpdateString "name", "ann"'], body: '{"kind":"user","name":"ann"}' },
    { shape: 'csharp', lines: ['json.Load("{\\"kind\\":\\"user\\"}");', 'json.UpdateString("name", "ann");'], body: '{"kind":"user","name":"ann"}' },
    { shape: 'python', lines: ['json.Load(\'{"kind":"user"}\')', 'json.UpdateString("name", "ann")'], body: '{"kind":"user","name":"ann"}' },
    { shape: 'delphi', lines: ['json.Load(\'{"kind":"user"}\');', "json.UpdateString('name', 'ann');"], body: '{"kind":"user","name":"ann"}' },
    { shape: 'foxpro', lines: ['loJson.Load(\'{"kind":"user"}\')', 'loJson.UpdateString("name", "ann")'], body: '{"kind":"user","name":"ann"}' },
  ],
};

/** Every script of the corpus, named `<construct>-<language>-<n>.<ext>`. */
export const CONSTRUCT_CASES: readonly ConstructCase[] = Object.entries(ROWS).flatMap(([construct, entries]) =>
  entries.map((entry, index) => {
    const shape: Shape = SHAPES[entry.shape];
    const slug = construct.toLowerCase().replace(/[^a-z]+/g, '-');
    return {
      construct: construct as Construct,
      family: shape.family,
      lang: shape.lang,
      file: `${slug}-${entry.shape}-${String(index)}.${shape.ext}`,
      source: `${shape.wrap(entry.lines, entry.defs ?? [])}\n`,
      body: entry.body,
      ...(entry.secondRequest ? { secondRequest: true as const } : {}),
    };
  }),
);
