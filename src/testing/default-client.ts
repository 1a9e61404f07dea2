import type { MockClient } from './mock-auth0.js';

/**
 * The client the mock stores when given none: a regular web application
 * shaped like a 200 body of Auth0's `GET /api/v2/clients/{id}`.
 *
 * @example
 * ```ts
 * defaultMockClient().client_id; //=> 'pathpatchMockClient0000000000001'
 * ```
 */
export function defaultMockClient(): MockClient {
  return {
    client_id: 'pathpatchMockClient0000000000001',
    tenant: 'pathpatch-mock',
    global: false,
    is_first_party: true,
    name: 'Legacy App',
    description: 'Updated by a legacy Chilkat script',
    client_secret: 'mock-client-secret-not-a-real-one',
    app_type: 'regular_web',
    logo_uri: '',
    callbacks: ['https://legacy.example/callback'],
    allowed_origins: [],
    web_origins: [],
    client_aliases: [],
    allowed_clients: [],
    allowed_logout_urls: [],
    grant_types: ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'],
    token_endpoint_auth_method: 'client_secret_post',
    jwt_configuration: { lifetime_in_seconds: 36000, secret_encoded: false, alg: 'RS256' },
    sso: false,
    sso_disabled: false,
    cross_origin_authentication: false,
    custom_login_page_on: true,
    oidc_conformant: true,
    client_metadata: {},
    signing_keys: [{ cert: '-----BEGIN CERTIFICATE-----\nMOCK\n-----END CERTIFICATE-----', subject: '/CN=pathpatch-mock.auth0.example' }],
  };
}
