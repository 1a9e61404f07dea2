import { generateModule } from '../../port/codegen/index.js';
import { formatDiagnostic, type IrScript } from '../../port/ir.js';
import { curlToIr, jsonSampleToIr, JsonSyntaxError, postmanToIr } from '../../port/sources/index.js';
import { EXIT, type CliCommand, type CliIo } from '../io.js';
import { parseOptions } from '../parse-options.js';
import { CliUsageError, readInput, reportDiagnostics, writeOutput } from '../read-input.js';

// The three commands differ only in how they read their input into the porter's IR; code generation is shared.
async function generate(file: string | undefined, languageName: string, toIr: (text: string) => IrScript, out: string | undefined, strict: boolean, io: CliIo): Promise<number> {
  const input = await readInput(file, io);
  const generated = generateModule(readIr(input, toIr, languageName), { file: input.name, languageName });
  await writeOutput(generated.code, out, io);
  const messages = generated.diagnostics.map((d) => formatDiagnostic(input.name, d));
  reportDiagnostics(messages, io);
  return strict && messages.length > 0 ? EXIT.failure : EXIT.ok;
}

// A sample's syntax error names the file and line, as diagnostics do; the offset stays in the message.
function readIr(input: { name: string; text: string }, toIr: (text: string) => IrScript, languageName: string): IrScript {
  try {
    return toIr(input.text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError) || languageName !== 'JSON sample') throw error;
    const line = input.text.slice(0, error.position).split('\n').length;
    throw new JsonSyntaxError(error.position, `${input.name}:${String(line)}: ${error.reason}`);
  }
}

const OUTPUT_OPTIONS = { out: { type: 'string' }, strict: { type: 'boolean' } } as const;

function single(command: string, positionals: readonly string[], required: boolean): string | undefined {
  const [file, extra] = positionals;
  if (required && file === undefined) throw new CliUsageError(`pathpatch ${command}: missing the input file (see pathpatch ${command} --help)`);
  if (extra !== undefined) throw new CliUsageError(`pathpatch ${command}: unexpected argument ${JSON.stringify(extra)}`);
  return file;
}

/**
 * `pathpatch from-json FILE`: builder code and a body interface from a sample JSON body.
 *
 * @example
 * ```sh
 * pathpatch from-json body.json --out build-body.ts
 * ```
 */
export const fromJsonCommand: CliCommand = {
  name: 'from-json',
  summary: 'Builder code and an interface from a sample JSON body',
  help: [
    'Usage: pathpatch from-json FILE [--out FILE] [--strict]',
    '',
    'Writes a TypeScript module whose buildPayload() builds the sample with one set() per leaf',
    '(numbers keep their exact text), typed by an interface inferred from the sample. FILE may be - for stdin.',
    '',
    'Example:',
    '  pathpatch from-json client-update.json --out client-update.ts',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions('from-json', args, OUTPUT_OPTIONS);
    const file = single('from-json', positionals, true);
    return generate(file, 'JSON sample', jsonSampleToIr, values['out'] as string | undefined, values['strict'] === true, io);
  },
};

/**
 * `pathpatch from-postman COLLECTION [--item NAME]`: the TypeScript module for one request of a Postman collection.
 *
 * @example
 * ```sh
 * pathpatch from-postman auth0.postman_collection.json --item "Update a client"
 * ```
 */
export const fromPostmanCommand: CliCommand = {
  name: 'from-postman',
  summary: 'The TypeScript module for one request of a Postman v2.1 collection',
  help: [
    'Usage: pathpatch from-postman COLLECTION [--item NAME] [--out FILE] [--strict]',
    '',
    "Reads the item's method, URL ({{vars}} and :params kept as a template), headers, bearer or",
    'basic auth and raw JSON body. --item takes the name or "Folder / Name"; it is needed when the',
    'collection holds more than one request (the error lists them).',
    '',
    'Example:',
    '  pathpatch from-postman auth0.postman_collection.json --item "Update a client" --out update-client.ts',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions('from-postman', args, { ...OUTPUT_OPTIONS, item: { type: 'string' } });
    const file = single('from-postman', positionals, true);
    const item = values['item'] as string | undefined;
    return generate(file, 'Postman', (text) => postmanToIr(text, item), values['out'] as string | undefined, values['strict'] === true, io);
  },
};

/**
 * `pathpatch from-curl [FILE|-]`: the TypeScript module for a curl command line.
 *
 * @example
 * ```sh
 * pathpatch from-curl request.sh
 * ```
 */
export const fromCurlCommand: CliCommand = {
  name: 'from-curl',
  summary: 'The TypeScript module for a curl command line',
  help: [
    'Usage: pathpatch from-curl [FILE|-] [--out FILE] [--strict]',
    '',
    'Reads -X, -H, -d/--data*, --json, -u, -A and the URL of a curl command (line continuations',
    'and quotes as a shell reads them); other options (-k, -L, --compressed, --max-time, --proxy...)',
    'are reported as not ported, and their values are skipped. Reads stdin when FILE is - or missing.',
    '',
    'Example:',
    "  echo \"curl -X PATCH -H 'Authorization: Bearer {{token}}' -d '{\\\"sso\\\":true}' https://{{domain}}/api/v2/clients/:id\" | pathpatch from-curl",
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions('from-curl', args, OUTPUT_OPTIONS);
    const file = single('from-curl', positionals, false);
    return generate(file, 'curl', curlToIr, values['out'] as string | undefined, values['strict'] === true, io);
  },
};
