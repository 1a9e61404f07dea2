// PowerShell statements that are commands rather than dotted calls: `Add-Type` loading Chilkat's
// assembly does nothing to the request, and a script's own function is called with space-separated
// arguments (`Add-Owner $json "ann"`); `run` and both port styles read them the same way.
import { describe, expect, it } from 'vitest';
import { portScript } from '../../src/port/index.js';
import { runScript } from '../../src/port/run-script.js';

const HELPER = [
  'Add-Type -Path "ChilkatDotNet47.dll"',
  'function Add-Owner($j, $name) {',
  '    $j.UpdateString("owner", $name)',
  '}',
  '$http = New-Object Chilkat.Http',
  '$json = New-Object Chilkat.JsonObject',
  '$first = "Ann"',
  'Add-Owner $json "ann"',
  '$json.UpdateString("who", "$($first.ToUpper())")',
  '$resp = $http.PostJson3("https://api.example.com/items", "application/json", $json)',
].join('\n');

describe('PowerShell commands', () => {
  it('run: Add-Type does nothing, the function gets the JsonObject and the computed hole is filled', async () => {
    const result = await runScript(HELPER, { file: 'owner.ps1' });
    expect(result.diagnostics).toEqual([]);
    expect(result.requests.map((request) => request.body)).toEqual(['{"owner":"ann","who":"ANN"}']);
  });

  it('port --style chilkat: the function is called with both arguments, the hole becomes the call', () => {
    const result = portScript(HELPER, { file: 'owner.ps1', style: 'chilkat' });
    expect(result.messages).toEqual([]);
    expect(result.code).toContain("  Add_Owner(json, 'ann');\n  json.UpdateString('who', first.toUpperCase());");
    expect(result.code).not.toContain('Add-Type');
  });

  it('a function given one variable is called, not skipped as a declaration', async () => {
    const source = ['$http = New-Object Chilkat.Http', '$json = New-Object Chilkat.JsonObject', 'function Set-Plan($j) {', '    $j.UpdateString("plan", "team")', '}', 'Set-Plan $json', '$resp = $http.PostJson3("https://api.example.com/items", "application/json", $json)'].join('\n');
    const result = await runScript(source, { file: 'plan.ps1' });
    expect({ diagnostics: result.diagnostics, bodies: result.requests.map((request) => request.body) }).toEqual({ diagnostics: [], bodies: ['{"plan":"team"}'] });
  });

  it('a command given a named parameter is still reported, not guessed', async () => {
    const source = ['$json = New-Object Chilkat.JsonObject', 'Set-Owner -Json $json -Name "ann"', '$json.UpdateString("a", "b")'].join('\n');
    const result = await runScript(source, { file: 'named.ps1' });
    expect(result.diagnostics).toEqual([{ line: 2, message: 'cannot read this statement' }]);
  });
});
