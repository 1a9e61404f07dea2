/**
 * .NET's `System.String` members, which C#, VB.NET and PowerShell share: one set of rules, spread into
 * each of those languages' tables.
 *
 * @example
 * Object.keys(DOTNET_STRING_MEMBERS); //=> ['.ToLower', '.ToUpper', '.Trim', '.Length', '.Count', '.ToString', '.Replace']
 */
import type { RuleFor } from './builtin.js';
import { toText } from './conversions.js';
import { lengthOf, lowerCase, replaceAll, trimText, upperCase } from './text-rules-common.js';
import { TEXT_RULES } from './text-rules.js';

/**
 * The documentation the .NET string rules follow.
 *
 * @example
 * DOTNET_STRING; //=> 'https://learn.microsoft.com/dotnet/api/system.string'
 */
export const DOTNET_STRING = 'https://learn.microsoft.com/dotnet/api/system.string';

const net = TEXT_RULES.dotnet;

/**
 * The rules of .NET's string methods and properties (`.Trim` removes all whitespace, `.Length` counts
 * UTF-16 code units).
 *
 * @example
 * DOTNET_STRING_MEMBERS['.Length']?.('.Length').call; //=> 'property'
 */
export const DOTNET_STRING_MEMBERS: Readonly<Record<string, RuleFor>> = {
  '.ToLower': (name) => lowerCase(name, net, 'method', DOTNET_STRING),
  '.ToUpper': (name) => upperCase(name, net, 'method', DOTNET_STRING),
  '.Trim': (name) => trimText(name, net, 'method', DOTNET_STRING, 'whitespace'),
  '.Length': (name) => lengthOf(name, net, 'property', DOTNET_STRING, 'utf16', 'both'),
  '.Count': (name) => lengthOf(name, net, 'property', DOTNET_STRING, 'utf16', 'collection'),
  '.ToString': (name) => toText(name, net, 'method', DOTNET_STRING),
  '.Replace': (name) => replaceAll(name, net, 'method', DOTNET_STRING, [0, 1, 2]),
};
