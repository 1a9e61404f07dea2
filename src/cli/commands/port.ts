import { LANGUAGES } from '../../port/languages/index.js';
import { portScript } from '../../port/port-script.js';
import { EXIT, type CliCommand } from '../io.js';
import { parseOptions } from '../parse-options.js';
import { CliUsageError, readInput, reportDiagnostics, writeOutput } from '../read-input.js';

/**
 * `pathpatch port FILE`: a legacy Chilkat script in any of Chilkat's languages, as a TypeScript module.
 *
 * @example
 * ```sh
 * pathpatch port update-client.au3 --out update-client.ts
 * ```
 */
export const portCommand: CliCommand = {
  name: 'port',
  summary: 'Port a legacy Chilkat script (any of its languages) to TypeScript',
  help: [
    'Usage: pathpatch port FILE [--lang ID] [--out FILE] [--style builder|chilkat] [--strict]',
    '',
    "Reads the script's JSON building (Update* calls, I/J/K, DelimiterChar, loops and variables",
    'with literal values) and its request (method, URL, headers, bearer token, basic auth), and',
    'writes a TypeScript module: a body interface, buildPayload() and main(). Secrets are read from',
    'environment variables named in the output, never inlined. What cannot be translated is',
    'reported as FILE:LINE: message on stderr and marked // TODO(pathpatch) in the output.',
    '',
    'Options:',
    '  --lang ID        the language, instead of detecting it',
    '  --out FILE       write the module to FILE instead of stdout',
    '  --style STYLE    builder (idiomatic, the default) or chilkat (line for line on pathpatch/chilkat)',
    '  --strict         exit with 1 when anything could not be translated',
    '',
    `Languages: ${LANGUAGES.map((l) => l.id).join(', ')}`,
    '',
    'Examples:',
    '  pathpatch port update-client.au3',
    '  pathpatch port UpdateClient.cs --style chilkat --out update-client.ts',
    '  pathpatch port legacy.txt --lang vb6 --strict',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions('port', args, {
      lang: { type: 'string' },
      out: { type: 'string' },
      style: { type: 'string' },
      strict: { type: 'boolean' },
    });
    const [file, extra] = positionals;
    if (file === undefined) throw new CliUsageError('pathpatch port: missing FILE (see pathpatch port --help)');
    if (extra !== undefined) throw new CliUsageError(`pathpatch port: unexpected argument ${JSON.stringify(extra)}`);
    const style = values['style'] ?? 'builder';
    if (style !== 'builder' && style !== 'chilkat') throw new CliUsageError(`pathpatch port: --style must be builder or chilkat, found ${JSON.stringify(style)}`);
    const input = await readInput(file, io);
    const lang = typeof values['lang'] === 'string' ? values['lang'] : undefined;
    const result = portScript(input.text, { file: input.name, style, ...(lang === undefined ? {} : { lang }) });
    await writeOutput(result.code, typeof values['out'] === 'string' ? values['out'] : undefined, io);
    reportDiagnostics(result.messages, io);
    return values['strict'] === true && result.messages.length > 0 ? EXIT.failure : EXIT.ok;
  },
};
