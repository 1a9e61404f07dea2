/**
 * The porter's statement tree: what a legacy script says, in language-neutral
 * terms, with its control flow kept. Every reader (BASIC-like, C-like,
 * scripting, Pascal, xBase) produces it; the interpreter (`run`) executes it
 * with real values and the translator writes TypeScript that keeps its shape.
 * The tree holds no Chilkat semantics beyond naming which class an object
 * creation makes: whether `x.UpdateString(...)` is a JsonObject call is known
 * only from what `x` holds (at run time) or was declared as (when translating).
 *
 * @example
 * const program: Program = {
 *   language: 'vb6',
 *   body: [{ kind: 'expression-statement', line: 1, source: 'json.UpdateInt "a", 1', expression: { kind: 'call', callee: { kind: 'member', object: { kind: 'name', name: 'json' }, name: 'UpdateInt' }, args: [{ kind: 'string', value: 'a' }, { kind: 'number', text: '1' }] } }],
 *   functions: [],
 * };
 */
import type { IrClass } from '../ir.js';

// ---------------------------------------------------------------- expressions

/**
 * A string literal without interpolation, already decoded from the language's escapes.
 *
 * @example
 * const text: StringLiteral = { kind: 'string', value: 'Billing "v2"' };
 */
export interface StringLiteral {
  readonly kind: 'string';
  readonly value: string;
}

/**
 * A number as written (`-3`, `1.50`, `0x1F`, `&H1F`); `text` keeps the spelling (UpdateNumber keeps it).
 *
 * @example
 * const n: NumberLiteral = { kind: 'number', text: '1.50' };
 */
export interface NumberLiteral {
  readonly kind: 'number';
  readonly text: string;
}

/**
 * A boolean in any spelling (`True`, `$true`, `.T.`, `YES`).
 *
 * @example
 * const yes: BooleanLiteral = { kind: 'boolean', value: true };
 */
export interface BooleanLiteral {
  readonly kind: 'boolean';
  readonly value: boolean;
}

/**
 * `null`, `Nothing`, `nil`, `None`, `$null`.
 *
 * @example
 * const none: NullLiteral = { kind: 'null' };
 */
export interface NullLiteral {
  readonly kind: 'null';
}

/**
 * A variable, constant or function name as written (sigils kept: `$i`, `@list`).
 *
 * @example
 * const name: NameReference = { kind: 'name', name: 'urls' };
 */
export interface NameReference {
  readonly kind: 'name';
  readonly name: string;
}

/**
 * Member access (`a.b`, `a->b`, `A::b`), also a property read.
 *
 * @example
 * const member: MemberAccess = { kind: 'member', object: { kind: 'name', name: 'resp' }, name: 'BodyStr' };
 */
export interface MemberAccess {
  readonly kind: 'member';
  readonly object: Expression;
  readonly name: string;
}

/**
 * A call: of a function (`LCase(x)`), of a method (`json.UpdateString(p, v)`), of a flat API
 * (`CkJsonObject_UpdateString(h, p, v)`). VB's call without parentheses is a call too.
 *
 * @example
 * const call: CallExpression = { kind: 'call', callee: { kind: 'name', name: 'LCase' }, args: [{ kind: 'name', name: 'appType' }] };
 */
export interface CallExpression {
  readonly kind: 'call';
  readonly callee: Expression;
  readonly args: readonly Expression[];
}

/**
 * Indexing: `urls(i)` is a call in BASIC spelling, `urls[i]`, `$a[$i]`, `$h{'k'}` are indexes.
 * Whether an index is 0- or 1-based is the language's (see {@link Program.language}).
 *
 * @example
 * const item: IndexAccess = { kind: 'index', object: { kind: 'name', name: 'hosts' }, index: { kind: 'name', name: 'i' } };
 */
export interface IndexAccess {
  readonly kind: 'index';
  readonly object: Expression;
  readonly index: Expression;
}

/**
 * `-x`, `!x`, `Not x` (the operator as written, `not` forms given as `!`).
 *
 * @example
 * const negative: UnaryExpression = { kind: 'unary', op: '-', operand: { kind: 'number', text: '1' } };
 */
export interface UnaryExpression {
  readonly kind: 'unary';
  readonly op: string;
  readonly operand: Expression;
}

/**
 * A binary operation, the operator lower-cased as written: arithmetic (`+ - * / % mod div`),
 * concatenation (`&`, PHP/Perl `.`, `+` on text), comparison (`= == != <> < > <= >= -eq eq ...`),
 * logic (`and && or || andalso orelse -and -or`).
 *
 * @example
 * const concat: BinaryExpression = { kind: 'binary', op: '&', left: { kind: 'string', value: 'a' }, right: { kind: 'name', name: 'b' } };
 */
export interface BinaryExpression {
  readonly kind: 'binary';
  readonly op: string;
  readonly left: Expression;
  readonly right: Expression;
}

/**
 * An array or list literal: `Array(a, b)`, `{ "a", "b" }`, `[]string{...}`, `@("a")`, `qw(a b)`, `[a, b]`.
 *
 * @example
 * const list: ListLiteral = { kind: 'list', items: [{ kind: 'string', value: 'a' }] };
 */
export interface ListLiteral {
  readonly kind: 'list';
  readonly items: readonly Expression[];
}

/**
 * One `key => value` of a {@link DictLiteral}.
 *
 * @example
 * const entry: DictEntry = { key: { kind: 'string', value: 'tier' }, value: { kind: 'string', value: 'gold' } };
 */
export interface DictEntry {
  readonly key: Expression;
  readonly value: Expression;
}

/**
 * A dictionary/hash/map literal, in insertion order: `{"a": 1}`, `array('a' => 1)`, `@{a = 1}`, `{ a => 1 }`.
 *
 * @example
 * const dict: DictLiteral = { kind: 'dict', entries: [] };
 */
export interface DictLiteral {
  readonly kind: 'dict';
  readonly entries: readonly DictEntry[];
}

/**
 * One part of an {@link InterpolatedString}: literal text, or an expression whose text is inserted.
 *
 * @example
 * const part: InterpolationPart = { kind: 'hole', expression: { kind: 'name', name: '$i' }, raw: '$i' };
 */
export type InterpolationPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'hole'; readonly expression: Expression; readonly raw: string };

/**
 * A string with interpolation (`"$first $last"`, `"#{app}"`, `$"{a}"`, `f"{a}"`, `` `${a}` ``).
 *
 * @example
 * const text: InterpolatedString = { kind: 'interpolated', parts: [{ kind: 'text', text: 'callbacks[' }, { kind: 'hole', expression: { kind: 'name', name: '$i' }, raw: '$i' }, { kind: 'text', text: ']' }] };
 */
export interface InterpolatedString {
  readonly kind: 'interpolated';
  readonly parts: readonly InterpolationPart[];
}

/**
 * A Chilkat object created (`New ChilkatJsonObject`, `CreateObject("Chilkat.Http")`,
 * `chilkat.NewJsonObject()`, `CkJsonObject_Create()`, a C++ stack object `CkHttp http;`).
 *
 * @example
 * const create: CreateObject = { kind: 'create-object', className: 'JsonObject' };
 */
export interface CreateObject {
  readonly kind: 'create-object';
  readonly className: IrClass;
}

/**
 * `new T(args)` of a class that is not Chilkat's (`new string[] {...}` is a {@link ListLiteral}).
 *
 * @example
 * const other: NewExpression = { kind: 'new', callee: { kind: 'name', name: 'StringBuilder' }, args: [] };
 */
export interface NewExpression {
  readonly kind: 'new';
  readonly callee: Expression;
  readonly args: readonly Expression[];
}

/**
 * The script's command-line arguments, a list of text, whatever the language calls them
 * (`WScript.Arguments`, `args`, `sys.argv`, `@ARGV`, `ParamStr`): `program` when the language's list
 * starts with the program's own name (`sys.argv[0]`, `ParamStr(0)`), so the script's indexes stay as written.
 *
 * @example
 * const argv: ProgramArguments = { kind: 'arguments', program: true };
 */
export interface ProgramArguments {
  readonly kind: 'arguments';
  readonly program: boolean;
}

/**
 * A part of the script the reader could not read as an expression; using its value is reported.
 *
 * @example
 * const bad: UnreadableExpression = { kind: 'unreadable', why: 'the interpolation $($x.y) is not translated' };
 */
export interface UnreadableExpression {
  readonly kind: 'unreadable';
  readonly why: string;
}

/**
 * Any expression.
 *
 * @example
 * const e: Expression = { kind: 'name', name: 'x' };
 */
export type Expression =
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | NullLiteral
  | NameReference
  | MemberAccess
  | CallExpression
  | IndexAccess
  | UnaryExpression
  | BinaryExpression
  | ListLiteral
  | DictLiteral
  | InterpolatedString
  | CreateObject
  | NewExpression
  | ProgramArguments
  | UnreadableExpression;

/**
 * The kinds of {@link Expression}.
 *
 * @example
 * const kind: ExpressionKind = 'interpolated';
 */
export type ExpressionKind = Expression['kind'];

// ---------------------------------------------------------------- statements

/**
 * What every statement carries: its 1-based line and the line's text (trimmed), for diagnostics and TODOs.
 *
 * @example
 * const at: SourcePlace = { line: 3, source: 'json.UpdateInt("a", 1);' };
 */
export interface SourcePlace {
  readonly line: number;
  readonly source: string;
}

/**
 * A declaration: `Dim x As Long`, `Const X As String = "v"`, `static final String X = "v"`,
 * `#define X "v"`, `#DEFINE X 1`, `var x = 1`, `my $x = 1`, `x := 1`, `CkHttp http;`.
 * `value` is absent for a bare declaration (the variable then holds the type's empty value, or
 * `undefined` when the type is not known).
 *
 * @example
 * const decl: Declaration = { kind: 'declare', line: 2, source: 'Const N As Long = 3', name: 'N', constant: true, type: 'Long', value: { kind: 'number', text: '3' } };
 */
export interface Declaration extends SourcePlace {
  readonly kind: 'declare';
  readonly name: string;
  /** A constant (`Const`, `const`, `final`, `#define`): the translator writes `const`. */
  readonly constant: boolean;
  /** The type as written (`String`, `Chilkat.JsonObject`, `CkJsonObject*`, `string[]`), when the script says it. */
  readonly type?: string;
  readonly value?: Expression;
  /**
   * A fixed-size array (`Dim a(2)`, `Dim a(1 To 3)`, FoxPro `DIMENSION a(3)`, Pascal `array[0..2] of T`):
   * the index of its first element (0, or 1 in FoxPro and `(1 To n)`) ...
   */
  readonly lowerBound?: Expression;
  /** ... and of its last one (VB's `Dim a(2)` has elements 0, 1 and 2). */
  readonly upperBound?: Expression;
}

/**
 * Where an assignment writes: a variable, a property (`json.I`, `http.AuthToken`), an element (`a(1)`, `a[i]`).
 *
 * @example
 * const target: AssignTarget = { kind: 'member', object: { kind: 'name', name: 'json' }, name: 'I' };
 */
export type AssignTarget = NameReference | MemberAccess | IndexAccess;

/**
 * An assignment; `op` is `=` or a compound operator (`+=`, `-=`, `&=`, `.=`), `x++` is `+=` 1.
 *
 * @example
 * const set: Assignment = { kind: 'assign', line: 4, source: 'i = i + 1', target: { kind: 'name', name: 'i' }, op: '=', value: { kind: 'number', text: '1' } };
 */
export interface Assignment extends SourcePlace {
  readonly kind: 'assign';
  readonly target: AssignTarget;
  readonly op: string;
  readonly value: Expression;
}

/**
 * An expression run for its effect: a method call (`json.UpdateString(...)`, `http.SetRequestHeader "k", "v"`),
 * a helper call (`AddJwt json, 3600`).
 *
 * @example
 * const call: ExpressionStatement = { kind: 'expression-statement', line: 5, source: 'json.Clear()', expression: { kind: 'call', callee: { kind: 'member', object: { kind: 'name', name: 'json' }, name: 'Clear' }, args: [] } };
 */
export interface ExpressionStatement extends SourcePlace {
  readonly kind: 'expression-statement';
  readonly expression: Expression;
}

/**
 * Printing (`Debug.Print x`, `print(x)`, `? x`, `echo $x`, `Console.WriteLine(x)`): the values printed.
 *
 * @example
 * const print: PrintStatement = { kind: 'print', line: 9, source: 'Debug.Print json.Emit', values: [] };
 */
export interface PrintStatement extends SourcePlace {
  readonly kind: 'print';
  readonly values: readonly Expression[];
}

/**
 * One branch of an {@link IfStatement}; `condition` is absent for the final `Else`.
 *
 * @example
 * const branch: IfBranch = { line: 4, condition: { kind: 'boolean', value: true }, body: [] };
 */
export interface IfBranch {
  readonly line: number;
  readonly condition?: Expression;
  readonly body: readonly Statement[];
}

/**
 * `If`/`ElseIf`/`Else`, `if`/`else if`/`else`, `elif`, `elsif`, `unless` (its condition negated by the reader),
 * single-line `If x Then y`, Pascal `if … then … else`, FoxPro `IF … ENDIF`.
 *
 * @example
 * const branching: IfStatement = { kind: 'if', line: 4, source: 'If a Then', branches: [] };
 */
export interface IfStatement extends SourcePlace {
  readonly kind: 'if';
  readonly branches: readonly IfBranch[];
}

/**
 * One `Case` of a {@link SelectStatement}: the values it matches (any of them), none for `Case Else`/`default`.
 *
 * @example
 * const match: SelectCase = { line: 6, values: [{ kind: 'string', value: 'spa' }], body: [] };
 */
export interface SelectCase {
  readonly line: number;
  /** Empty for the default case. */
  readonly values: readonly Expression[];
  readonly body: readonly Statement[];
}

/**
 * `Select Case x`, `switch (x)`, `case x of`, `DO CASE` (then each case has a condition: `subject` absent
 * and each value is a condition).
 *
 * @example
 * const choice: SelectStatement = { kind: 'select', line: 5, source: 'Select Case t', subject: { kind: 'name', name: 't' }, cases: [] };
 */
export interface SelectStatement extends SourcePlace {
  readonly kind: 'select';
  /** The value compared; absent when each case is a condition of its own (FoxPro `DO CASE`, Ruby `case` without subject). */
  readonly subject?: Expression;
  readonly cases: readonly SelectCase[];
}

/**
 * A counted loop: `For i = a To b [Step s]`, `for (i = a; i < b; i += s)`, `for i := a to b do`,
 * `for i in range(a, b)`, `for i in a..b`, `foreach my $i (a .. b)`.
 *
 * @example
 * const counted: ForStatement = { kind: 'for', line: 3, source: 'For i = 0 To 2', variable: 'i', from: { kind: 'number', text: '0' }, to: { kind: 'number', text: '2' }, inclusive: true, step: { kind: 'number', text: '1' }, body: [] };
 */
export interface ForStatement extends SourcePlace {
  readonly kind: 'for';
  readonly variable: string;
  readonly from: Expression;
  readonly to: Expression;
  /** Whether `to` itself is reached. */
  readonly inclusive: boolean;
  /** Negative for counting down. */
  readonly step: Expression;
  readonly body: readonly Statement[];
}

/**
 * A loop over the items of a collection: `For Each x In xs`, `foreach (var x in xs)`, `for x in xs:`,
 * `for i, x := range xs`, `xs.each_with_index do |x, i|`, `foreach ($a as $k => $v)`,
 * `for i, x in enumerate(xs)`, `for k, v in d.items()`.
 *
 * @example
 * const each: ForEachStatement = { kind: 'for-each', line: 3, source: 'For Each h In hosts', item: 'h', collection: { kind: 'name', name: 'hosts' }, body: [] };
 */
export interface ForEachStatement extends SourcePlace {
  readonly kind: 'for-each';
  /** The variable that receives each item (for a dictionary: each value). */
  readonly item: string;
  /** The variable that receives the 0-based position (or the key, for a dictionary), when the loop names one. */
  readonly index?: string;
  readonly collection: Expression;
  readonly body: readonly Statement[];
}

/**
 * `While c … WEnd`, `while (c) {…}`, `Do While c … Loop`, `Do … Loop Until c`, `repeat … until c`,
 * `DO WHILE c … ENDDO`, `until c … end`.
 *
 * @example
 * const loop: WhileStatement = { kind: 'while', line: 3, source: 'While i < 3', condition: { kind: 'boolean', value: false }, until: false, testAfter: false, body: [] };
 */
export interface WhileStatement extends SourcePlace {
  readonly kind: 'while';
  readonly condition: Expression;
  /** The loop runs until the condition holds (`Until`, `repeat … until`). */
  readonly until: boolean;
  /** The condition is tested after the body (`Do … Loop While`, `do {} while`, `repeat … until`). */
  readonly testAfter: boolean;
  readonly body: readonly Statement[];
}

/**
 * `Exit For`, `break`, `continue`, `next` (Ruby), `Exit Do`, `LOOP` (FoxPro continue).
 *
 * @example
 * const stop: JumpStatement = { kind: 'jump', line: 7, source: 'Exit For', jump: 'break' };
 */
export interface JumpStatement extends SourcePlace {
  readonly kind: 'jump';
  readonly jump: 'break' | 'continue';
}

/**
 * `Return x`, `return;`, `Exit Sub`, `Exit Function`, `Result := x` is an assignment to `Result`.
 *
 * @example
 * const back: ReturnStatement = { kind: 'return', line: 9, source: 'return n;' };
 */
export interface ReturnStatement extends SourcePlace {
  readonly kind: 'return';
  readonly value?: Expression;
}

/**
 * One parameter of a {@link FunctionDefinition}.
 *
 * @example
 * const parameter: Parameter = { name: 'j', type: 'ChilkatJsonObject', byReference: true };
 */
export interface Parameter {
  readonly name: string;
  /** The type as written (`Chilkat.JsonObject`, `CkJsonObject &`, `HCkJsonObject`), when the script says it. */
  readonly type?: string;
  /** `ByRef`, `var`, `&`: the helper can change the caller's variable. Objects are shared either way. */
  readonly byReference: boolean;
  readonly defaultValue?: Expression;
}

/**
 * A `Sub`/`Function`/`Func`/`def`/`function`/`procedure`/method/`PROCEDURE` the script defines.
 * The script's entry point (`Main`, `main`, `ChilkatSample`, a Pascal `begin … end.`) is a definition too;
 * {@link Program.body} calls it.
 *
 * @example
 * const helper: FunctionDefinition = { kind: 'function', line: 30, source: 'Sub AddJwt(j As ChilkatJsonObject, seconds As Long)', name: 'AddJwt', parameters: [], body: [] };
 */
export interface FunctionDefinition extends SourcePlace {
  readonly kind: 'function';
  readonly name: string;
  readonly parameters: readonly Parameter[];
  /** The return type as written, when the script says it. */
  readonly returnType?: string;
  readonly body: readonly Statement[];
}

/**
 * A statement the reader could not read, or a construct it knows but does not translate; it is
 * reported (`FILE:LINE: message`, a `TODO(pathpatch)`) wherever it would run.
 *
 * @example
 * const todo: UnsupportedStatement = { kind: 'unsupported', line: 8, source: 'On Error Resume Next', message: 'cannot read this statement' };
 */
export interface UnsupportedStatement extends SourcePlace {
  readonly kind: 'unsupported';
  readonly message: string;
  /** Set when this statement assigns a variable the reader could not follow: the variable is unknown after it. */
  readonly target?: string;
}

/**
 * Any statement. Definitions appear only in {@link Program.functions}.
 *
 * @example
 * const s: Statement = { kind: 'jump', line: 1, source: 'break;', jump: 'break' };
 */
export type Statement =
  | Declaration
  | Assignment
  | ExpressionStatement
  | PrintStatement
  | IfStatement
  | SelectStatement
  | ForStatement
  | ForEachStatement
  | WhileStatement
  | JumpStatement
  | ReturnStatement
  | UnsupportedStatement;

/**
 * The kinds of {@link Statement}.
 *
 * @example
 * const kind: StatementKind = 'for-each';
 */
export type StatementKind = Statement['kind'];

/**
 * A whole script: what runs at the top level, in order, and the functions it defines.
 * When the script's code lives in an entry function (`Sub Main`, `static void Main`, `func main`,
 * `ChilkatSample`), `body` ends with a call of it.
 *
 * @example
 * const empty: Program = { language: 'csharp', body: [], functions: [] };
 */
export interface Program {
  /** The language id (`vb6`, `csharp`, `foxpro`...): built-ins, array bases and operators are the language's. */
  readonly language: string;
  readonly body: readonly Statement[];
  readonly functions: readonly FunctionDefinition[];
}
