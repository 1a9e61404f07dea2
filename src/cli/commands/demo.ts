import { randomBytes } from 'node:crypto';
import { auth0ClientUpdate } from '../../demo/auth0-client-update.js';
import { EXIT, type CliCommand } from '../io.js';
import { redactJson } from '../redact-json.js';

/**
 * `pathpatch demo`: builds the Auth0 "Update a client" payload of the legacy script (55 updates) and prints it.
 *
 * @example
 * ```sh
 * npx pathpatch demo
 * ```
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Build the Auth0 "Update a client" payload of the legacy script and print it',
  help: [
    'Usage: pathpatch demo',
    '',
    'Builds the request body that the legacy Chilkat script of this project built with',
    '55 Update* calls, with pathpatch, and prints it (secrets masked).',
    '',
    'Example:',
    '  pathpatch demo',
  ].join('\n'),
  run(args, io) {
    if (args.length > 0) {
      io.stderr(`pathpatch demo: unexpected argument ${JSON.stringify(args[0])}\n`);
      return Promise.resolve(EXIT.usage);
    }
    const builder = auth0ClientUpdate(randomBytes(24).toString('base64url'));
    const body = builder.build();
    io.stdout(`Auth0 "Update a client" body: ${builder.entries().length} leaves, ${builder.emit().length} bytes compact\n`);
    io.stdout(`${JSON.stringify(redactJson(body), null, 2)}\n`);
    return Promise.resolve(EXIT.ok);
  },
};
