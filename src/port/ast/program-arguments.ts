/**
 * Command-line arguments, one table per language: each spelling the script may read them with
 * becomes the tree's {@link ProgramArguments} list, so `run` reads the arguments it is given and a
 * port reads `process.argv`, both with the script's own indexes. VBScript's `WScript.Arguments(0)` and
 * C#'s and Java's `args[0]` count from the first argument; Python's `sys.argv[1]`, PHP's `$argv[1]`,
 * Go's `os.Args[1]` and Delphi's `ParamStr(1)` from the program's name. A name the script gives a value
 * itself (a variable called `args`, not an entry point's parameter) keeps its own meaning.
 *
 * @example
 * readProgramArguments(readProgram('seats = WScript.Arguments(0)', vbscript), vbscript).body[0]; // seats = arguments[0]
 */
import type { LanguageSpec } from '../language-spec.js';
import { bareName, dottedName } from './names.js';
import { namedValues, ProgramMapper } from './map-program.js';
import type { Expression, FunctionDefinition, Program, ProgramArguments } from './nodes.js';

/** One spelling: the dotted name, whether the list starts with the program's name, and whether the script calls it for an element. */
interface Spelling {
  readonly name: string;
  readonly program: boolean;
  /** `WScript.Arguments(0)`, `WScript.Arguments.Item(0)`, `ParamStr(1)`: an element read with a call. */
  readonly called?: boolean;
  /** PowerShell's `$args` in a function is the function's own arguments, PHP's `$argv` is not seen in one: the script's only outside functions. */
  readonly outsideFunctions?: boolean;
  /** Delphi's `ParamCount`: the number of arguments, the list's `Count`. */
  readonly count?: boolean;
}

const PYTHON: readonly Spelling[] = [{ name: 'sys.argv', program: true }];
const DELPHI: readonly Spelling[] = [{ name: 'ParamStr', program: true, called: true }, { name: 'ParamCount', program: false, count: true }];
const PHP: readonly Spelling[] = [{ name: 'argv', program: true, outsideFunctions: true }];

/** Each language's spellings of its command-line arguments (names without sigils: Perl's `$ARGV[0]` reads `@ARGV`). */
const SPELLINGS: Readonly<Record<string, readonly Spelling[]>> = {
  vbscript: [{ name: 'WScript.Arguments', program: false, called: true }],
  csharp: [{ name: 'args', program: false }],
  java: [{ name: 'args', program: false }],
  python: PYTHON,
  'chilkat2-python': PYTHON,
  perl: [{ name: 'ARGV', program: false }],
  ruby: [{ name: 'ARGV', program: false }],
  'php-ext': PHP,
  'php-ax': PHP,
  powershell: [{ name: 'args', program: false, outsideFunctions: true }],
  go: [{ name: 'os.Args', program: true }],
  'delphi-ax': DELPHI,
  'delphi-dll': DELPHI,
};

// The dotted name without the root's sigil (`$ARGV` is `ARGV`): bareName strips only the text's start.
function dotted(expr: Expression): string | undefined {
  const name = dottedName(expr);
  return name === undefined ? undefined : bareName(name);
}

/** Maps one language's spellings onto the arguments list. */
class ArgumentReader extends ProgramMapper {
  readonly #everywhere: readonly Spelling[];
  // Function bodies read only the spellings that mean the script's arguments there too.
  readonly #inFunctions: readonly Spelling[];
  #spellings: readonly Spelling[];
  readonly #named: ReadonlySet<string>;
  readonly #fold: boolean;

  constructor(spellings: readonly Spelling[], named: ReadonlySet<string>, fold: boolean) {
    super();
    this.#everywhere = spellings;
    this.#inFunctions = spellings.filter((spelling) => spelling.outsideFunctions !== true);
    this.#spellings = spellings;
    this.#named = named;
    this.#fold = fold;
  }

  override definition(definition: FunctionDefinition): FunctionDefinition {
    this.#spellings = this.#inFunctions;
    try {
      return super.definition(definition);
    } finally {
      this.#spellings = this.#everywhere;
    }
  }

  #spelling(expr: Expression): Spelling | undefined {
    const name = dotted(expr);
    if (name === undefined || this.#named.has((name.split('.')[0] ?? '').toLowerCase())) return undefined;
    return this.#spellings.find((spelling) => (this.#fold ? spelling.name.toLowerCase() === name.toLowerCase() : spelling.name === name));
  }

  override expression(expr: Expression): Expression {
    if (expr.kind === 'call' && expr.args.length === 0 && this.#spelling(expr.callee)?.count === true) return this.expression(expr.callee);
    if (expr.kind === 'call' && expr.args.length === 1 && expr.args[0]) {
      // `WScript.Arguments(0)`, `WScript.Arguments.Item(0)`, `ParamStr(1)`.
      const callee = expr.callee.kind === 'member' && /^item$/i.test(expr.callee.name) ? expr.callee.object : expr.callee;
      const spelling = this.#spelling(callee);
      if (spelling) return { kind: 'index', object: arguments_(spelling), index: this.expression(expr.args[0]) };
    }
    // The list itself: `sys.argv`, `@ARGV`, `args`, `For Each a In WScript.Arguments` (not a bare `ParamStr`).
    const spelling = this.#spelling(expr);
    if (spelling?.count === true) return { kind: 'member', object: arguments_(spelling), name: 'Count' };
    if (spelling && (spelling.called !== true || expr.kind === 'member')) return arguments_(spelling);
    return super.expression(expr);
  }
}

function arguments_(spelling: Spelling): ProgramArguments {
  return { kind: 'arguments', program: spelling.program };
}

/**
 * Reads a program's command-line arguments as the tree's list (see the module comment).
 *
 * @param program - The program as its reader read it.
 * @param spec - Its language.
 * @returns The program with its arguments read; the program itself in a language without a table.
 * @example
 * readProgramArguments({ language: 'go', body: [], functions: [] }, go).body; //=> []
 */
export function readProgramArguments(program: Program, spec: LanguageSpec): Program {
  const spellings = SPELLINGS[spec.id];
  if (spellings === undefined) return program;
  // An entry point the reader calls without arguments (`static void Main(string[] args)`) is given the command line.
  const entry = (name: string): boolean => program.body.some((statement) => statement.kind === 'expression-statement' && statement.expression.kind === 'call' && statement.expression.args.length === 0 && statement.expression.callee.kind === 'name' && statement.expression.callee.name === name);
  const named = namedValues(program, (definition) => entry(definition.name));
  return new ArgumentReader(spellings, named, spec.caseInsensitive).program(program);
}
