import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { payload } from '../../builder/index.js';
import type { LegacyClientBody } from '../../demo/auth0-client-update.js';
import type { Auth0ClientUpdate } from '../../schemas/auth0-client-update.js';
import type { Payload } from '../../types/index.js';
import { checkTypedChain } from '../../demo/check-typed-chain.js';
import { legacyAuth0Script } from '../../demo/legacy-script.js';
import { payloadFromIr } from '../../port/build-from-ir.js';
import { executeIr } from '../../port/execute-ir.js';
import { portScript } from '../../port/port-script.js';
import { HttpError } from '../../errors/index.js';
import { clientUpdateSchema, startMockAuth0, validate } from '../../testing/index.js';
import { EXIT, type CliCommand, type CliIo } from '../io.js';
import { reportDiagnostics } from '../read-input.js';
import { redactJson } from '../redact-json.js';

/**
 * `pathpatch demo`: the legacy script's Auth0 "Update a client" request, built with pathpatch and sent
 * to an in-process mock of the endpoint on 127.0.0.1.
 *
 * @example
 * ```sh
 * npx pathpatch demo
 * ```
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Build the legacy Auth0 "Update a client" request and send it to a local mock',
  help: [
    'Usage: pathpatch demo',
    '',
    'Writes a legacy-style AutoIt script that updates an Auth0 client with the 55 Update* calls',
    'of the script this project started from, ports it to TypeScript and shows the module,',
    "builds the payload (checking it is byte for byte what Chilkat's Emit() gives), and PATCHes",
    "it to an in-process mock of Auth0's /api/v2/clients/:id on 127.0.0.1, printing the status",
    'and the body as the old script did. The mock checks the body against the endpoint schema, so the legacy body',
    "is refused (it carries resource_servers, which today's API does not take, and empty",
    'addons that need settings). The same updates typed as payload<Auth0ClientUpdate>() are then',
    'type-checked (when the typescript package is installed): the resource_servers updates do not',
    'compile. The demo then sends a fixed branch of the body. No network, no setup.',
    '',
    'Example:',
    '  pathpatch demo',
  ].join('\n'),
  async run(args, io) {
    if (args.length > 0) {
      io.stderr(`pathpatch demo: unexpected argument ${JSON.stringify(args[0])}\n`);
      return EXIT.usage;
    }
    const folder = await mkdtemp(join(tmpdir(), 'pathpatch-demo-'));
    const mock = await startMockAuth0();
    try {
      const script = legacyAuth0Script(randomBytes(24).toString('base64url'));
      const file = join(folder, 'update-client.au3');
      await writeFile(file, script);
      const lines = script.split('\r\n');
      io.stdout(`1. A legacy Chilkat script (AutoIt), written to ${file}: ${lines.length} lines, 55 JsonObject updates, then a PATCH.\n`);
      io.stdout(`${lines.slice(5, 12).map((l) => `   ${l.replace(/"client_secret", "[^"]*"/, '"client_secret", "[redacted]"')}`).join('\n')}\n   ...\n\n`);

      const ported = portScript(script, { file: 'update-client.au3' });
      io.stdout(`2. pathpatch port update-client.au3 (language detected: ${ported.language}; ${ported.messages.length} untranslated calls):\n\n`);
      // The demo secret is data in the body; it is masked wherever the demo prints it.
      io.stdout(`${ported.code.replace(/(\.set\('client_secret', )'[^']*'/, "$1'[redacted]'")}\n`);
      reportDiagnostics(ported.messages, io);

      const legacy = payloadFromIr(ported.ir);
      const chilkatBytes = executeIr(ported.ir).request?.body;
      io.stdout(`3. buildPayload(): ${legacy.entries().length} leaves, ${legacy.emit().length} bytes; the same bytes as Chilkat's Emit() for the script: ${legacy.emit() === chilkatBytes ? 'yes' : 'NO'}.\n`);
      io.stdout(`${JSON.stringify(redactJson(legacy.build()), null, 2)}\n\n`);

      io.stdout(`4. Sent to an in-process mock of Auth0 on ${mock.url} (main() would send to https://{{auth0_domain}}):\n`);
      const first = await patch(legacy, mock, io);
      const typed = showTypedChain(ported.code, legacy, io);
      io.stdout('\n6. Fixed, branching from the legacy body: resource_servers removed (client access now goes through\n');
      io.stdout('   client grants) and the settings that the rms, mscrm, slack and layer addons require filled in:\n');
      const second = await patch(fixLegacyBody(legacy), mock, io);
      return first === 400 && typed && second === 200 && legacy.emit() === chilkatBytes ? EXIT.ok : EXIT.failure;
    } finally {
      await mock.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
};

/**
 * What today's endpoint needs beyond the legacy template. The ported body is untyped (it came from a
 * script); from here on the Auth0 schema checks every path and value at compile time.
 */
function fixLegacyBody(legacy: Payload): Payload<Auth0ClientUpdate> {
  const { resource_servers: _dropped, ...current } = legacy.build() as LegacyClientBody;
  return payload<Auth0ClientUpdate>(current)
    .set('addons.rms.url', 'https://rms.acme.example')
    .set('addons.mscrm.url', 'https://acme.crm.dynamics.example')
    .set('addons.slack.team', 'acme')
    .set('addons.layer', { providerId: 'layer:///providers/acme', keyId: 'layer:///keys/acme', privateKey: randomBytes(32).toString('base64') });
}

/**
 * Type-checks the ported updates as a chain on `payload<Auth0ClientUpdate>()` and prints the ones that do
 * not compile, next to what the endpoint's schema says of the same fields. True when only the
 * resource_servers updates fail and the schema refuses them too (or when TypeScript, a dev dependency, is absent).
 */
function showTypedChain(code: string, legacy: Payload, io: CliIo): boolean {
  const updates = code.split('\n').filter((line) => /^\s*\.(set|object|array|push)\(/.test(line));
  io.stdout(`\n5. The same ${updates.length} updates as a typed chain, payload<Auth0ClientUpdate>(), checked by the TypeScript compiler:\n`);
  const report = checkTypedChain(updates);
  if (report.skipped) {
    io.stdout(`   (skipped: ${report.reason})\n`);
    return true;
  }
  io.stdout(`   ${report.errors.length} of them do not compile:\n`);
  for (const error of report.errors) io.stdout(`   ${error.update.replace(/(\.set\('client_secret', )'[^']*'/, "$1'[redacted]'")}\n     error: ${error.message}\n`);
  // The mock answers with the first problem only (addons.rms above); asked about resource_servers alone:
  const refused = validate(clientUpdateSchema, { resource_servers: legacy.get('resource_servers') });
  io.stdout(`   The endpoint's schema refuses the same field: ${refused === undefined ? 'no, it accepts it' : `'${refused.problem}'`}.\n`);
  io.stdout('   (The empty addons compile: object() makes sure of an object, not of its required keys; the mock,\n');
  io.stdout('   or payloadFor() with a run-time schema, finds those.)\n');
  return refused !== undefined && report.errors.length > 0 && report.errors.every((error) => error.update.startsWith(".set('resource_servers"));
}

// Sends like the legacy script (PATCH, bearer token, JSON body) and prints status and body as it did.
async function patch(body: Payload, mock: Awaited<ReturnType<typeof startMockAuth0>>, io: CliIo): Promise<number> {
  const request = { url: `${mock.url}/api/v2/clients/:id`, params: { id: mock.clientId }, token: mock.token, retry: { limit: 0 } };
  io.stdout(`PATCH ${mock.url}/api/v2/clients/${mock.clientId}\n`);
  try {
    const response = await body.send(request);
    io.stdout(`${response.status}\n${JSON.stringify(redactJson(response.data), null, 2)}\n`);
    return response.status;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    io.stdout(`${error.status}\n${JSON.stringify(redactJson(error.body), null, 2)}\n`);
    return error.status;
  }
}
