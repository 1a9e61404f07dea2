/**
 * The script's command-line arguments in a ported module: `process.argv`, with the script's own
 * indexes (a list that starts with the program's name starts at `process.argv[1]`). An element read
 * at a constant index goes through {@link ARGUMENT_HELPER}, which stops main() when the argument was
 * not given, as the script would have stopped.
 *
 * @example
 * writeArguments({ kind: 'arguments', program: true }).code; //=> 'process.argv.slice(1)'
 */
import type { ProgramArguments } from '../ast/index.js';
import type { Typed } from './scope.js';

/** The name of the module function that reads one argument. */
export const ARGUMENT_FUNCTION = 'argument';

/** The function a module that reads an argument at a constant index declares. */
export const ARGUMENT_HELPER = `/** Reads the command-line argument at \`at\` (0 is the first after the module's name), as the script did. */
function ${ARGUMENT_FUNCTION}(at: number): string {
  const value = process.argv[2 + at];
  if (value === undefined) throw new Error(\`Give the script's command-line argument \${String(at + 1)}.\`);
  return value;
}`;

/**
 * The whole list, as the script's language has it.
 *
 * @param list - The tree's arguments node.
 * @returns A list of text, counted from 0.
 * @example
 * writeArguments({ kind: 'arguments', program: false }).code; //=> 'process.argv.slice(2)'
 */
export function writeArguments(list: ProgramArguments): Typed {
  return { code: `process.argv.slice(${list.program ? '1' : '2'})`, kind: 'list', item: 'text', lower: 0 };
}

/**
 * One element at a constant index, or `undefined` for an index that is not a constant.
 *
 * @param list - The tree's arguments node.
 * @param index - The index's code.
 * @returns The element's code and kind, and whether it needs {@link ARGUMENT_HELPER}.
 * @example
 * argumentAt({ kind: 'arguments', program: true }, '1'); //=> { value: { code: 'argument(0)', kind: 'text' }, helper: true }
 */
export function argumentAt(list: ProgramArguments, index: string): { value: Typed; helper: boolean } | undefined {
  if (!/^\d+$/.test(index)) return undefined;
  const at = Number(index) - (list.program ? 1 : 0);
  // `sys.argv[0]`, `ParamStr(0)`: the program's own name.
  if (at < 0) return { value: { code: 'process.argv[1]!', kind: 'text' }, helper: false };
  return { value: { code: `${ARGUMENT_FUNCTION}(${String(at)})`, kind: 'text' }, helper: true };
}
