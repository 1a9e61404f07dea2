/**
 * Built-ins of the scripting languages (Python, PHP, Ruby, Perl, PowerShell),
 * Delphi and Visual FoxPro. `%` is Python's and Ruby's format operator, `-f`
 * PowerShell's.
 *
 * @example
 * PYTHON_BUILTINS.len?.call; //=> 'function'
 */
import { DOTNET_STRING_MEMBERS } from './dotnet-strings.js';
import { named, type Builtin } from './builtin.js';
import { arrayBound, toInteger, toText } from './conversions.js';
import { compositeFormat, printfCall, splitText } from './format-calls.js';
import { PRINTF } from './printf.js';
import { numericCompare } from './numeric-compare.js';
import { edgeText, midText, positionOf } from './substrings.js';
import { capitalise, lengthOf, lowerCase, replaceAll, trimText, upperCase } from './text-rules-common.js';
import { TEXT_RULES } from './text-rules.js';

const PYTHON = 'https://docs.python.org/3/library/stdtypes.html#string-methods';
const PHP = 'https://www.php.net/manual/en/ref.strings.php';
const RUBY = 'https://docs.ruby-lang.org/en/master/String.html';
const PERL = 'https://perldoc.perl.org/perlfunc';
const DELPHI = 'https://docwiki.embarcadero.com/Libraries/en/System.SysUtils';
const FOXPRO = 'https://learn.microsoft.com/previous-versions/visualstudio/foxpro/';

const py = TEXT_RULES.python;

/**
 * Python (both Chilkat modules). `len` counts code points.
 *
 * @example
 * PYTHON_BUILTINS['%']?.call; //=> 'function'
 */
export const PYTHON_BUILTINS: Readonly<Record<string, Builtin>> = named({
  str: (name) => toText(name, py, 'function', 'https://docs.python.org/3/library/stdtypes.html#str'),
  int: (name) => toInteger(name, 'function', 'https://docs.python.org/3/library/functions.html#int', 'trunc'),
  len: (name) => lengthOf(name, py, 'function', 'https://docs.python.org/3/library/functions.html#len', 'codepoints', 'both'),
  '.lower': (name) => lowerCase(name, py, 'method', PYTHON),
  '.upper': (name) => upperCase(name, py, 'method', PYTHON),
  '.strip': (name) => trimText(name, py, 'method', PYTHON, 'whitespace'),
  '.replace': (name) => replaceAll(name, py, 'method', PYTHON, [0, 1, 2]),
  '.capitalize': (name) => capitalise(name, py, 'method', PYTHON, 'lower'),
  '.split': (name) => splitText(name, PYTHON),
  '%': (name) => printfCall(name, PRINTF.python, 'https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting', 0),
});

/**
 * PHP. `strlen` counts bytes; `count` counts an array.
 *
 * @example
 * PHP_BUILTINS.str_replace?.call; //=> 'function'
 */
export const PHP_BUILTINS: Readonly<Record<string, Builtin>> = named({
  strtolower: (name) => lowerCase(name, TEXT_RULES.php, 'function', PHP),
  strtoupper: (name) => upperCase(name, TEXT_RULES.php, 'function', PHP),
  trim: (name) => trimText(name, TEXT_RULES.php, 'function', PHP, 'php'),
  strlen: (name) => lengthOf(name, TEXT_RULES.php, 'function', PHP, 'utf8', 'text'),
  count: (name) => lengthOf(name, TEXT_RULES.php, 'function', 'https://www.php.net/manual/en/function.count.php', 'utf8', 'collection'),
  strval: (name) => toText(name, TEXT_RULES.php, 'function', 'https://www.php.net/manual/en/function.strval.php'),
  intval: (name) => toInteger(name, 'function', 'https://www.php.net/manual/en/function.intval.php', 'trunc'),
  ucfirst: (name) => capitalise(name, TEXT_RULES.php, 'function', PHP, 'keep'),
  str_replace: (name) => replaceAll(name, TEXT_RULES.php, 'function', PHP, [2, 0, 1]),
  sprintf: (name) => printfCall(name, PRINTF.php, 'https://www.php.net/manual/en/function.sprintf.php', 0),
});

/**
 * Ruby.
 *
 * @example
 * RUBY_BUILTINS['.capitalize']?.run([text('docs')]); //=> { kind: 'text', value: 'Docs' }
 */
export const RUBY_BUILTINS: Readonly<Record<string, Builtin>> = named({
  '.downcase': (name) => lowerCase(name, TEXT_RULES.ruby, 'method', RUBY),
  '.upcase': (name) => upperCase(name, TEXT_RULES.ruby, 'method', RUBY),
  '.strip': (name) => trimText(name, TEXT_RULES.ruby, 'method', RUBY, 'whitespace'),
  '.capitalize': (name) => capitalise(name, TEXT_RULES.ruby, 'method', RUBY, 'lower'),
  '.length': (name) => lengthOf(name, TEXT_RULES.ruby, 'property', RUBY, 'codepoints', 'both'),
  '.size': (name) => lengthOf(name, TEXT_RULES.ruby, 'property', RUBY, 'codepoints', 'both'),
  '.to_s': (name) => toText(name, TEXT_RULES.ruby, 'method', 'https://docs.ruby-lang.org/en/master/Float.html#method-i-to_s'),
  '.to_i': (name) => toInteger(name, 'method', 'https://docs.ruby-lang.org/en/master/Float.html#method-i-to_i', 'trunc'),
  format: (name) => printfCall(name, PRINTF.ruby, 'https://docs.ruby-lang.org/en/master/format_specifications_rdoc.html', 0),
  '%': (name) => printfCall(name, PRINTF.ruby, 'https://docs.ruby-lang.org/en/master/String.html#method-i-25', 0),
});

/**
 * Perl. `scalar(@list)` counts a list.
 *
 * @example
 * PERL_BUILTINS.lc?.call; //=> 'function'
 */
export const PERL_BUILTINS: Readonly<Record<string, Builtin>> = named({
  lc: (name) => lowerCase(name, TEXT_RULES.perl, 'function', PERL),
  uc: (name) => upperCase(name, TEXT_RULES.perl, 'function', PERL),
  ucfirst: (name) => capitalise(name, TEXT_RULES.perl, 'function', PERL, 'keep'),
  length: (name) => lengthOf(name, TEXT_RULES.perl, 'function', PERL, 'codepoints', 'text'),
  scalar: (name) => lengthOf(name, TEXT_RULES.perl, 'function', PERL, 'codepoints', 'collection'),
  sprintf: (name) => printfCall(name, PRINTF.perl, 'https://perldoc.perl.org/functions/sprintf', 0),
  ...Object.fromEntries(['<', '>', '<=', '>=', '==', '!='].map((op) => [op, () => numericCompare(op, 'https://perldoc.perl.org/perlop#Relational-Operators')])),
});

/**
 * PowerShell: .NET's methods, `-f` for composite formats.
 *
 * @example
 * POWERSHELL_BUILTINS['-f']?.call; //=> 'function'
 */
export const POWERSHELL_BUILTINS: Readonly<Record<string, Builtin>> = named({
  ...DOTNET_STRING_MEMBERS,
  '-f': (name) => compositeFormat(name, 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_operators#format-operator--f'),
});

/**
 * Delphi (both Chilkat APIs). Strings are 1-based (`Copy`, `Pos`).
 *
 * @example
 * DELPHI_BUILTINS.IntToStr?.call; //=> 'function'
 */
export const DELPHI_BUILTINS: Readonly<Record<string, Builtin>> = named({
  IntToStr: (name) => toText(name, TEXT_RULES.delphi, 'function', DELPHI, ['integer']),
  StrToInt: (name) => toInteger(name, 'function', 'https://docwiki.embarcadero.com/Libraries/en/System.SysUtils.StrToInt', 'trunc', false),
  FloatToStr: (name) => toText(name, TEXT_RULES.delphi, 'function', DELPHI, ['float', 'integer']),
  LowerCase: (name) => lowerCase(name, TEXT_RULES.delphi, 'function', DELPHI),
  UpperCase: (name) => upperCase(name, TEXT_RULES.delphi, 'function', DELPHI),
  Trim: (name) => trimText(name, TEXT_RULES.delphi, 'function', DELPHI, 'control'),
  Length: (name) => lengthOf(name, TEXT_RULES.delphi, 'function', 'https://docwiki.embarcadero.com/Libraries/en/System.Length', 'utf16', 'both'),
  High: (name) => arrayBound(name, 'https://docwiki.embarcadero.com/Libraries/en/System.High', 'last'),
  Low: (name) => arrayBound(name, 'https://docwiki.embarcadero.com/Libraries/en/System.Low', 'first'),
  Copy: (name) => midText(name, TEXT_RULES.delphi, 'https://docwiki.embarcadero.com/Libraries/en/System.Copy'),
  Pos: (name) => positionOf(name, TEXT_RULES.delphi, 'https://docwiki.embarcadero.com/Libraries/en/System.Pos', [1, 0]),
  Format: (name) => printfCall(name, PRINTF.delphi, 'https://docwiki.embarcadero.com/Libraries/en/System.SysUtils.Format', 0),
  // A TStringList's element count (the reader reads the list as an array, ast/pascal-lists.ts).
  '.Count': (name) => lengthOf(name, TEXT_RULES.delphi, 'property', 'https://docwiki.embarcadero.com/Libraries/en/System.Classes.TStrings.Count', 'utf16', 'collection'),
});

/**
 * Visual FoxPro (and Lianja). Arrays count from 1; `ALEN` is the element count.
 * `TRANSFORM` without a format is read for text and integers only.
 *
 * @example
 * FOXPRO_BUILTINS.ALEN?.run([list([text('a')], 1)]); //=> { kind: 'integer', value: 1 }
 */
export const FOXPRO_BUILTINS: Readonly<Record<string, Builtin>> = named({
  LOWER: (name) => lowerCase(name, TEXT_RULES.vb, 'function', FOXPRO),
  UPPER: (name) => upperCase(name, TEXT_RULES.vb, 'function', FOXPRO),
  ALLTRIM: (name) => trimText(name, TEXT_RULES.vb, 'function', FOXPRO, 'space'),
  LEN: (name) => lengthOf(name, TEXT_RULES.vb, 'function', FOXPRO, 'utf16', 'text'),
  ALEN: (name) => arrayBound(name, FOXPRO, 'size'),
  TRANSFORM: (name) => toText(name, TEXT_RULES.vb, 'function', FOXPRO, ['integer', 'text']),
  SUBSTR: (name) => midText(name, TEXT_RULES.vb, FOXPRO),
  LEFT: (name) => edgeText(name, TEXT_RULES.vb, FOXPRO, 'left'),
  RIGHT: (name) => edgeText(name, TEXT_RULES.vb, FOXPRO, 'right'),
  AT: (name) => positionOf(name, TEXT_RULES.vb, FOXPRO, [1, 0]),
});
