import { constantCase } from 'change-case';
import { HttpError } from '../../errors/index.js';
import { redactedHeaders, type ExecutedRequest } from '../../port/execute-ir.js';
import { runScript } from '../../port/run-script.js';
import { formatDiagnostic, type Diagnostic } from '../../port/ir.js';
import { REDACTED, isSecretName, redactUrl, send } from '../../send/index.js';
import { EXIT, type CliCommand, type CliIo } from '../io.js';
import { parseOptions } from '../parse-options.js';
import { CliUsageError, readInput, reportDiagnostics } from '../read-input.js';

const VAR = /\{\{\s*([\w.-]+)\s*\}\}/g;
const PARAM = /(?<=\/):([A-Za-z_]\w*)/g;

/** Placeholder values from the environment: `{{auth0_domain}}` reads AUTH0_DOMAIN, `:id` reads ID (as ported code does). */
function fromEnv(names: Iterable<string>, io: CliIo): Record<string, string> {
  // Own properties only, both ways: `{{constructor}}` or `:__proto__` must never reach Object.prototype.
  const entries: [string, string][] = [];
  for (const name of names) {
    const env = constantCase(name);
    const value = Object.hasOwn(io.env, env) ? io.env[env] : undefined;
    if (typeof value === 'string') entries.push([name, value]);
  }
  return Object.fromEntries(entries);
}

function ownValue(record: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

function placeholders(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** A value that is a whole `{{name}}` placeholder reads its env variable; anything else is taken as written. */
function resolveSecret(value: string, io: CliIo): string {
  const name = /^\s*\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(value)?.[1];
  const env = name === undefined ? undefined : constantCase(name);
  return env === undefined || !Object.hasOwn(io.env, env) ? value : (io.env[env] ?? value);
}

function fillForDisplay(request: ExecutedRequest, io: CliIo): string {
  const vars = fromEnv(placeholders(request.url, VAR), io);
  const params = fromEnv(placeholders(request.url, PARAM), io);
  // A secret-named value is shown as send() shows it in its errors: [redacted].
  const shown = (value: string | undefined, name: string): string | undefined => (value !== undefined && isSecretName(name) ? REDACTED : value);
  return request.url
    .replace(VAR, (whole, name: string) => shown(ownValue(vars, name), name) ?? whole)
    .replace(PARAM, (whole, name: string) => shown(ownValue(params, name), name) ?? whole);
}

/**
 * `pathpatch run FILE`: executes a legacy script's JSON building and request, or prints it with `--dry-run`.
 *
 * @example
 * ```sh
 * pathpatch run update-client.au3 --dry-run --json
 * ```
 */
export const runCommand: CliCommand = {
  name: 'run',
  summary: "Execute a legacy script's JSON building and its request (or print it)",
  help: [
    'Usage: pathpatch run FILE [--dry-run] [--json] [--lang ID] [--force] [-- ARG...]',
    '',
    "Executes the script's JsonObject calls on pathpatch's Chilkat-compatible layer (so the body is",
    'the bytes Chilkat would send) and makes its request. Placeholders are read from the environment',
    'as ported code reads them: {{auth0_domain}} from AUTH0_DOMAIN, :id from ID, a {{token}} AuthToken',
    'from TOKEN. It prints the status and the body, as the legacy scripts did.',
    '',
    'When a statement could not be translated (reported as FILE:LINE: message on stderr), the body',
    "may differ from the script's: run prints what it has, says why, sends nothing and exits with 1.",
    'A value read from a response is known only when the request is made: then run makes the requests',
    'in order and stops (exit 1) before any request built past a statement it could not translate.',
    '',
    "ARG... are the script's command-line arguments (WScript.Arguments(0), args[0], sys.argv[1],",
    '$ARGV[0], ParamStr(1)...); without them, a script that reads one is reported.',
    '',
    'Options:',
    '  --dry-run   print the request instead of sending it (secrets redacted)',
    '  --json      with --dry-run: one JSON object { method, url, headers, body }, body parsed',
    '  --lang ID   the language, instead of detecting it',
    '  --force     send (or print with exit code 0) even when statements were not translated',
    '',
    'Examples:',
    '  pathpatch run update-client.au3 --dry-run',
    '  pathpatch run seats.vbs --dry-run -- 12',
    '  AUTH0_DOMAIN=tenant.example ID=abc AUTH0_TOKEN=... pathpatch run update-client.au3',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions('run', args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' }, force: { type: 'boolean' } });
    const [file, ...scriptArguments] = positionals;
    if (file === undefined) throw new CliUsageError('pathpatch run: missing FILE (see pathpatch run --help)');
    if (values['json'] === true && values['dry-run'] !== true) throw new CliUsageError('pathpatch run: --json goes with --dry-run');
    const input = await readInput(file, io);
    const lang = values['lang'];
    // The script's arguments: what follows FILE (after `--` when one starts with a dash); none given, none known.
    const given = scriptArguments.length > 0 || args.includes('--') ? { arguments: scriptArguments } : {};
    const detect = { file: input.name, ...(typeof lang === 'string' ? { lang } : {}), ...given };
    // First without sending: what the script builds, and whether every statement was translated.
    const planned = await runScript(input.text, detect);
    const force = values['force'] === true;
    // What the plan could not follow only because it lacks a response: a real run gets it, and says for itself what it cannot translate.
    const live = values['dry-run'] !== true && !force && planned.awaitingResponse === true;
    const printed = (planned.skipped ?? planned.diagnostics).map((d) => formatDiagnostic(input.name, d));
    if (!live) reportDiagnostics(printed, io);
    if (planned.requests.length === 0) {
      io.stderr(`pathpatch run: ${input.name} sends no request\n`);
      return EXIT.failure;
    }
    const refused = planned.diagnostics.length > 0 && !force && !live;
    if (values['dry-run'] === true || refused) {
      printRequests(planned.requests, values['json'] === true, io);
      if (!refused) return EXIT.ok;
      const dry = values['dry-run'] === true;
      io.stderr(refusal(dry ? 'the request above' : 'not sending: the request above', planned.diagnostics, input.name, dry ? 'accepts it' : 'sends it anyway'));
      return EXIT.failure;
    }
    // Then for real: each request in order, a later one able to read an earlier response; without
    // --force, a request built past a statement the real run could not translate is not made.
    const done = await runScript(input.text, { ...detect, transport: (request) => perform(request, io), refuseAfterReport: !force });
    reportDiagnostics((done.skipped ?? done.diagnostics).map((d) => formatDiagnostic(input.name, d)).filter((line) => live || !printed.includes(line)), io);
    if (done.refusedAt === undefined) return EXIT.ok;
    io.stderr(refusal(`not sending: the request on line ${String(done.refusedAt)}`, done.diagnostics, input.name, 'sends it anyway'));
    return EXIT.failure;
  },
};

/** Why run does not send (or accept) a request built past statements it could not translate. */
function refusal(request: string, diagnostics: readonly Diagnostic[], file: string, force: string): string {
  const lines = [...new Set(diagnostics.map((d) => d.line))].map(String).join(', ');
  const count = diagnostics.length;
  return `pathpatch run: ${request} is built past ${String(count)} statement${count === 1 ? '' : 's'} that could not be translated (line${count === 1 ? '' : 's'} ${lines}), so it may differ from what ${file} sends; --force ${force}\n`;
}

/** Prints the requests as `--dry-run` shows them: one, or a JSON array of several with `--json`. */
function printRequests(requests: readonly ExecutedRequest[], json: boolean, io: CliIo): void {
  if (json && requests.length > 1) {
    io.stdout(`${JSON.stringify(requests.map((request) => requestView(request, io)), null, 2)}\n`);
    return;
  }
  for (const [index, request] of requests.entries()) {
    if (index > 0) io.stdout('\n');
    printRequest(request, json, io);
  }
}

function requestView(request: ExecutedRequest, io: CliIo): { method: string; url: string; headers: Record<string, string>; body: unknown } {
  const body = request.body === undefined ? null : parseOrText(request.body);
  return { method: request.method, url: redactUrl(fillForDisplay(request, io)), headers: redactedHeaders(request), body };
}

/** Prints the request as `--dry-run` shows it: secrets masked, placeholders filled from the environment. */
function printRequest(request: ExecutedRequest, json: boolean, io: CliIo): void {
  const view = requestView(request, io);
  if (json) {
    io.stdout(`${JSON.stringify(view, null, 2)}\n`);
  } else {
    io.stdout(`${view.method} ${view.url}\n${Object.entries(view.headers).map(([k, v]) => `${k}: ${v}\n`).join('')}\n${request.body ?? ''}\n`);
  }
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// Like Chilkat, any HTTP status is a response to print (a 4xx is not a failure to run the script).
async function perform(request: ExecutedRequest, io: CliIo): Promise<{ status: number; body: string }> {
  const headers = Object.fromEntries(request.headers.filter(([name]) => name.toLowerCase() !== 'content-type'));
  if (request.contentType !== undefined) headers['Content-Type'] = request.contentType;
  const text = (data: unknown): string => (typeof data === 'string' ? data : JSON.stringify(data));
  try {
    const response = await send<unknown>(request.body ?? '', {
      url: request.url,
      method: request.method,
      vars: fromEnv(placeholders(request.url, VAR), io),
      params: fromEnv(placeholders(request.url, PARAM), io),
      headers,
      ...(request.token === undefined ? {} : { token: resolveSecret(request.token, io) }),
      ...(request.basic === undefined ? {} : { basic: { username: resolveSecret(request.basic.username, io), password: resolveSecret(request.basic.password, io) } }),
    });
    io.stdout(`${response.status}\n${text(response.data)}\n`);
    return { status: response.status, body: text(response.data) };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    io.stdout(`${error.status}\n${text(error.body)}\n`);
    return { status: error.status, body: text(error.body) };
  }
}
