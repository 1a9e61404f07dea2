import type { Auth0ClientUpdate } from '../../src/schemas/auth0-client-update.js';

/**
 * The body the legacy script sends: today's update schema plus the 2018
 * template's `resource_servers`, which the seed still sets (two of its 55 updates).
 *
 * @example
 * ```ts
 * import type { LegacyClientBody } from './legacy-body.js';
 * const body: LegacyClientBody = { resource_servers: [{ identifier: 'api', scopes: ['read'] }] };
 * ```
 */
export interface LegacyClientBody extends Auth0ClientUpdate {
  resource_servers?: { identifier: string; scopes: string[] }[];
}
