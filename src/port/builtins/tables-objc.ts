/**
 * Built-ins of Objective-C (Foundation's NSString, NSNumber and NSArray messages). A message
 * `[s lowercaseString]` and the property `s.lowercaseString` are one entry; names compare with case.
 * Not checked on an Apple runtime (none here): each rule follows the class reference linked in `doc`.
 *
 * @example
 * OBJC_BUILTINS['NSString.stringWithFormat']?.call; //=> 'function'
 */
import { named, type Builtin } from './builtin.js';
import { itemAt, joinTexts } from './collections.js';
import { toInteger, toText } from './conversions.js';
import { printfCall } from './format-calls.js';
import { PRINTF } from './printf.js';
import { sameText } from './substrings.js';
import { lengthOf, lowerCase, replaceAll, upperCase } from './text-rules-common.js';
import { TEXT_RULES } from './text-rules.js';

const NSSTRING = 'https://developer.apple.com/documentation/foundation/nsstring';
const NSNUMBER = 'https://developer.apple.com/documentation/foundation/nsnumber';
const NSARRAY = 'https://developer.apple.com/documentation/foundation/nsarray';
const c = TEXT_RULES.c;

/**
 * Objective-C. `numberWithInt:` takes a C `int`, so a fraction is cut off; `length` counts UTF-16 units;
 * `objectAtIndex:` outside the array raises `NSRangeException` (reported, never guessed); `stringValue`
 * is taken for integers only (a double's description has rules of its own).
 *
 * @example
 * OBJC_BUILTINS['.objectAtIndex']?.call; //=> 'method'
 */
export const OBJC_BUILTINS: Readonly<Record<string, Builtin>> = named({
  'NSString.stringWithFormat': (name) => printfCall(name, PRINTF.objc, NSSTRING, 0),
  'NSNumber.numberWithInt': (name) => toInteger(name, 'function', NSNUMBER, 'trunc'),
  'NSNumber.numberWithInteger': (name) => toInteger(name, 'function', NSNUMBER, 'trunc'),
  'NSNumber.numberWithLong': (name) => toInteger(name, 'function', NSNUMBER, 'trunc'),
  '.intValue': (name) => toInteger(name, 'method', NSNUMBER, 'trunc'),
  '.integerValue': (name) => toInteger(name, 'method', NSNUMBER, 'trunc'),
  '.stringValue': (name) => toText(name, c, 'method', NSNUMBER, ['integer']),
  '.lowercaseString': (name) => lowerCase(name, c, 'method', NSSTRING),
  '.uppercaseString': (name) => upperCase(name, c, 'method', NSSTRING),
  '.length': (name) => lengthOf(name, c, 'method', NSSTRING, 'utf16', 'text'),
  '.count': (name) => lengthOf(name, c, 'method', NSARRAY, 'utf16', 'collection'),
  '.objectAtIndex': (name) => itemAt(name, NSARRAY, 'method'),
  '.isEqualToString': (name) => sameText(name, NSSTRING, 'method'),
  '.stringByAppendingString': (name) => joinTexts(name, c, NSSTRING, 'method'),
  '.stringByReplacingOccurrencesOfString': (name) => replaceAll(name, c, 'method', NSSTRING, [0, 1, 2]),
});
