// Regression tests for defects a reviewer demonstrated: each fix keeps a call from being dropped or mis-ported silently.
import { describe, expect, it } from 'vitest';
import { readScript } from '../../src/port/index.js';
import { describeIr } from './helpers.js';

function irOf(source: string, file: string): string {
  return describeIr(readScript(source, { file }).nodes);
}

describe('calls are never dropped silently', () => {
  it('C#: Delete* with arguments, calls in conditions and returns, wrong argument counts', () => {
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
        '  6 UNSUPPORTED a call inside a condition or return is not followed: json.UpdateString',
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
        '  4 UNSUPPORTED a call inside a condition or return is not followed: json.UpdateString',
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
        '  5 UNSUPPORTED a call inside a condition or return is not followed: json.UpdateString',
        '  6 UNSUPPORTED a call inside a condition or return is not followed: json.UpdateInt',
      ].join('\n'),
    );
  });
});
