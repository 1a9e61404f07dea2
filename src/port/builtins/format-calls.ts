/**
 * Formatting built-ins: printf-style calls ({@link printfCall}: `sprintf`,
 * `snprintf`, `fmt.Sprintf`, `String.format`, Python's `%`, `Format`), .NET's
 * composite formats ({@link compositeFormat}: `String.Format`, PowerShell's
 * `-f`) and VB's `Format(x, "0.00")` ({@link vbFormat}).
 *
 * @example
 * printfCall('fmt.Sprintf', PRINTF.go, DOC, 0).run([text('%d connections'), integer(3)]); //=> { kind: 'text', value: '3 connections' }
 */
import { argument, type Rule } from './builtin.js';
import { BuiltinArgumentError, BuiltinUnsupportedError } from './errors.js';
import { joinTemplate, operand, type Emitted, type Operand } from './emit.js';
import { fixedText } from './number-text.js';
import { emitPrintf, formatPrintf, type PrintfDialect } from './printf.js';
import { emitText, textOf, TEXT_RULES } from './text-rules.js';
import { list, text, type ScriptValue } from './value.js';

function formatText(args: readonly ScriptValue[], position: number, builtin: string): string {
  const format = argument(args, position, builtin);
  if (format.kind !== 'text') throw new BuiltinArgumentError(builtin, position, 'a format text', `a ${format.kind}`);
  return format.value;
}

function formatLiteral(args: readonly Operand[], position: number, builtin: string): string {
  const format = argument(args, position, builtin);
  if (format.literal === undefined) throw new BuiltinUnsupportedError(builtin, 'a format that is not a text constant');
  return format.literal;
}

/** The values after the format: spread arguments, or one list (Delphi's `[a, b]`, Python's tuple). */
function valuesOf(args: readonly ScriptValue[], from: number): readonly ScriptValue[] {
  const rest = args.slice(from);
  const only = rest[0];
  return rest.length === 1 && only?.kind === 'list' ? only.items : rest;
}

/**
 * A printf-style call whose format is argument `format`, followed by its values (or one list of them).
 *
 * @param writes - For C's `sprintf(buffer, format, ...)`: the buffer's position; the format follows it (`snprintf` has its size between).
 * @example
 * printfCall('sprintf', PRINTF.c, DOC, 1, 0).writes; //=> 0
 */
export function printfCall(builtin: string, dialect: PrintfDialect, doc: string, format: number, writes?: number): Rule {
  return {
    call: 'function',
    doc,
    ...(writes === undefined ? {} : { writes }),
    run: (args) => text(formatPrintf(dialect, builtin, formatText(args, format, builtin), valuesOf(args, format + 1))),
    emit: (args) => {
      const rest = args.slice(format + 1);
      const only = rest[0];
      if (rest.length === 1 && only?.kind === 'list') throw new BuiltinUnsupportedError(builtin, 'values passed as one list');
      return emitPrintf(dialect, builtin, formatLiteral(args, format, builtin), rest);
    },
  };
}

/** One `{index[,alignment][:format]}` item, or literal text. */
type CompositePiece = string | { readonly index: number; readonly spec: string };

function parseComposite(builtin: string, format: string): CompositePiece[] {
  const pieces: CompositePiece[] = [];
  let literal = '';
  const pattern = /\{\{|\}\}|\{(\d+)(?::([^{}]*))?\}|[{}]/g;
  let at = 0;
  for (const match of format.matchAll(pattern)) {
    literal += format.slice(at, match.index);
    at = match.index + match[0].length;
    if (match[0] === '{{' || match[0] === '}}') literal += match[0].charAt(0);
    else if (match[1] === undefined) throw new BuiltinUnsupportedError(builtin, `the format ${JSON.stringify(format)} (a lone brace or an alignment)`);
    else {
      if (literal !== '') pieces.push(literal);
      literal = '';
      pieces.push({ index: Number(match[1]), spec: match[2] ?? '' });
    }
  }
  literal += format.slice(at);
  if (literal !== '') pieces.push(literal);
  return pieces;
}

/** Decimals of a fixed-point spec: `F2`, `N0`-free `0.00`, `0`; undefined for the general format. */
function fixedDecimals(builtin: string, spec: string): number | undefined {
  if (spec === '' || /^[Gg]$/.test(spec)) return undefined;
  const standard = /^[Ff](\d{0,2})$/.exec(spec);
  if (standard) return standard[1] === '' ? 2 : Number(standard[1]);
  const custom = /^0(?:\.(0+))?$/.exec(spec);
  if (custom) return custom[1]?.length ?? 0;
  throw new BuiltinUnsupportedError(builtin, `the number format ${JSON.stringify(spec)}`);
}

/**
 * .NET's composite format (`String.Format("{0}/{1:F2}", a, b)`, PowerShell's `"{0}" -f $a`): items are written
 * with .NET's text rules; `F`n and `0.00`-style specs fix the decimals. Culture: invariant (a `.` point).
 * Source: https://learn.microsoft.com/dotnet/standard/base-types/composite-formatting
 *
 * @example
 * compositeFormat('String.Format', DOC).run([text('{0}-{1:F1}'), integer(1), float(2.25)]); //=> { kind: 'text', value: '1-2.2' }
 */
export function compositeFormat(builtin: string, doc: string): Rule {
  return {
    call: 'function',
    doc,
    run: (args) => {
      const values = valuesOf(args, 1);
      const pieces = parseComposite(builtin, formatText(args, 0, builtin)).map((piece) => {
        if (typeof piece === 'string') return piece;
        const value = values[piece.index];
        if (value === undefined) throw new BuiltinArgumentError(builtin, piece.index + 1, `a value for {${String(piece.index)}}`, 'nothing');
        const decimals = fixedDecimals(builtin, piece.spec);
        if (decimals === undefined) return textOf(TEXT_RULES.dotnet, value, builtin, piece.index + 1);
        if (value.kind !== 'integer' && value.kind !== 'float') throw new BuiltinArgumentError(builtin, piece.index + 1, 'a number', `a ${value.kind}`);
        return fixedText('dotnet', value.value, decimals);
      });
      return text(pieces.join(''));
    },
    emit: (args) => {
      const values = args.slice(1);
      const parts = parseComposite(builtin, formatLiteral(args, 0, builtin)).map((piece): string | Emitted => {
        if (typeof piece === 'string') return piece;
        const value = values[piece.index];
        if (value === undefined) throw new BuiltinArgumentError(builtin, piece.index + 1, `a value for {${String(piece.index)}}`, 'nothing');
        const decimals = fixedDecimals(builtin, piece.spec);
        if (decimals === undefined) return value.kind === 'integer' ? value : emitText(TEXT_RULES.dotnet, value, builtin, piece.index + 1);
        if (value.kind !== 'integer' && value.kind !== 'float') throw new BuiltinArgumentError(builtin, piece.index + 1, 'a number', value.kind);
        return { code: `fixedText('dotnet', ${value.code}, ${String(decimals)})`, kind: 'text', imports: ['fixedText'] };
      });
      return joinTemplate(parts);
    },
  };
}

/**
 * VB's `Format(number, "0.00")` (and `"0"`): fixed decimals, rounded half up on VB's 15-digit text.
 * Other format texts (named formats, `#`, thousands separators, dates) are reported.
 * Source: https://learn.microsoft.com/office/vba/language/reference/user-interface-help/format-function-visual-basic-for-applications
 *
 * @example
 * vbFormat('Format', DOC).run([float(3.5), text('0.00')]); //=> { kind: 'text', value: '3.50' }
 */
export function vbFormat(builtin: string, doc: string): Rule {
  const decimals = (spec: string) => {
    const match = /^0(?:\.(0+))?$/.exec(spec);
    if (!match) throw new BuiltinUnsupportedError(builtin, `the format ${JSON.stringify(spec)}`);
    return match[1]?.length ?? 0;
  };
  return {
    call: 'function',
    doc,
    run: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind !== 'integer' && value.kind !== 'float') throw new BuiltinArgumentError(builtin, 0, 'a number', `a ${value.kind}`);
      return text(fixedText('vb', value.value, decimals(formatText(args, 1, builtin))));
    },
    emit: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind !== 'integer' && value.kind !== 'float') throw new BuiltinArgumentError(builtin, 0, 'a number', value.kind);
      return { code: `fixedText('vb', ${value.code}, ${String(decimals(formatLiteral(args, 1, builtin)))})`, kind: 'text', imports: ['fixedText'] };
    },
  };
}

/**
 * Python's `text.split(separator)`: a list of texts (a separator is required here; splitting on runs of whitespace is not read).
 *
 * @example
 * splitText('.split', DOC).run([text('a b'), text(' ')]); //=> list of 'a' and 'b'
 */
export function splitText(builtin: string, doc: string): Rule {
  return {
    call: 'method',
    doc,
    run: (args) => {
      const [subject, separator] = [argument(args, 0, builtin), argument(args, 1, builtin)];
      if (subject.kind !== 'text' || separator.kind !== 'text' || separator.value === '') throw new BuiltinArgumentError(builtin, 1, 'a text and a non-empty separator', `a ${subject.kind} and a ${separator.kind}`);
      return list(subject.value.split(separator.value).map(text));
    },
    emit: (args) => {
      const [subject, separator] = [argument(args, 0, builtin), argument(args, 1, builtin)];
      if (subject.kind !== 'text' || separator.kind !== 'text' || separator.literal === '') throw new BuiltinUnsupportedError(builtin, 'a split without a known non-empty separator');
      return { code: `${operand(subject.code)}.split(${separator.code})`, kind: 'list', item: 'text' };
    },
  };
}
