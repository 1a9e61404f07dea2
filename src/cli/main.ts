import { createRequire } from 'node:module';
import { COMMANDS } from './commands/index.js';
import { EXIT, type CliIo } from './io.js';
import { isPathpatchError } from '../errors/index.js';
import { UnknownLanguageError } from '../port/detect.js';
import { CurlError, JsonSyntaxError, PostmanError } from '../port/sources/index.js';
import { CliUsageError } from './read-input.js';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: pathpatch <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     Show help (also: pathpatch <command> --help)',
    '  -v, --version  Show the version',
    '',
    'Exit codes: 0 success, 1 failure, 2 usage error.',
  ].join('\n');
}

/**
 * Runs the `pathpatch` command line with the given arguments and returns the exit code.
 *
 * @param argv - the arguments after the program name.
 * @param io - streams and environment.
 * @returns the exit code (0 success, 1 failure, 2 usage).
 * @example
 * ```ts
 * await runCli(['--help'], io); //=> 0
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(`${topic?.help ?? usage()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${readVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`pathpatch: unknown command ${JSON.stringify(name)}\n\n${usage()}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Problems with the input are reported in one line, without a stack; anything else is a bug and keeps it.
    if (error instanceof CliUsageError || error instanceof UnknownLanguageError) {
      io.stderr(`${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof PostmanError || error instanceof CurlError || error instanceof JsonSyntaxError || isPathpatchError(error)) {
      io.stderr(`pathpatch ${command.name}: ${error.message}\n`);
      return EXIT.failure;
    }
    // Last resort behind the documented depth limits: an input that still overflows the stack is reported, not a crash.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      io.stderr(`pathpatch ${command.name}: the input nests too deeply to process (see the limits in docs/limits.md)\n`);
      return EXIT.failure;
    }
    throw error;
  }
}

// The bundled bin sits in dist/, the source in src/cli/: look for our package.json one or two levels up.
function readVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const manifest = require(candidate) as { name?: string; version?: string };
      if (manifest.name === 'pathpatch' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}
