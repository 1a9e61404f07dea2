/**
 * The table entry that describes how one language spells a Chilkat script.
 *
 * Front-ends are data, not code: the shared lexer, statement splitter,
 * expression parser and interpreter read these fields, so 30 languages share
 * one reader (see docs/porting.md).
 *
 * @example
 * const quote: StringRule = { open: '"', close: '"', escape: 'double' };
 */

/**
 * How a string literal opens, closes and escapes.
 *
 * @example
 * const rule: StringRule = { open: 'L"', close: '"', escape: 'backslash' };
 */
export interface StringRule {
  /** Opening text, prefixes included (`"`, `L"`, `@"`, `~"`). */
  readonly open: string;
  readonly close: string;
  /**
   * `backslash`: C-like escapes; `double`: the closing quote written twice;
   * `quote-backslash`: only `\'`/`\\` (PHP, Perl, Ruby single quotes);
   * `tilde`: PowerBuilder's `~"`, `~n`; `backtick`: PowerShell's `` `" `` (also doubling);
   * `none`: the text is taken as is.
   */
  readonly escape: 'backslash' | 'double' | 'quote-backslash' | 'tilde' | 'backtick' | 'none';
  /** An unknown backslash escape keeps its backslash (Python, PHP), instead of dropping it (C, Java). */
  readonly keepUnknownEscapes?: boolean;
  /**
   * Python's `\N{NAME}` escapes: the porter has no Unicode name table, so the
   * escape is kept as written and the string is reported as not ported.
   */
  readonly namedEscapes?: boolean;
  /**
   * How the string interpolates variables: `dollar` (`"$name"`, `"${name}"`: PHP, PowerShell),
   * `perl` (dollar plus `@array`), `ruby` (`"#{name}"`), `brace` (`{name}`: C# `$"…"`, Python `f"…"`),
   * `js` (`${name}` in template literals), `swift` (`"\\(name)"`), `tcl` (dollar plus `[command word…]`).
   */
  readonly interpolation?: Interpolation;
}

/**
 * The ways a string literal can interpolate values.
 *
 * @example
 * const style: Interpolation = 'ruby';
 */
export type Interpolation = 'dollar' | 'perl' | 'ruby' | 'brace' | 'js' | 'swift' | 'tcl';

/**
 * How the statements of a language are shaped.
 *
 * @example
 * const shape: StatementShape = 'sql';
 */
export type StatementShape = 'dot' | 'tcl' | 'sql' | 'dataflex';

/**
 * How counted loops are written.
 *
 * @example
 * const loops: LoopStyle = 'basic';
 */
export type LoopStyle = 'basic' | 'brace' | 'python' | 'ruby' | 'delphi' | 'tcl' | 'none';

/**
 * Everything the shared reader needs to know about one language.
 *
 * @example
 * findLanguage('tcl')?.shape; //=> 'tcl'
 */
export interface LanguageSpec {
  /** The id used by `--lang` and in fixture names. */
  readonly id: string;
  readonly name: string;
  /** Other names accepted by `--lang` (Chilkat's folder names such as `phpExt`). */
  readonly aliases?: readonly string[];
  /** File extensions with the dot, the first one preferred. */
  readonly extensions: readonly string[];
  /** Keywords and identifiers compare without case (BASIC-likes, SQL, FoxPro). */
  readonly caseInsensitive: boolean;
  /** An integer literal with a leading `0` is octal (PHP: `010` is 8). */
  readonly octalLeadingZero?: boolean;
  readonly lineComments: readonly string[];
  /** Comment markers that count only at the start of a statement (FoxPro `*`, Tcl `#`). */
  readonly statementComments?: readonly string[];
  readonly blockComments?: readonly (readonly [string, string])[];
  /** String rules, longest prefix first. */
  readonly strings: readonly StringRule[];
  /** Text that, at the end of a line, joins it with the next one. */
  readonly continuations?: readonly string[];
  /** `;` ends a statement (it is not a comment or continuation). */
  readonly semicolons: boolean;
  /** `{` and `}` open and close blocks. */
  readonly braces: boolean;
  readonly trueWords: readonly string[];
  readonly falseWords: readonly string[];
  /** Words for null/nil, if the language has them. */
  readonly nullWords?: readonly string[];
  /** String concatenation operators other than `+`. */
  readonly concat: readonly string[];
  /** Characters that may start an identifier besides letters and `_`. */
  readonly sigils: string;
  /** `$#list` is the last index of `@list` (Perl), not a `$` before a `#` comment. */
  readonly lastIndexSigil?: boolean;
  /**
   * Letters that, after a name and a dot, give the name's type rather than a member (PureBasic's `http.i`,
   * `name.s`, `Dim docks.s(2)`): the statement reader reads `http.i` as `http`.
   */
  readonly typeSuffixes?: readonly string[];
  /**
   * Type names that start a declaration without a keyword (PowerBuilder's `integer li_rc`, `string ls_a = "x"`,
   * DataFlex's `Handle hoJson`), each with the value a declared variable starts with: `0`, `''`, `false`, or
   * `undefined` when the language leaves it unset or the porter does not follow it.
   */
  readonly declarationTypes?: Readonly<Record<string, 0 | '' | false | undefined>>;
  /** The index of an array's first element when the script does not say (1 in PowerBuilder; 0 by default). */
  readonly arrayBase?: number;
  /** `New-Object`-style identifiers with inner dashes (PowerShell cmdlets). */
  readonly dashIdentifiers?: boolean;
  readonly shape: StatementShape;
  readonly loops: LoopStyle;
  /** Weighted patterns for language detection; the best total wins. */
  readonly detect: readonly (readonly [RegExp, number])[];
}
