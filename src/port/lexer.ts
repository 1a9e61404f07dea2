/**
 * One tokenizer for every language, driven by its {@link LanguageSpec}.
 *
 * Hand-written on purpose: the languages disagree on comments (`'`, `;`, `*`
 * only at a line start), string escapes and line continuations, which a
 * table of rules expresses in one place; a generated lexer per language
 * (moo, chevrotain, tree-sitter grammars) would need 30 grammars instead.
 *
 * @example
 * tokenize('$x = "a""b" ; note', autoit).map((t) => t.text); //=> ['$x', '=', 'a"b', '\n']
 */
import type { LanguageSpec, StringRule } from './language-spec.js';

/**
 * A token with its 1-based line and 0-based column.
 *
 * @example
 * tokenize('x = 1', csharp)[0]; //=> { type: 'ident', text: 'x', line: 1, column: 0 }
 */
export interface Token {
  readonly type: 'string' | 'number' | 'ident' | 'op' | 'newline';
  /** The decoded text for strings, the source text otherwise. */
  readonly text: string;
  /** For a string the lexer could not decode faithfully (Python `\N{NAME}`): why. */
  readonly problem?: string;
  /** Interpolated parts of a string, in text order (the text holds the literal parts). */
  readonly holes?: readonly Hole[];
  readonly line: number;
  readonly column: number;
}

/**
 * An interpolated part of a string literal: inserted at `at` in the decoded text.
 *
 * @example
 * const hole: Hole = { at: 0, name: '$first', raw: '$first' };
 */
export interface Hole {
  readonly at: number;
  /** The variable it reads, or `undefined` for an expression the porter does not follow. */
  readonly name: string | undefined;
  /** The hole as written, for diagnostics. */
  readonly raw: string;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The hole at `pos` of a string, if interpolation starts there. */
function readHole(source: string, pos: number, style: NonNullable<StringRule['interpolation']>, close: string): { name: string | undefined; raw: string } | undefined {
  const ch = source[pos];
  const rest = source.slice(pos, pos + 200);
  const braced = (open: number, closer: string): { name: string | undefined; raw: string } => {
    const end = source.indexOf(closer, pos + open);
    const stop = end < 0 || source.slice(pos, end).includes(close) ? pos + open : end + 1;
    const inner = source.slice(pos + open, stop - 1).trim();
    return { name: IDENT.test(inner) && IDENT.exec(inner)?.[0] === inner ? inner : undefined, raw: source.slice(pos, stop) };
  };
  if (style === 'ruby') return rest.startsWith('#{') ? braced(2, '}') : undefined;
  if (style === 'brace') return ch === '{' && source[pos + 1] !== '{' ? braced(1, '}') : undefined;
  if (style === 'js') return rest.startsWith('${') ? braced(2, '}') : undefined;
  if (style === 'swift') return rest.startsWith('\\(') ? braced(2, ')') : undefined;
  // Tcl's command substitution `[cmd word…]` (a command with words; `[0]` and `[i]` in Chilkat's sample paths stay text).
  if (style === 'tcl' && ch === '[' && /^\[[A-Za-z_][\w:]*[ \t]/.test(rest)) {
    let depth = 0;
    for (let end = pos; end < source.length && !source.startsWith(close, end); end += 1) {
      if (source[end] === '[') depth += 1;
      if (source[end] === ']' && (depth -= 1) === 0) return { name: undefined, raw: source.slice(pos, end + 1) };
    }
    return undefined;
  }
  if (style === 'perl' && ch === '@' && IDENT.test(rest.slice(1))) return { name: undefined, raw: `@${IDENT.exec(rest.slice(1))?.[0] ?? ''}` };
  if (ch === '{' && source[pos + 1] === '$') {
    // PHP's `{$name}`.
    const hole = braced(1, '}');
    return { name: hole.raw.length > 3 && IDENT.test(hole.raw.slice(2, -1)) && IDENT.exec(hole.raw.slice(2, -1))?.[0] === hole.raw.slice(2, -1) ? hole.raw.slice(1, -1) : undefined, raw: hole.raw };
  }
  if (ch !== '$') return undefined;
  if (source[pos + 1] === '{') {
    const hole = braced(2, '}');
    return { name: hole.name === undefined ? undefined : `$${hole.name}`, raw: hole.raw };
  }
  if (source[pos + 1] === '(') {
    // PowerShell's `$(expression)`, parentheses nested.
    let depth = 0;
    let end = pos + 1;
    for (; end < source.length && !source.startsWith(close, end); end += 1) {
      if (source[end] === '(') depth += 1;
      if (source[end] === ')' && (depth -= 1) === 0) break;
    }
    return { name: undefined, raw: source.slice(pos, Math.min(end + 1, source.length)) };
  }
  const name = IDENT.exec(rest.slice(1))?.[0];
  if (name === undefined) return undefined;
  const after = source.slice(pos + 1 + name.length, pos + 3 + name.length);
  // `$a[0]`, `$a->b`, `$h{k}`, `$env:X` read more than a variable.
  const more = after.startsWith('[') || after.startsWith('->') || (style === 'perl' && after.startsWith('{')) || (after.startsWith(':') && !after.startsWith('::'));
  return { name: more ? undefined : `$${name}`, raw: `$${name}${more ? after : ''}` };
}

const OPERATORS = ['...', '..<', '..', '->', '::', ':=', '==', '!=', '<>', '<=', '>=', '++', '--', '+=', '-=', '&&', '||', '=>'];
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0', a: '\x07', e: '\x1b' };

function isIdentStart(ch: string, spec: LanguageSpec): boolean {
  return /[\p{L}_]/u.test(ch) || spec.sigils.includes(ch);
}

function isIdentPart(ch: string): boolean {
  return /[\p{L}\p{N}_]/u.test(ch);
}

/** Reads one string literal starting at `start` (at its opening text); returns the decoded text and the end. */
function readString(source: string, start: number, rule: StringRule): { text: string; end: number; lines: number; problem?: string; holes?: Hole[] } {
  let pos = start + rule.open.length;
  let text = '';
  let lines = 0;
  let problem: string | undefined;
  const holes: Hole[] = [];
  while (pos < source.length) {
    const ch = source[pos] ?? '';
    if (source.startsWith(rule.close, pos)) {
      if ((rule.escape === 'double' || rule.escape === 'backtick') && source.startsWith(rule.close, pos + rule.close.length)) {
        text += rule.close;
        pos += rule.close.length * 2;
        continue;
      }
      return { text, end: pos + rule.close.length, lines, ...(problem === undefined ? {} : { problem }), ...(holes.length === 0 ? {} : { holes }) };
    }
    if (ch === '\n') lines += 1;
    const hole = rule.interpolation === undefined ? undefined : readHole(source, pos, rule.interpolation, rule.close);
    if (hole) {
      holes.push({ at: text.length, ...hole });
      pos += hole.raw.length;
      continue;
    }
    if (rule.interpolation === 'brace' && (ch === '{' || ch === '}') && source[pos + 1] === ch) {
      text += ch;
      pos += 2;
      continue;
    }
    const next = source[pos + 1] ?? '';
    if (rule.namedEscapes === true && ch === '\\' && next === 'N' && source[pos + 2] === '{') {
      const close = source.indexOf('}', pos + 3);
      if (close > 0 && !source.slice(pos, close).includes('\n')) {
        const escape = source.slice(pos, close + 1);
        problem ??= `the escape ${escape} (a Unicode character name) is not ported`;
        text += escape;
        pos = close + 1;
        continue;
      }
    }
    if (rule.escape === 'backslash' && ch === '\\') {
      if (next === '\n') lines += 1;
      const escaped = decodeBackslash(source, pos, rule.keepUnknownEscapes === true);
      text += escaped.text;
      pos = escaped.end;
      continue;
    }
    if (rule.escape === 'quote-backslash' && ch === '\\' && (next === '\\' || next === rule.close)) {
      text += next;
      pos += 2;
      continue;
    }
    if (rule.escape === 'tilde' && ch === '~') {
      text += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
      pos += 2;
      continue;
    }
    if (rule.escape === 'backtick' && ch === '`') {
      text += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next === '0' ? '\0' : next;
      pos += 2;
      continue;
    }
    text += ch;
    pos += 1;
  }
  return { text, end: pos, lines, ...(problem === undefined ? {} : { problem }), ...(holes.length === 0 ? {} : { holes }) };
}

function decodeBackslash(source: string, pos: number, keepUnknown: boolean): { text: string; end: number } {
  const next = source[pos + 1] ?? '';
  // A backslash before a line break splices the lines (C, Python, Tcl).
  if (next === '\n') return { text: '', end: pos + 2 };
  const simple = SIMPLE_ESCAPES[next];
  if (simple !== undefined && !(next === '0' && /[0-7]/.test(source[pos + 2] ?? ''))) return { text: simple, end: pos + 2 };
  const hex = /^(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(source.slice(pos + 1, pos + 12));
  if (hex) {
    const code = Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4] ?? '0', 16);
    return { text: String.fromCodePoint(code), end: pos + 1 + hex[0].length };
  }
  const octal = /^[0-7]{1,3}/.exec(source.slice(pos + 1, pos + 4));
  if (octal) return { text: String.fromCharCode(Number.parseInt(octal[0], 8)), end: pos + 1 + octal[0].length };
  const known = next === '\\' || next === '"' || next === "'" || next === '`' || next === '$' || next === '/' || next === '?';
  return { text: keepUnknown && !known ? `\\${next}` : next, end: pos + 2 };
}

function atStatementStart(tokens: readonly Token[], spec: LanguageSpec): boolean {
  const last = tokens.at(-1);
  return last === undefined || last.type === 'newline' || (spec.semicolons && last.text === ';') || last.text === '{' || last.text === '}';
}

/** Length of a line continuation at `pos` (the marker, trailing blanks and the line break), or 0. */
function continuationLength(source: string, pos: number, spec: LanguageSpec): number {
  for (const marker of spec.continuations ?? []) {
    if (!source.startsWith(marker, pos)) continue;
    // `_` continues a line only as a word of its own (a_b is an identifier).
    if (/\w/.test(marker) && /\w/.test(source[pos - 1] ?? ' ')) continue;
    const rest = /^[ \t]*\r?\n/.exec(source.slice(pos + marker.length));
    if (rest) return marker.length + rest[0].length;
  }
  return 0;
}

/**
 * Splits a script into tokens: comments dropped, strings decoded, line
 * continuations joined, line breaks kept as `newline` tokens.
 *
 * @param source - The script text.
 * @param spec - How the language spells things.
 * @returns The tokens in source order.
 * @example
 * tokenize('x = 1', csharp).length; //=> 3
 */
export function tokenize(source: string, spec: LanguageSpec): Token[] {
  const tokens: Token[] = [];
  const strings = [...spec.strings].sort((a, b) => b.open.length - a.open.length);
  const words = [...spec.trueWords, ...spec.falseWords].filter((word) => !/^[\w$]/.test(word));
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const push = (type: Token['type'], text: string, at: number, problem?: string, holes?: readonly Hole[]): void => {
    tokens.push({ type, text, line, column: at - lineStart, ...(problem === undefined ? {} : { problem }), ...(holes === undefined ? {} : { holes }) });
  };
  while (pos < source.length) {
    const ch = source[pos] ?? '';
    if (ch === '\n') {
      push('newline', '\n', pos);
      pos += 1;
      line += 1;
      lineStart = pos;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\uFEFF') {
      pos += 1;
      continue;
    }
    const joined = continuationLength(source, pos, spec);
    if (joined > 0) {
      pos += joined;
      line += 1;
      lineStart = pos;
      continue;
    }
    const block = spec.blockComments?.find(([open]) => source.startsWith(open, pos));
    if (block) {
      const end = source.indexOf(block[1], pos + block[0].length);
      const stop = end === -1 ? source.length : end + block[1].length;
      for (let i = pos; i < stop; i += 1) {
        if (source[i] === '\n') {
          line += 1;
          lineStart = i + 1;
        }
      }
      pos = stop;
      continue;
    }
    // Perl's `$#list`, `$#$ref`, `$#{expr}` (the last index) start like a `#` comment; read as the `$#` operator.
    if (spec.lastIndexSigil === true && source.startsWith('$#', pos) && /[A-Za-z_${]/.test(source[pos + 2] ?? '')) {
      push('op', '$#', pos);
      pos += 2;
      continue;
    }
    const isComment =
      spec.lineComments.some((marker) => source.startsWith(marker, pos) && (!/\w$/.test(marker) || !/\w/.test(source[pos + marker.length] ?? ' '))) ||
      (atStatementStart(tokens, spec) && (spec.statementComments ?? []).some((marker) => source.startsWith(marker, pos)));
    if (isComment) {
      while (pos < source.length && source[pos] !== '\n') pos += 1;
      continue;
    }
    const rule = strings.find((candidate) => source.startsWith(candidate.open, pos));
    if (rule && !(rule.open === '{' && !source.slice(pos, source.indexOf('\n', pos) >>> 0).includes('}'))) {
      const read = readString(source, pos, rule);
      push('string', read.text, pos, read.problem, read.holes);
      line += read.lines;
      pos = read.end;
      continue;
    }
    const word = words.find((candidate) => source.slice(pos, pos + candidate.length).toLowerCase() === candidate.toLowerCase());
    if (word !== undefined) {
      push('ident', source.slice(pos, pos + word.length), pos);
      pos += word.length;
      continue;
    }
    const number = /^(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|&[hH][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)/.exec(source.slice(pos, pos + 64));
    if (number) {
      push('number', number[0], pos);
      pos += number[0].length;
      continue;
    }
    if (isIdentStart(ch, spec)) {
      let end = pos + 1;
      while (end < source.length && (isIdentPart(source[end] ?? '') || (spec.dashIdentifiers === true && ch !== '$' && source[end] === '-' && /[A-Za-z]/.test(source[end + 1] ?? '')))) end += 1;
      push('ident', source.slice(pos, end), pos);
      pos = end;
      continue;
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, pos)) ?? ch;
    push('op', op, pos);
    pos += op.length;
  }
  return tokens;
}
