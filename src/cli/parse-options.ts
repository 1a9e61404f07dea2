import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './read-input.js';

/**
 * Parses a command's arguments with node's `parseArgs`, turning its errors into usage errors that name the command.
 *
 * @example
 * ```ts
 * parseOptions('port', ['a.au3', '--style', 'chilkat'], { style: { type: 'string' } });
 * //=> { values: { style: 'chilkat' }, positionals: ['a.au3'] }
 * ```
 */
export function parseOptions<Options extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new CliUsageError(`pathpatch ${command}: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}`);
  }
}
