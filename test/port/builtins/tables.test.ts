// The built-in tables: each entry computes what the language computes (run) and writes TypeScript that,
// executed, gives the same result (port), so `run --dry-run` and a ported module cannot disagree.
import { describe, expect, it } from 'vitest';
import { BUILTIN_LANGUAGES, builtinFor } from '../../../src/port/builtins/index.js';
import { BuiltinArgumentError, BuiltinUnsupportedError } from '../../../src/port/builtins/errors.js';
import { fixedText, floatText } from '../../../src/port/builtins/number-text.js';
import { boolean, dict, float, integer, list, text, type ScriptValue } from '../../../src/port/builtins/value.js';
import { LANGUAGES } from '../../../src/port/languages/index.js';

/** The TypeScript value a generated module holds for a script value (lists are arrays from index 0, dicts Maps). */
function tsValue(value: ScriptValue): unknown {
  switch (value.kind) {
    case 'list':
      return value.items.map(tsValue);
    case 'dict':
      return new Map(value.entries.map(([key, item]) => [key, tsValue(item)]));
    case 'null':
      return null;
    default:
      return value.value;
  }
}

function evaluate(code: string, args: readonly ScriptValue[]): unknown {
  const names = args.map((_, index) => `a${String(index)}`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the emitter's output is the thing under test
  return new Function('floatText', 'fixedText', ...names, `return (${code});`)(floatText, fixedText, ...args.map(tsValue));
}

type Case = readonly [language: string, name: string, args: readonly ScriptValue[], result: ScriptValue];

const CASES: readonly Case[] = [
  ['vb6', 'LCase', [text('SPA')], text('spa')],
  ['vbscript', 'lcase', [text('HTTPS://Partner.Example.com')], text('https://partner.example.com')],
  ['vb6', 'UCase', [text('eu')], text('EU')],
  ['vb6', 'Trim', [text(' \ta ')], text('\ta')],
  ['vb6', 'Len', [text('Dock-A')], integer(6)],
  ['vb6', 'Mid', [text('Hello'), integer(2), integer(3)], text('ell')],
  ['vb6', 'Mid', [text('Hello'), integer(3)], text('llo')],
  ['vb6', 'Left', [text('Hello'), integer(2)], text('He')],
  ['vb6', 'Right', [text('Hello'), integer(0)], text('')],
  ['vb6', 'Right', [text('Hello'), integer(9)], text('Hello')],
  ['vb6', 'InStr', [text('Hello'), text('l')], integer(3)],
  ['vb6', 'InStr', [text('Hello'), text('z')], integer(0)],
  ['asp', 'Replace', [text('Northwind Traders'), text(' '), text('-')], text('Northwind-Traders')],
  ['asp', 'CStr', [integer(2)], text('2')],
  ['vb6', 'CStr', [float(3.5)], text('3.5')],
  ['vb6', 'CStr', [float(4)], text('4')],
  ['vb6', 'CStr', [boolean(true)], text('True')],
  ['vb6', 'Str', [integer(3)], text(' 3')],
  ['vb6', 'Str', [integer(-3)], text('-3')],
  ['vb6', 'UBound', [list([text('a'), text('b'), text('c')])], integer(2)],
  ['vb6', 'UBound', [list([text('a'), text('b'), text('c')], 1)], integer(3)],
  ['vb6', 'LBound', [list([text('a')], 1)], integer(1)],
  ['vb6', 'Format', [float(11.25), text('0.00')], text('11.25')],
  ['vb6', 'Format', [integer(4), text('0.00')], text('4.00')],
  ['vbnet', '.ToLower', [text('iOS')], text('ios')],
  ['vbnet', 'CStr', [float(4)], text('4')],
  ['vbnet', 'String.Format', [text('{0}/api/v2/clients/{1}'), text('https://t'), text('X')], text('https://t/api/v2/clients/X')],
  ['autoit', 'StringLower', [text('https://Kiosk.Acme.example')], text('https://kiosk.acme.example')],
  ['autoit', 'UBound', [list([text('a'), text('b'), text('c')])], integer(3)],
  ['autoit', 'String', [float(1250)], text('1250')],
  ['csharp', '.ToLower', [text('EU')], text('eu')],
  ['csharp', '.ToUpper', [text('production')], text('PRODUCTION')],
  ['csharp', '.Length', [list([text('EU'), text('US'), text('APAC')])], integer(3)],
  ['csharp', '.Length', [text('abc')], integer(3)],
  ['csharp', '.ToString', [float(0.1 + 0.2)], text('0.30000000000000004')],
  ['csharp', 'string.Format', [text('{0:F2}|{1}'), float(2.675), boolean(false)], text('2.67|False')],
  ['java', 'String.valueOf', [integer(3)], text('3')],
  ['java', 'String.valueOf', [float(10)], text('10.0')],
  ['java', '.length', [list([text('a'), text('b')])], integer(2)],
  ['java', '.trim', [text('\u0001 a\n')], text('a')],
  ['java', 'String.format', [text('%d/%s'), integer(1), text('x')], text('1/x')],
  ['cpp', 'snprintf', [text(''), integer(64), text('callbacks[%d]'), integer(1)], text('callbacks[1]')],
  ['c', 'sprintf', [text(''), text('allowed_clients[%d]'), integer(2)], text('allowed_clients[2]')],
  ['cpp', 'strcmp', [text('high'), text('high')], integer(0)],
  ['cpp', 'strcmp', [text('a'), text('b')], integer(-1)],
  ['c', 'strlen', [text('é')], integer(2)],
  ['go', 'fmt.Sprintf', [text('client_metadata.connection_%d'), integer(0)], text('client_metadata.connection_0')],
  ['go', 'strings.ToLower', [text('Google-OAuth2')], text('google-oauth2')],
  ['go', 'len', [list([text('a'), text('b'), text('c')])], integer(3)],
  ['go', 'len', [text('é')], integer(2)],
  ['go', 'strconv.Itoa', [integer(12)], text('12')],
  ['chilkat2-python', 'str', [integer(48213)], text('48213')],
  ['chilkat2-python', 'str', [float(10)], text('10.0')],
  ['python', 'len', [list([text('en'), text('de')])], integer(2)],
  ['python', 'len', [dict([['a', text('b')]])], integer(1)],
  ['python', 'len', [text('é')], integer(1)],
  ['python', '.lower', [text('Product')], text('product')],
  ['python', '.upper', [text('Low')], text('LOW')],
  ['python', '.replace', [text('growth analytics'), text(' '), text('-')], text('growth-analytics')],
  ['python', '%', [text('after %d fields'), integer(3)], text('after 3 fields')],
  ['php-ext', 'count', [list([text('berlin'), text('paris')])], integer(2)],
  ['php-ext', 'strtolower', [text('Google')], text('google')],
  ['php-ext', 'strval', [float(1.5)], text('1.5')],
  ['php-ext', 'strval', [boolean(false)], text('')],
  ['php-ext', 'trim', [text('\0 a\u000b')], text('a')],
  ['php-ext', 'str_replace', [text(' '), text('_'), text('a b')], text('a_b')],
  ['ruby', '.downcase', [text('Payments')], text('payments')],
  ['ruby', '.capitalize', [text('dOCS')], text('Docs')],
  ['ruby', '.length', [list([text('a'), text('b'), text('c')])], integer(3)],
  ['ruby', '.to_s', [integer(3)], text('3')],
  ['ruby', '.to_s', [float(1e16)], text('1.0e+16')],
  ['perl', 'lc', [text('Fabrikam')], text('fabrikam')],
  ['perl', 'scalar', [list([text('a'), text('b')])], integer(2)],
  ['perl', 'ucfirst', [text('abc DEF')], text('Abc DEF')],
  ['powershell', '.tolower', [text('London')], text('london')],
  ['powershell', '.Count', [list([text('a'), text('b'), text('c')])], integer(3)],
  ['powershell', '-f', [text('{0}-{1}'), integer(1), float(2.5)], text('1-2.5')],
  ['delphi-dll', 'IntToStr', [integer(7)], text('7')],
  ['delphi-ax', 'inttostr', [integer(0)], text('0')],
  ['delphi-dll', 'LowerCase', [text('Dock-A')], text('dock-a')],
  ['delphi-dll', 'Length', [list([text('a'), text('b'), text('c')])], integer(3)],
  ['delphi-dll', 'High', [list([text('a'), text('b'), text('c')])], integer(2)],
  ['delphi-dll', 'Copy', [text('Hello'), integer(2), integer(3)], text('ell')],
  ['delphi-dll', 'Pos', [text('l'), text('Hello')], integer(3)],
  ['foxpro', 'ALEN', [list([text('Monday'), text('Wednesday'), text('Friday')], 1)], integer(3)],
  ['foxpro', 'TRANSFORM', [integer(0)], text('0')],
  ['foxpro', 'lower', [text('Monday')], text('monday')],
  ['foxpro', 'ALLTRIM', [text('  a  ')], text('a')],
  ['foxpro', 'AT', [text('c'), text('abc')], integer(3)],
  ['nodejs', 'String', [float(4)], text('4')],
  ['swift3', '.lowercased', [text('A')], text('a')],
  ['objc', 'NSString.stringWithFormat', [text('web_origins[%d]/%@'), integer(2), text('x')], text('web_origins[2]/x')],
  ['objc', '.stringByAppendingString', [text('Lobby: '), text('EU')], text('Lobby: EU')],
  ['objc', '.isEqualToString', [text('a'), text('a')], boolean(true)],
  ['java', '.equals', [text('Password'), text('password')], boolean(false)],
  ['purebasic', 'FindString', [text('Hello'), text('l')], integer(3)],
  ['purebasic', 'Str', [integer(-3)], text('-3')],
  ['purebasic', 'ArraySize', [list([text('a'), text('b'), text('c')])], integer(2)],
  ['powerbuilder', 'UpperBound', [list([text('a'), text('b')], 1)], integer(2)],
  ['powerbuilder', 'Pos', [text('Hello'), text('lo')], integer(4)],
  ['dataflex', 'Mid', [text('Hello'), integer(3), integer(2)], text('ell')],
  ['dataflex', 'Pos', [text('lo'), text('Hello')], integer(4)],
  ['sql', '+', [text('a'), text('b')], text('ab')],
  ['sql', '+', [integer(2), integer(3)], integer(5)],
  ['sql', 'LEN', [text('ab  ')], integer(2)],
  ['sql', 'LTRIM', [text('  a ')], text('a ')],
  ['sql', 'CAST', [integer(7), text('nvarchar')], text('7')],
  ['sql', 'CONVERT', [text('varchar'), integer(7)], text('7')],
  ['sql', '=', [integer(1), integer(1)], boolean(true)],
  ['tcl', 'string.tolower', [text('EU')], text('eu')],
  ['tcl', 'format', [text('%d of %d'), integer(2), integer(3)], text('2 of 3')],
  ['xojo', 'Str', [integer(200)], text('200')],
];

/** Cases `run` computes and `port` reports (a rounding or a form the emitter does not write). */
const RUN_ONLY: readonly Case[] = [
  ['vb6', 'CInt', [float(2.5)], integer(2)],
  ['vb6', 'CInt', [float(3.5)], integer(4)],
  ['php-ext', 'sprintf', [text('%05.1f'), float(3.14159)], text('003.1')],
  ['delphi-dll', 'Format', [text('%d items, %f'), list([integer(3), float(2.5)])], text('3 items, 2.50')],
  // T-SQL: text meeting a number becomes a number; `=` ignores trailing spaces.
  ['sql', '+', [text('5'), integer(1)], integer(6)],
  ['sql', '=', [text('abc '), text('abc')], boolean(true)],
  ['sql', '<>', [text('a'), text('b')], boolean(true)],
];

describe('builtinFor', () => {
  it.each(RUN_ONLY.map((entry) => [`${entry[0]} ${entry[1]}`, entry] as const))('%s runs like the language; its port is reported', (_label, [language, name, args, result]) => {
    const builtin = builtinFor(language, name);
    expect(builtin?.run(args)).toEqual(result);
    expect(() => builtin?.emit(args.map((arg, index) => ({ code: `a${String(index)}`, kind: arg.kind, ...(arg.kind === 'text' ? { literal: arg.value } : {}) })))).toThrow(BuiltinUnsupportedError);
  });

  it.each(CASES.map((entry) => [`${entry[0]} ${entry[1]}`, entry] as const))('%s runs like the language and ports to code that agrees', (_label, [language, name, args, result]) => {
    const builtin = builtinFor(language, name);
    expect(builtin, `${language} has ${name}`).toBeDefined();
    if (builtin === undefined) return;
    expect(builtin.run(args)).toEqual(result);
    // The emitter sees each argument's kind (and a list's lower bound), and a text constant's value.
    const operands = args.map((arg, index) => ({ code: `a${String(index)}`, kind: arg.kind, ...(arg.kind === 'text' ? { literal: arg.value } : {}), ...(arg.kind === 'list' ? { lower: arg.lower } : {}) }));
    const emitted = builtin.emit(operands);
    expect(emitted.kind === result.kind || (emitted.kind === 'text' && result.kind === 'text')).toBe(true);
    expect(evaluate(emitted.code, args)).toEqual(tsValue(result));
  });

  it('reads a list element (objectAtIndex, lindex) and ports it to an index whose kind the translator learns from the list', () => {
    for (const [language, name] of [['objc', '.objectAtIndex'], ['tcl', 'lindex']] as const) {
      const builtin = builtinFor(language, name);
      const args = [list([text('a'), text('b')]), integer(1)];
      expect(builtin?.run(args)).toEqual(text('b'));
      const emitted = builtin?.emit([{ code: 'a0', kind: 'list', lower: 0 }, { code: 'a1', kind: 'integer' }]);
      expect(emitted).toEqual({ code: 'a0[a1]', kind: 'unknown' });
      expect(evaluate(emitted?.code ?? '', args)).toBe('b');
    }
  });

  it('compares names with case only where the language does', () => {
    expect(builtinFor('vb6', 'lcase')?.name).toBe('LCase');
    expect(builtinFor('csharp', '.tolower')).toBeUndefined();
    expect(builtinFor('csharp', 'toString')).toBeUndefined();
    expect(builtinFor('klingon', 'LCase')).toBeUndefined();
  });

  it('has a table for every language family the corpus uses, each entry citing its documentation', () => {
    for (const id of ['vb6', 'vbscript', 'asp', 'vbnet', 'autoit', 'csharp', 'java', 'c', 'cpp', 'go', 'python', 'chilkat2-python', 'php-ext', 'ruby', 'perl', 'powershell', 'delphi-dll', 'delphi-ax', 'foxpro', 'nodejs', 'swift3']) expect(BUILTIN_LANGUAGES).toContain(id);
    const ids = new Set(LANGUAGES.map((language) => language.id));
    for (const id of BUILTIN_LANGUAGES) expect(ids.has(id), id).toBe(true);
    for (const id of BUILTIN_LANGUAGES) for (const name of ['LCase', '.ToLower', 'len', 'sprintf']) expect(builtinFor(id, name)?.doc ?? 'https://', `${id} ${name}`).toMatch(/^https:\/\//);
  });

  it('names the built-in, the argument and what was expected when a value does not fit', () => {
    expect(() => builtinFor('vb6', 'LCase')?.run([list([])])).toThrow(new BuiltinArgumentError('LCase', 0, 'text, a number or a boolean', 'a list'));
    expect(() => builtinFor('vb6', 'UBound')?.run([text('a')])).toThrow('UBound: argument 0 must be an array, not a text');
    expect(() => builtinFor('java', 'Integer.toString')?.run([float(1)])).toThrow('Integer.toString: argument 0 must be an integer, not a float');
    expect(() => builtinFor('vb6', 'Mid')?.run([text('a')])).toThrow('Mid: argument 1 must be given, not missing');
  });

  it('reports what it does not translate instead of guessing', () => {
    expect(() => builtinFor('vb6', 'Format')?.run([float(1), text('Currency')])).toThrow(new BuiltinUnsupportedError('Format', 'the format "Currency"'));
    expect(() => builtinFor('go', 'fmt.Sprintf')?.emit([{ code: 'f', kind: 'text' }])).toThrow('fmt.Sprintf: a format that is not a text constant is not translated');
    expect(() => builtinFor('csharp', '.ToLower')?.emit([{ code: 'x', kind: 'unknown' }])).toThrow('.ToLower: argument 0 must be a value of a known kind (text, a number or a boolean), not a value the porter cannot type');
    expect(() => builtinFor('vb6', 'Replace')?.run([text('a'), text(''), text('b')])).toThrow('Replace: replacing an empty text is not translated');
    expect(() => builtinFor('sql', '=')?.run([text('Prod'), text('prod')])).toThrow(new BuiltinUnsupportedError('=', 'a text comparison whose result depends on the database collation'));
    expect(() => builtinFor('sql', '+')?.run([text('eu'), integer(1)])).toThrow('+: argument 0 must be an integer or text that converts to one, not "eu"');
    expect(() => builtinFor('tcl', 'lindex')?.run([text('{a b} c'), integer(0)])).toThrow(new BuiltinUnsupportedError('lindex', 'a list written with braces, quotes or backslashes as a list'));
    expect(() => builtinFor('objc', '.objectAtIndex')?.run([list([text('a')]), integer(3)])).toThrow('.objectAtIndex: argument 1 must be a position inside the list (1 items), not 3');
  });

  it('tells the translator where C\'s sprintf writes its result', () => {
    expect([builtinFor('c', 'sprintf')?.writes, builtinFor('cpp', 'snprintf')?.writes, builtinFor('go', 'fmt.Sprintf')?.writes]).toEqual([0, 0, undefined]);
  });

  it('emits an operand-safe receiver and folds 1-based positions', () => {
    expect(builtinFor('vb6', 'LCase')?.emit([{ code: 'first + last', kind: 'text' }]).code).toBe('(first + last).toLowerCase()');
    expect(builtinFor('vb6', 'Mid')?.emit([{ code: 's', kind: 'text' }, { code: '2', kind: 'integer' }, { code: '3', kind: 'integer' }]).code).toBe('s.slice(1, 4)');
    expect(builtinFor('vb6', 'UBound')?.emit([{ code: 'skus', kind: 'list', lower: 1 }]).code).toBe('skus.length');
    expect(builtinFor('vb6', 'UBound')?.emit([{ code: 'urls', kind: 'list' }]).code).toBe('urls.length - 1');
  });
});
