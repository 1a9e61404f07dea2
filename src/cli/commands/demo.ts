import { randomBytes } from 'node:crypto';
import type { Payload } from '../../types/payload.js';
import { auth0ClientUpdate } from '../../demo/auth0-client-update.js';
import { HttpError } from '../../errors/index.js';
import { startMockAuth0 } from '../../testing/index.js';
import { EXIT, type CliCommand, type CliIo } from '../io.js';
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
    'Builds the request body that the legacy Chilkat script of this project built with',
    '55 Update* calls, prints it (secrets masked), and PATCHes it to an in-process mock of',
    "Auth0's /api/v2/clients/:id on 127.0.0.1, printing the status and the body as the old",
    'script did. The mock checks the body against the endpoint schema, so the legacy body',
    "is refused (it carries resource_servers, which today's API does not take, and empty",
    'addons that need settings); the demo then sends a fixed branch of it. No network, no setup.',
    '',
    'Example:',
    '  pathpatch demo',
  ].join('\n'),
  async run(args, io) {
    if (args.length > 0) {
      io.stderr(`pathpatch demo: unexpected argument ${JSON.stringify(args[0])}\n`);
      return EXIT.usage;
    }
    const legacy = auth0ClientUpdate(randomBytes(24).toString('base64url'));
    io.stdout(`The legacy body: ${legacy.entries().length} leaves from 55 updates, ${legacy.emit().length} bytes compact (secrets masked here):\n`);
    io.stdout(`${JSON.stringify(redactJson(legacy.build()), null, 2)}\n\n`);

    const mock = await startMockAuth0();
    try {
      io.stdout(`Mock Auth0 endpoint on ${mock.url} (in-process, 127.0.0.1 only).\n\n`);
      io.stdout('1. The legacy body as it was:\n');
      const first = await patch(legacy, mock, io);
      io.stdout('\n2. Fixed, branching from the legacy body: resource_servers removed (client access now goes through\n');
      io.stdout('   client grants) and the settings that the rms, mscrm, slack and layer addons require filled in:\n');
      const second = await patch(fixLegacyBody(legacy), mock, io);
      return first === 400 && second === 200 ? EXIT.ok : EXIT.failure;
    } finally {
      await mock.close();
    }
  },
};

/** What today's endpoint needs beyond the legacy template: every change is a builder call on the legacy body. */
function fixLegacyBody(legacy: Payload): Payload {
  return legacy
    .remove('resource_servers')
    .set('addons.rms.url', 'https://rms.acme.example')
    .set('addons.mscrm.url', 'https://acme.crm.dynamics.example')
    .set('addons.slack.team', 'acme')
    .merge({ addons: { layer: { providerId: 'layer:///providers/acme', keyId: 'layer:///keys/acme', privateKey: randomBytes(32).toString('base64') } } });
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
