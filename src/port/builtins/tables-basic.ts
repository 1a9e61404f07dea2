/**
 * Built-ins of the BASIC-like languages: Visual Basic 6, VBScript and
 * Classic ASP (one runtime, OLE Automation's conversions), VB.NET (.NET's
 * conversions and methods) and AutoIt. Names compare without case.
 *
 * @example
 * VB_BUILTINS.LCase?.name; //=> 'LCase'
 */
import { DOTNET_STRING, DOTNET_STRING_MEMBERS } from './dotnet-strings.js';
import { named, type Builtin, type RuleFor } from './builtin.js';
import { arrayBound, toInteger, toText, vbStr } from './conversions.js';
import { compositeFormat, printfCall, vbFormat } from './format-calls.js';
import { htmlEncode } from './html-encode.js';
import { PRINTF } from './printf.js';
import { edgeText, midText, positionOf } from './substrings.js';
import { lengthOf, lowerCase, replaceAll, trimText, upperCase } from './text-rules-common.js';
import { TEXT_RULES, type TextRules } from './text-rules.js';

// VBA language reference (VB6 and VBScript share these functions):
// https://learn.microsoft.com/office/vba/language/reference/functions-visual-basic-for-applications
const VBA = 'https://learn.microsoft.com/office/vba/language/reference/functions-visual-basic-for-applications';
// CInt/CLng round half to even ("banker's rounding"), type conversion functions:
const CONVERSIONS = 'https://learn.microsoft.com/office/vba/language/concepts/getting-started/type-conversion-functions';
const AUTOIT = 'https://www.autoitscript.com/autoit3/docs/functions.htm';

const vb = TEXT_RULES.vb;
const net = TEXT_RULES.dotnet;

/**
 * The functions VB6, VBScript and VB.NET share, over a language's text rules (VB.NET writes numbers as .NET does).
 *
 * @example
 * Object.keys(vbFunctions(TEXT_RULES.vb)).includes('UBound'); //=> true
 */
function vbFunctions(rules: TextRules): Readonly<Record<string, RuleFor>> {
  return {
    LCase: (name) => lowerCase(name, rules, 'function', VBA),
    UCase: (name) => upperCase(name, rules, 'function', VBA),
    // VB's Trim removes spaces only, not tabs or line breaks.
    Trim: (name) => trimText(name, rules, 'function', VBA, 'space'),
    Len: (name) => lengthOf(name, rules, 'function', VBA, 'utf16', 'text'),
    Mid: (name) => midText(name, rules, VBA),
    Left: (name) => edgeText(name, rules, VBA, 'left'),
    Right: (name) => edgeText(name, rules, VBA, 'right'),
    InStr: (name) => positionOf(name, rules, VBA, [0, 1]),
    Replace: (name) => replaceAll(name, rules, 'function', VBA, [0, 1, 2]),
    CStr: (name) => toText(name, rules, 'function', CONVERSIONS),
    CInt: (name) => toInteger(name, 'function', CONVERSIONS, 'even'),
    UBound: (name) => arrayBound(name, VBA, 'last'),
    LBound: (name) => arrayBound(name, VBA, 'first'),
  };
}

/** VB6's and VBScript's functions (OLE Automation's conversions). */
const VB6_FUNCTIONS: Readonly<Record<string, RuleFor>> = {
  ...vbFunctions(vb),
  Str: (name) => vbStr(name, vb, VBA),
  CLng: (name) => toInteger(name, 'function', CONVERSIONS, 'even'),
  Format: (name) => vbFormat(name, VBA),
  // A collection's element count: WScript.Arguments, a Scripting.Dictionary (VB arrays have no Count).
  '.Count': (name) => lengthOf(name, vb, 'property', 'https://learn.microsoft.com/previous-versions/windows/internet-explorer/ie-developer/windows-scripting/ss1ysb2a(v=vs.84)', 'utf16', 'collection'),
};

/**
 * VB6 and VBScript.
 *
 * @example
 * VB_BUILTINS.UBound?.run([list([text('a')])]); //=> { kind: 'integer', value: 0 }
 */
export const VB_BUILTINS: Readonly<Record<string, Builtin>> = named(VB6_FUNCTIONS);

/**
 * Classic ASP: VBScript's functions and the `Server` object's `HTMLEncode`.
 *
 * @example
 * ASP_BUILTINS['Server.HTMLEncode']?.run([text('<b>')]); //=> { kind: 'text', value: '&lt;b&gt;' }
 */
export const ASP_BUILTINS: Readonly<Record<string, Builtin>> = named({
  ...VB6_FUNCTIONS,
  'Server.HTMLEncode': (name) => htmlEncode(name, vb),
});

/**
 * VB.NET: the VB functions with .NET's number text, plus .NET's string methods.
 *
 * @example
 * VBNET_BUILTINS['.ToLower']?.call; //=> 'method'
 */
export const VBNET_BUILTINS: Readonly<Record<string, Builtin>> = named({
  ...vbFunctions(net),
  ...DOTNET_STRING_MEMBERS,
  'String.Format': (name) => compositeFormat(name, DOTNET_STRING),
});

/**
 * AutoIt. `UBound` gives the element count there, not the last index. (`StringReplace` is left out: it ignores case by default.)
 *
 * @example
 * AUTOIT_BUILTINS.UBound?.run([list([text('a')])]); //=> { kind: 'integer', value: 1 }
 */
export const AUTOIT_BUILTINS: Readonly<Record<string, Builtin>> = named({
  StringLower: (name) => lowerCase(name, TEXT_RULES.autoit, 'function', AUTOIT),
  StringUpper: (name) => upperCase(name, TEXT_RULES.autoit, 'function', AUTOIT),
  StringLen: (name) => lengthOf(name, TEXT_RULES.autoit, 'function', AUTOIT, 'utf16', 'text'),
  StringFormat: (name) => printfCall(name, PRINTF.c, AUTOIT, 0),
  String: (name) => toText(name, TEXT_RULES.autoit, 'function', AUTOIT),
  Int: (name) => toInteger(name, 'function', AUTOIT, 'trunc'),
  UBound: (name) => arrayBound(name, AUTOIT, 'size'),
});
