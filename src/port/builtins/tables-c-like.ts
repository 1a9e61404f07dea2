/**
 * Built-ins of the C-like languages: C#, Java, C and C++, Go, JavaScript
 * (Node.js), Swift. Names compare with case.
 *
 * @example
 * GO_BUILTINS['fmt.Sprintf']?.call; //=> 'function'
 */
import { DOTNET_STRING, DOTNET_STRING_MEMBERS } from './dotnet-strings.js';
import { named, type Builtin } from './builtin.js';
import { toInteger, toText } from './conversions.js';
import { compositeFormat, printfCall } from './format-calls.js';
import { PRINTF } from './printf.js';
import { compareText, sameText } from './substrings.js';
import { lengthOf, lowerCase, replaceAll, trimText, upperCase } from './text-rules-common.js';
import { TEXT_RULES } from './text-rules.js';

const JAVA_STRING = 'https://docs.oracle.com/javase/8/docs/api/java/lang/String.html';
const CPP = 'https://en.cppreference.com/w/c/string/byte';
const GO_STRINGS = 'https://pkg.go.dev/strings';
const GO_FMT = 'https://pkg.go.dev/fmt';
const MDN_STRING = 'https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/String';
const SWIFT_STRING = 'https://developer.apple.com/documentation/swift/string';

const net = TEXT_RULES.dotnet;
const java = TEXT_RULES.java;

/**
 * C#.
 *
 * @example
 * CSHARP_BUILTINS['.Length']?.call; //=> 'property'
 */
export const CSHARP_BUILTINS: Readonly<Record<string, Builtin>> = named({
  ...DOTNET_STRING_MEMBERS,
  'String.Format': (name) => compositeFormat(name, DOTNET_STRING),
  'string.Format': (name) => compositeFormat(name, DOTNET_STRING),
  'Convert.ToString': (name) => toText(name, net, 'function', 'https://learn.microsoft.com/dotnet/api/system.convert.tostring'),
  'int.Parse': (name) => toInteger(name, 'function', 'https://learn.microsoft.com/dotnet/api/system.int32.parse', 'trunc'),
});

/**
 * Java (and Android). `.length` is both `s.length()` and an array's `a.length`.
 *
 * @example
 * JAVA_BUILTINS['String.valueOf']?.doc; //=> 'https://docs.oracle.com/javase/8/docs/api/java/lang/String.html'
 */
export const JAVA_BUILTINS: Readonly<Record<string, Builtin>> = named({
  '.toLowerCase': (name) => lowerCase(name, java, 'method', JAVA_STRING),
  '.toUpperCase': (name) => upperCase(name, java, 'method', JAVA_STRING),
  // String.trim() removes every character up to U+0020.
  '.trim': (name) => trimText(name, java, 'method', JAVA_STRING, 'control'),
  '.length': (name) => lengthOf(name, java, 'property', JAVA_STRING, 'utf16', 'both'),
  '.replace': (name) => replaceAll(name, java, 'method', JAVA_STRING, [0, 1, 2]),
  '.equals': (name) => sameText(name, JAVA_STRING, 'method'),
  'String.valueOf': (name) => toText(name, java, 'function', JAVA_STRING),
  'Integer.toString': (name) => toText(name, java, 'function', 'https://docs.oracle.com/javase/8/docs/api/java/lang/Integer.html', ['integer']),
  'Double.toString': (name) => toText(name, java, 'function', 'https://docs.oracle.com/javase/8/docs/api/java/lang/Double.html', ['float']),
  'String.format': (name) => printfCall(name, PRINTF.java, 'https://docs.oracle.com/javase/8/docs/api/java/util/Formatter.html', 0),
});

/**
 * C and C++ (`sprintf` and `snprintf` write into their first argument).
 *
 * @example
 * C_BUILTINS.snprintf?.writes; //=> 0
 */
export const C_BUILTINS: Readonly<Record<string, Builtin>> = named({
  sprintf: (name) => printfCall(name, PRINTF.c, 'https://en.cppreference.com/w/c/io/fprintf', 1, 0),
  snprintf: (name) => printfCall(name, PRINTF.c, 'https://en.cppreference.com/w/c/io/fprintf', 2, 0),
  strcmp: (name) => compareText(name, CPP),
  strlen: (name) => lengthOf(name, TEXT_RULES.c, 'function', CPP, 'utf8', 'text'),
  // std::to_string(double) writes "%f" (3.500000): only integers are taken.
  'std::to_string': (name) => toText(name, TEXT_RULES.c, 'function', 'https://en.cppreference.com/w/cpp/string/basic_string/to_string', ['integer']),
});

/**
 * Go. `len` of a string counts UTF-8 bytes.
 *
 * @example
 * GO_BUILTINS.len?.call; //=> 'function'
 */
export const GO_BUILTINS: Readonly<Record<string, Builtin>> = named({
  'fmt.Sprintf': (name) => printfCall(name, PRINTF.go, GO_FMT, 0),
  'fmt.Sprint': (name) => toText(name, TEXT_RULES.go, 'function', GO_FMT),
  'strings.ToLower': (name) => lowerCase(name, TEXT_RULES.go, 'function', GO_STRINGS),
  'strings.ToUpper': (name) => upperCase(name, TEXT_RULES.go, 'function', GO_STRINGS),
  'strings.TrimSpace': (name) => trimText(name, TEXT_RULES.go, 'function', GO_STRINGS, 'whitespace'),
  'strings.ReplaceAll': (name) => replaceAll(name, TEXT_RULES.go, 'function', GO_STRINGS, [0, 1, 2]),
  'strconv.Itoa': (name) => toText(name, TEXT_RULES.go, 'function', 'https://pkg.go.dev/strconv#Itoa', ['integer']),
  len: (name) => lengthOf(name, TEXT_RULES.go, 'function', 'https://go.dev/ref/spec#Length_and_capacity', 'utf8', 'both'),
});

/**
 * JavaScript (Node.js): the rules are the target's own.
 *
 * @example
 * JS_BUILTINS.String?.call; //=> 'function'
 */
export const JS_BUILTINS: Readonly<Record<string, Builtin>> = named({
  '.toLowerCase': (name) => lowerCase(name, TEXT_RULES.js, 'method', MDN_STRING),
  '.toUpperCase': (name) => upperCase(name, TEXT_RULES.js, 'method', MDN_STRING),
  '.trim': (name) => trimText(name, TEXT_RULES.js, 'method', MDN_STRING, 'whitespace'),
  '.length': (name) => lengthOf(name, TEXT_RULES.js, 'property', MDN_STRING, 'utf16', 'both'),
  String: (name) => toText(name, TEXT_RULES.js, 'function', MDN_STRING),
});

/**
 * Swift (`count` is left out: it counts grapheme clusters).
 *
 * @example
 * SWIFT_BUILTINS['.lowercased']?.call; //=> 'method'
 */
export const SWIFT_BUILTINS: Readonly<Record<string, Builtin>> = named({
  '.lowercased': (name) => lowerCase(name, TEXT_RULES.swift, 'method', SWIFT_STRING),
  '.uppercased': (name) => upperCase(name, TEXT_RULES.swift, 'method', SWIFT_STRING),
  String: (name) => toText(name, TEXT_RULES.swift, 'function', SWIFT_STRING),
});
