import { describe, expectTypeOf, test } from 'vitest';
import { payload, type Auth0ClientUpdate, type ValueAt } from '../../src/index.js';

describe('the Auth0 "Update a client" schema', () => {
  const client = payload<Auth0ClientUpdate>();

  test('typed fields, enums and nullables', () => {
    expectTypeOf<ValueAt<Auth0ClientUpdate, 'jwt_configuration.alg'>>().toEqualTypeOf<'HS256' | 'RS256' | 'RS512' | 'PS256'>();
    expectTypeOf<ValueAt<Auth0ClientUpdate, 'client_metadata.team'>>().toEqualTypeOf<string | null>();
    expectTypeOf<ValueAt<Auth0ClientUpdate, 'refresh_token.policies[0].scope[1]'>>().toEqualTypeOf<string>();
    client
      .set('jwt_configuration.alg', 'RS256')
      .set('session_transfer', null)
      .set('mobile.android.sha256_cert_fingerprints[]', 'AB:CD')
      .set('addons.samlp.mappings.email', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress')
      .set('addons.sharepoint.external_url', ['https://a.example'])
      .set('client_authentication_methods.private_key_jwt.credentials[0].id', 'cred_1')
      .object('addons.box');
  });

  test('what Chilkat and the untyped peers only find at run time', () => {
    // @ts-expect-error -- "app_type" is an enum; the legacy template's "" is rejected by the API
    client.set('app_type', '');
    // @ts-expect-error -- typo
    client.set('jwt_configuration.secret_encode', true);
    // @ts-expect-error -- resource_servers is not in today's update schema
    client.set('resource_servers[0].identifier', 'api');
    // @ts-expect-error -- lifetime is a number
    client.set('jwt_configuration.lifetime_in_seconds', '36000');
    // @ts-expect-error -- addons.box takes no settings
    client.set('addons.box.enabled', true);
    // @ts-expect-error -- "app_type" is not nullable
    client.set('app_type', null);
  });
});
