/**
 * The names under which scripts print (`Debug.Print`, `ConsoleWrite`, `echo`, `fmt.Println`...): one list,
 * shared by the statement reader and the flat interpreter.
 *
 * @example
 * isPrintName('Debug.Print'); //=> true
 */
const PRINTS = /^(?:print|println|printf|wprintf|puts|echo|writeln|ConsoleWrite|console\.log|Debug\.Print|Debug\.WriteLine|System\.DebugLog|Console\.WriteLine|Console\.Write|System\.out\.println|System\.out\.print|Write-Host|Write-Output|NSLog|Log\.[divwe]|PrintN|Print|MessageBox|Write-Debug|Showln|Show|fmt\.Println|fmt\.Printf|MsgBox|WScript\.Echo|Response\.Write|Memo1\.Lines\.Add|ShowMessage|p|say|\?)$/i;

/**
 * Whether a called name prints its arguments.
 *
 * @param name - The dotted name as written.
 * @returns `true` for a printing function.
 * @example
 * isPrintName('WScript.Echo'); //=> true
 */
export function isPrintName(name: string): boolean {
  return PRINTS.test(name);
}

/**
 * The words that print when they start a statement without parentheses (`print x`, `echo $a`, `? x`).
 *
 * @example
 * PRINT_STATEMENT_WORDS.has('puts'); //=> true
 */
export const PRINT_STATEMENT_WORDS: ReadonlySet<string> = new Set(['print', 'echo', 'puts', 'printf', 'writeln', '?', 'say', 'debug', 'showln', 'show']);
