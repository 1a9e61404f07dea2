import type { Auth0ClientUpdate } from './auth0-client-update.js';

/**
 * The body the legacy script sent: today's "Update a client" schema plus the 2018 template's
 * `resource_servers`, which the script still sets (two of its 55 updates) and the endpoint no longer takes.
 *
 * @example
 * ```ts
 * const body: LegacyClientBody = { resource_servers: [{ identifier: 'https://api.acme.example', scopes: ['read:reports'] }] };
 * ```
 */
export interface LegacyClientBody extends Auth0ClientUpdate {
  resource_servers?: { identifier?: string; scopes?: string[] }[];
}
