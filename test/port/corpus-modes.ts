// How each mode of the corpus test tries a script: `run` and `run --dry-run --json` through the CLI,
// and a ported module's main(); all against one real node:http server on 127.0.0.1 that answers with
// the recorded responses. What each one did goes to judge() (corpus-judge.ts), which decides.
import type { ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { runCli } from '../../src/cli/main.js';
import type { TestServer } from '../helpers/http-server.js';
import { CORPUS_DIR, type CorpusEntry, type RecordedExchange } from './corpus-files.js';
import { redirectAll, sentTo } from './corpus-http.js';
import { judge, misplacedDiagnostics, prefixOf, type Judgement, type Observed } from './corpus-judge.js';
import { environmentNames, type PortedModule } from './corpus-modules.js';

async function cli(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, color: false, cwd: CORPUS_DIR });
  return { code, stdout, stderr };
}

/** Lets the server answer with the recorded responses, in order, and sends every request to it for `during`. */
async function replaying<T>(server: TestServer, expected: readonly RecordedExchange[], during: () => Promise<T>): Promise<{ result: T; observed: Observed[] }> {
  server.reset();
  server.respond(...expected.map((exchange) => (_request: unknown, response: ServerResponse) => {
    response.writeHead(exchange.response.status, { 'content-type': 'application/json' });
    response.end(exchange.response.body);
  }));
  const restore = redirectAll(server.url);
  try {
    const result = await during();
    return { result, observed: server.requests.map((request) => ({ method: request.method, url: sentTo(request.url, server.url), body: request.body })) };
  } finally {
    restore();
  }
}

const placed = (file: string, stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith(`${file}:`));

/** The script's command-line arguments after `--`, as the recording gave them (none when it read none). */
const scriptArguments = (entry: CorpusEntry): string[] => (entry.arguments === undefined ? [] : ['--', ...entry.arguments]);

/** `pathpatch run FILE` for real, against the server: a refusal must say why and send nothing built past it. */
export async function tryRun(entry: CorpusEntry, expected: readonly RecordedExchange[], server: TestServer): Promise<Judgement> {
  const { result, observed } = await replaying(server, expected, () => cli(['run', entry.script, '--lang', entry.language, ...scriptArguments(entry)]));
  const diagnostics = placed(entry.script, result.stderr);
  const refusal = /not sending: the request above is built past|not sending: the request on line \d+ is built past|sends no request/.test(result.stderr);
  const badReport = [
    ...(result.code === 1 ? [] : [`exit code ${String(result.code)} after reporting`]),
    ...(refusal ? [] : ['no refusal printed']),
    ...(prefixOf(expected, observed) ? [] : ['sent a request that differs from the recorded one']),
  ];
  return judge(entry, expected, { observed, diagnostics, problems: result.code === 0 ? [] : [`exit code ${String(result.code)}: ${result.stderr.trim()}`], badReport });
}

/** `pathpatch run FILE --dry-run --json`: it prints the bodies parsed, so they compare as JSON. */
export async function tryDryRun(entry: CorpusEntry, expected: readonly RecordedExchange[]): Promise<Judgement> {
  const result = await cli(['run', entry.script, '--lang', entry.language, '--dry-run', '--json', ...scriptArguments(entry)]);
  const diagnostics = placed(entry.script, result.stderr);
  let printed: unknown = [];
  try {
    printed = JSON.parse(result.stdout);
  } catch {
    // Nothing printed (a script that sends no request): no request observed.
  }
  const requests = (Array.isArray(printed) ? printed : [printed]) as { method?: string; url?: string; body?: unknown }[];
  const observed = requests.map((request) => ({ method: String(request.method), url: String(request.url), body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }));
  const badReport: string[] = [];
  if (diagnostics.length > 0) {
    if (result.code !== 1) badReport.push(`exit code ${String(result.code)} after reporting`);
    if (!/--force accepts it|sends no request/.test(result.stderr)) badReport.push('no "--force accepts it"');
    else if (!result.stderr.includes('sends no request') && (await cli(['run', entry.script, '--lang', entry.language, '--dry-run', '--force', ...scriptArguments(entry)])).code !== 0) badReport.push('--force does not accept it');
  }
  const problems = result.code === 0 ? [] : [`exit code ${String(result.code)}: ${result.stderr.trim()}`];
  return judge(entry, expected, { observed, diagnostics, problems, badReport }, (body) => JSON.stringify(JSON.parse(body)));
}

/** A ported module's main(), with the environment it names, against the server. */
export async function tryPort(entry: CorpusEntry, style: 'builder' | 'chilkat', module: PortedModule, expected: readonly RecordedExchange[], server: TestServer): Promise<Judgement> {
  const names = environmentNames(module.code);
  const saved = names.map((name) => [name, process.env[name]] as const);
  for (const name of names) process.env[name] = `corpus-${name.toLowerCase()}`;
  // main() prints the status and body as the script did; that output is not the test's.
  const log = console.log;
  console.log = () => undefined;
  // main() reads the script's command-line arguments from process.argv, as a module run with node would.
  const argv = process.argv;
  process.argv = [argv[0] ?? 'node', module.file, ...(entry.arguments ?? [])];
  let crash: string | undefined;
  const { observed } = await replaying(server, expected, async () => {
    try {
      const loaded = (await import(pathToFileURL(module.file).href)) as { main?: () => Promise<void> };
      if (typeof loaded.main !== 'function') throw new Error('the module has no main()');
      await loaded.main();
    } catch (error) {
      // First lines only, without terminal colours (a transform error draws the whole file).
      crash = stripVTControlCharacters(error instanceof Error ? error.message : String(error)).split('\n').filter((line) => line.trim() !== '').slice(0, 2).join(' ');
    } finally {
      console.log = log;
      process.argv = argv;
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
  const todo = module.code.includes('TODO(pathpatch)');
  const problems = [...(crash === undefined ? [] : [`main() threw: ${crash}`]), ...module.typeErrors.map((error) => `type error ${error}`), ...(todo ? ['a TODO(pathpatch) nothing reported'] : [])];
  const badReport = [...misplacedDiagnostics(entry.script, module.messages), ...(todo ? [] : ['no TODO(pathpatch) in the module'])];
  if (module.messages.length > 0 && (await cli(['port', entry.script, '--lang', entry.language, '--style', style, '--strict'])).code !== 1) badReport.push('port --strict does not exit 1');
  return judge(entry, expected, { observed, diagnostics: module.messages, problems, badReport });
}

