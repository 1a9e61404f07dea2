import { describe, expect, it } from 'vitest';
import { JsonArray } from '../../src/chilkat/json-array.js';
import { JsonObject } from '../../src/chilkat/json-object.js';
import { StringBuilder } from '../../src/chilkat/string-builder.js';

describe('JsonObject: Chilkat core conventions', () => {
  it('builds the generated-sample body byte for byte', () => {
    const json = new JsonObject();
    expect(json.UpdateString('name', '')).toBe(true);
    json.UpdateString('callbacks[0]', '');
    json.UpdateInt('jwt_configuration.lifetime_in_seconds', 0);
    json.UpdateBool('jwt_configuration.secret_encoded', true);
    json.UpdateNewObject('jwt_configuration.scopes');
    json.UpdateString('resource_servers[0].scopes[0]', '');
    expect(json.Emit()).toBe(
      '{"name":"","callbacks":[""],"jwt_configuration":{"lifetime_in_seconds":0,"secret_encoded":true,"scopes":{}},"resource_servers":[{"scopes":[""]}]}',
    );
    json.EmitCompact = false;
    expect(json.Emit()).toBe(
      '{\r\n  "name": "",\r\n  "callbacks": [\r\n    ""\r\n  ],\r\n  "jwt_configuration": {\r\n    "lifetime_in_seconds": 0,\r\n    "secret_encoded": true,\r\n    "scopes": {}\r\n  },\r\n  "resource_servers": [\r\n    {\r\n      "scopes": [\r\n        ""\r\n      ]\r\n    }\r\n  ]\r\n}\r\n',
    );
  });

  it('returns false with a reason, never throws, for bad paths and clashes', () => {
    const json = new JsonObject();
    expect(json.UpdateString('a.', 'v')).toBe(false);
    expect(json.LastMethodSuccess).toBe(false);
    expect(json.LastErrorText).toBe('UpdateString: path "a.": the path ends with a delimiter or an empty key');
    expect(json.Emit()).toBe('{"a":{}}'); // like Chilkat, what was created before the failure stays
    expect(json.UpdateString('a', 'x')).toBe(false);
    expect(json.LastErrorText).toBe('UpdateString: path "a": member "a": a real object stands there and is not replaced');
    expect(json.UpdateString('a.b', 'x')).toBe(true);
    expect(json.LastMethodSuccess).toBe(true);
    expect(json.LastErrorText).toBe('');
    expect(() => json.UpdateString(undefined as unknown as string, 'x')).not.toThrow();
  });

  it('takes real ints, bools and strings: no Node-binding conversions', () => {
    const json = new JsonObject();
    expect(json.UpdateInt('a', 2147483648)).toBe(false);
    expect(json.LastErrorText).toBe('UpdateInt: path "a": the value must be a 32-bit integer, not 2147483648');
    expect(json.UpdateInt('a', 1.5)).toBe(false);
    expect(json.UpdateUInt('a', -1)).toBe(false);
    expect(json.UpdateBool('a', 'false' as unknown as boolean)).toBe(false);
    expect(json.LastErrorText).toBe('UpdateBool: path "a": the value must be a boolean, not string');
    expect(json.UpdateString('a', 5 as unknown as string)).toBe(false);
    expect(json.Emit()).toBe('{}');
    // What the binding would cut or drop, the core keeps: NUL is escaped, a leading BOM stays.
    expect(json.UpdateString('n', 'a\0b')).toBe(true);
    expect(json.UpdateString('\uFEFFk', '\uFEFFv')).toBe(true);
    expect(json.Emit()).toBe('{"n":"a\\u0000b","\uFEFFk":"\uFEFFv"}');
    expect(json.StringOf('n')).toBe('a\0b');
  });

  it('prints -2147483648 as Chilkat does (-8), in every int setter', () => {
    const json = new JsonObject();
    json.UpdateInt('a', -2147483648);
    json.SetIntOf('b', -2147483648);
    json.AppendInt('c', -2147483648);
    json.UpdateUInt('d', 4294967295);
    expect(json.Emit()).toBe('{"a":-8,"b":-8,"c":-8,"d":4294967295}');
    expect(json.IntOf('a')).toBe(-8);
  });

  it('keeps UpdateNumber text exactly and applies the first-comma rule', () => {
    const json = new JsonObject();
    expect(json.UpdateNumber('a', '1.50')).toBe(true);
    expect(json.UpdateNumber('b', '1,5')).toBe(true);
    expect(json.UpdateNumber('c', 'null')).toBe(true);
    expect(json.UpdateNumber('d', 12.25)).toBe(true);
    expect(json.Emit()).toBe('{"a":1.50,"b":1.5,"c":null,"d":12.25}');
    expect(json.JsonTypeOf('c')).toBe(6);
  });
});

describe('JsonObject: refusing what would be invalid JSON (the default)', () => {
  it('refuses a key with an unescaped quote, and changes nothing', () => {
    const json = new JsonObject();
    expect(json.UpdateString('x.a"b', 'v')).toBe(false);
    expect(json.LastErrorText).toBe(
      `UpdateString: path "x.a\\"b": the key "a\\"b" has an unescaped '"' at 1; Chilkat prints keys from paths unescaped, so it would not be valid JSON`,
    );
    expect(json.Emit()).toBe('{}');
    expect(json.UpdateString('"a\\"b"', 'v')).toBe(true); // a quoted key with an escaped quote is valid
    expect(json.Emit()).toBe('{"a\\"b":"v"}');
    expect(json.NameAt(0)).toBe('a"b');
  });

  it('refuses raw control characters and bad escapes in keys', () => {
    const json = new JsonObject();
    expect(json.UpdateString('a\u000bb', 'v')).toBe(false);
    expect(json.UpdateString('a\\.b', 'v')).toBe(false);
    expect(json.AppendString('q"', 'v')).toBe(false);
    expect(json.UpdateString('a\\u0041', 'v')).toBe(true);
    expect(json.Emit()).toBe('{"a\\u0041":"v"}');
  });

  it('refuses UpdateNumber text that is not a JSON number', () => {
    const json = new JsonObject();
    for (const text of ['01', '+1', '.5', '5.', 'abc', '', 'NaN', '1,234,567', ' 1']) {
      expect(json.UpdateNumber('n', text), text).toBe(false);
      expect(json.LastErrorText).toContain('would not be valid JSON');
    }
    expect(json.UpdateNumber('n', Number.NaN)).toBe(false);
    expect(json.AddNumberAt(-1, 'n', '2,5')).toBe(false);
    expect(json.Emit()).toBe('{}');
  });

  it('refuses lone surrogates, which Chilkat writes as invalid UTF-8', () => {
    const json = new JsonObject();
    expect(json.UpdateString('a', 'x\ud800')).toBe(false);
    expect(json.UpdateString('a\udc00', 'x')).toBe(false);
    expect(json.UpdateString('a', '😀')).toBe(true);
  });

  it("stores them as Chilkat does with invalidJson: 'allow'", () => {
    const json = new JsonObject({ invalidJson: 'allow' });
    expect(json.UpdateString('a"b', 'v')).toBe(true);
    expect(json.UpdateNumber('n', '01')).toBe(true);
    expect(json.UpdateString('s', '\ud800')).toBe(true);
    expect(json.Emit()).toBe('{"a"b":"v","n":01,"s":"\ud800"}');
  });
});

describe('JsonObject: Chilkat oddities kept on purpose', () => {
  it('leaves a placeholder object for UpdateNewObject at a final index', () => {
    const json = new JsonObject();
    expect(json.UpdateNewObject('a[0]')).toBe(true);
    expect(json.UpdateString('a[0].b', 'x')).toBe(false);
    expect(json.JsonTypeOf('a[0]')).toBe(3);
    expect(json.StringOf('a[0]')).toBe('{}');
    expect(json.ObjectOf('a[0]')).toBeNull();
    expect(json.Emit()).toBe('{"a":[{}]}');
    expect(() => json.toBuilder()).toThrow('invalid value at "a[0]": found a placeholder object');
  });

  it('keeps the object for UpdateNewObject, empties the array for UpdateNewArray', () => {
    const json = new JsonObject();
    json.UpdateString('o.x', 'y');
    json.UpdateString('a[0]', 'y');
    expect(json.UpdateNewObject('o')).toBe(true);
    expect(json.UpdateNewArray('a')).toBe(true);
    expect(json.Emit()).toBe('{"o":{"x":"y"},"a":[]}');
  });

  it('appends for out-of-range indexes and reads I, J, K at each call', () => {
    const json = new JsonObject();
    json.UpdateString('a[5]', 'x');
    json.I = 0;
    json.UpdateString('a[i]', 'y');
    json.I = 7;
    json.UpdateString('a[i]', 'z');
    expect(json.Emit()).toBe('{"a":["y","z"]}');
  });

  it('trims and takes the first character of DelimiterChar, ignoring blanks', () => {
    const json = new JsonObject();
    json.DelimiterChar = ' /x ';
    expect(json.DelimiterChar).toBe('/');
    json.DelimiterChar = '\t';
    expect(json.DelimiterChar).toBe('/');
    json.UpdateString('a/b.c', 'v');
    expect(json.Emit()).toBe('{"a":{"b.c":"v"}}');
  });

  it('names a control character after a backslash in a key, so the reason stays on one line', () => {
    const json = new JsonObject();
    expect(json.UpdateBool('"a\\\nb".c', false)).toBe(false);
    expect(json.LastErrorText).toBe(
      'UpdateBool: path "\\"a\\\\\\nb\\".c": the key "a\\\\\\nb" has an invalid escape (a backslash before U+000A) at 1; Chilkat prints keys from paths unescaped, so it would not be valid JSON',
    );
  });

  it('a non-ASCII delimiter acts by its first UTF-8 byte: refused by default where it cuts a character, U+FFFD per broken byte when allowed', () => {
    const strict = new JsonObject();
    strict.DelimiterChar = '\u00a0/';
    expect(strict.DelimiterChar).toBe('\ufffd');
    expect(strict.UpdateString('a/b', 'x')).toBe(true);
    expect(strict.UpdateString('c\u00a0d', 'y')).toBe(false);
    expect(strict.LastErrorText).toBe(
      'UpdateString: path "c\u00a0d": the delimiter cuts U+00A0 at 1 after its first UTF-8 byte; Chilkat writes the other bytes into the next key, where they are not UTF-8, so it would not be valid JSON',
    );
    expect(strict.Emit()).toBe('{"a/b":"x"}');
    const legacy = new JsonObject({ invalidJson: 'allow' });
    legacy.DelimiterChar = '日';
    expect(legacy.UpdateString('a曜b', 'x')).toBe(true);
    expect(legacy.UpdateString('"c曜d"', 'y')).toBe(true);
    expect(legacy.StringOf('a曜b')).toBe('x');
    expect(legacy.Emit()).toBe('{"a":{"\ufffd\ufffdb":"x"},"c曜d":"y"}');
  });

  it('puts PathPrefix in front of paths, getters included, but not names', () => {
    const json = new JsonObject();
    json.PathPrefix = ' root. ';
    json.UpdateString('a', '1');
    json.AppendString('b', '2');
    expect(json.StringOf('a')).toBe('1');
    expect(json.Emit()).toBe('{"root":{"a":"1"},"b":"2"}');
  });

  it('prints an emptied object over two lines in pretty mode, a never-filled one as {}', () => {
    const json = new JsonObject();
    json.EmitCompact = false;
    json.EmitCrLf = false;
    expect(json.Emit()).toBe('{}');
    json.UpdateString('a', '1');
    json.Delete('a');
    expect(json.Emit()).toBe('{\n}\n');
  });

  it('loads leniently: verbatim texts, duplicates kept, true even for garbage', () => {
    const json = new JsonObject();
    expect(json.Load('{"a":1.50e+3,"k\\u0041":"\\/","a":2,}')).toBe(true);
    expect(json.Emit()).toBe('{"a":1.50e+3,"k\\u0041":"\\/","a":2}');
    expect(json.StringOf('k\\u0041')).toBe('/');
    expect(json.Load('not json')).toBe(true);
    expect(json.LastErrorText).toContain('the text does not start with a JSON object');
    expect(json.Emit()).toBe('{}');
  });

  it('shares the document with ObjectOf and ArrayOf results', () => {
    const json = new JsonObject();
    json.UpdateInt('a.b', 1);
    json.UpdateString('t[0]', 'x');
    json.ObjectOf('a')?.UpdateInt('c', 2);
    json.ArrayOf('t')?.AddStringAt(-1, 'y');
    expect(json.Emit()).toBe('{"a":{"b":1,"c":2},"t":["x","y"]}');
    expect(json.ArrayOf('t')?.StringAt(1)).toBe('y');
    expect(json.ArrayOf('missing')).toBeNull();
  });

  it('reads values as Chilkat does', () => {
    const json = new JsonObject();
    json.Load('{"n":"12abc","t":"TRUE","f":1,"arr":[1,2],"o":{"x":1},"z":null}');
    expect(json.IntOf('n')).toBe(12);
    expect(json.BoolOf('t')).toBe(true);
    expect(json.BoolOf('f')).toBe(false);
    expect(json.StringOf('arr')).toBe('[1,2]');
    expect(json.StringOf('o')).toBeNull();
    expect(json.StringOf('z')).toBe('null');
    expect(json.SizeOfArray('arr')).toBe(2);
    expect(json.SizeOfArray('o')).toBe(-1);
    expect(json.HasMember('z')).toBe(true);
    expect(json.Size).toBe(6);
    expect(json.NameAt(5)).toBe('z');
    expect(json.NameAt(6)).toBeNull();
  });

  it('reads unsigned ints as Chilkat does: negative text is 0, the rest wraps', () => {
    const json = new JsonObject();
    json.Load('{"a":-1,"b":4294967295,"c":4294967296,"d":" +7"}');
    expect([json.UIntOf('a'), json.UIntOf('b'), json.UIntOf('c'), json.UIntOf('d')]).toStrictEqual([0, 4294967295, 0, 7]);
  });
});

describe('StringBuilder with EmitSb, LoadSb, UpdateSb, StringOfSb', () => {
  it('appends and loads', () => {
    const sb = new StringBuilder();
    sb.Append('body=');
    const json = new JsonObject();
    json.UpdateSb('q', (() => {
      const value = new StringBuilder();
      value.Append('say "hi"');
      return value;
    })());
    expect(json.EmitSb(sb)).toBe(true);
    expect(sb.GetAsString()).toBe('body={"q":"say \\"hi\\""}');
    const out = new StringBuilder();
    expect(json.StringOfSb('q', out)).toBe(true);
    expect(out.GetAsString()).toBe('say "hi"');
    const source = new StringBuilder();
    source.Append('{"b":true}');
    expect(json.LoadSb(source)).toBe(true);
    expect(json.Emit()).toBe('{"b":true}');
  });

  it('a JsonArray root appends its Emit() text too, pretty included (as observed on Chilkat 9.5.0.96)', () => {
    const array = new JsonArray();
    array.AddObjectAt(-1);
    const sb = new StringBuilder();
    sb.Append('x');
    expect(array.EmitSb(sb)).toBe(true);
    expect(sb.GetAsString()).toBe('x[{}]');
    array.EmitCompact = false;
    const pretty = new StringBuilder();
    array.EmitSb(pretty);
    expect(pretty.GetAsString()).toBe('[\r\n  {}\r\n]\r\n');
  });
});
