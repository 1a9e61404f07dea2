import { describe, expectTypeOf, test } from 'vitest';
import { APPEND, payload, rawNumber, type UntypedPayload } from '../../src/index.js';

describe('without a schema, the result type accumulates', () => {
  test('set builds up the shape, literals widened', () => {
    const b = payload().set('a.b', 1).set('c[0]', 'x');
    expectTypeOf(b).toEqualTypeOf<UntypedPayload<{ a: { b: number }; c: string[] }>>();
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly a: { readonly b: number }; readonly c: readonly string[] }>();
  });

  test('any path and any value are accepted (the run time checks them)', () => {
    payload().set('a..b', 1).set('x', undefined).remove('a[]');
  });

  test('later sets replace or widen what is there', () => {
    const b = payload().set('a', 1).set('a', 'x').set('list[0]', 1).set('list[1]', 'y');
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly a: string; readonly list: readonly (string | number)[] }>();
  });

  test('nested writes merge into what is there', () => {
    const b = payload().set('o.x', 1).set('o.y', true).set('arr[0].k', 'v').set(['q', 'r.s'], null);
    expectTypeOf(b.build()).toEqualTypeOf<{
      readonly o: { readonly x: number; readonly y: boolean };
      readonly arr: readonly { readonly k: string }[];
      readonly q: { readonly 'r.s': null };
    }>();
  });

  test('push, object, array, merge, raw numbers, segment arrays', () => {
    const b = payload()
      .push('tags', 'a')
      .object('meta')
      .array('list')
      .set(['n', APPEND], rawNumber('1.0'))
      .merge({ meta: { k: 'v' } });
    expectTypeOf(b.build()).toEqualTypeOf<{
      readonly tags: readonly string[];
      readonly meta: { readonly k: string };
      readonly list: readonly unknown[];
      readonly n: readonly number[];
    }>();
  });

  test('remove takes a key out of the result type', () => {
    const b = payload().set('a.b', 1).set('a.c', 'x').set('d', true).remove('a.b').remove('d').remove('z');
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly a: { readonly c: string } }>();
  });

  test('the base gives the starting type; a builder base its result', () => {
    const b = payload({ a: 1 }).set('b', true);
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly a: number; readonly b: boolean }>();
    expectTypeOf(payload(b).build()).toEqualTypeOf<{ readonly a: number; readonly b: boolean }>();
  });

  test('get is typed where the result type knows the path', () => {
    const b = payload().set('a.b', 1);
    expectTypeOf(b.get('a.b')).toEqualTypeOf<number | undefined>();
    expectTypeOf(b.get('z')).toEqualTypeOf<unknown>();
  });

  test('a long chain (the seed twice, 110 calls) stays typed, without TS2589', () => {
    const built = payload()
      .set('name', 'Acme Dashboard')
      .set('client_secret', 's3cr3t')
      .set('logo_uri', 'https://cdn.acme.example/logo.png')
      .set('callbacks[0]', 'https://dashboard.acme.example/callback')
      .set('allowed_origins[0]', 'https://dashboard.acme.example')
      .set('client_aliases[0]', 'urn:acme:dashboard')
      .set('allowed_clients[0]', 'kQ3dVx0Hw8sYt2LmN5pR7uZaB1cE4fG6')
      .set('allowed_logout_urls[0]', 'https://dashboard.acme.example/signed-out')
      .set('jwt_configuration.lifetime_in_seconds', 36000)
      .set('jwt_configuration.secret_encoded', true)
      .object('jwt_configuration.scopes')
      .set('jwt_configuration.alg', 'RS256')
      .set('encryption_key.pub', '-----BEGIN PUBLIC KEY-----')
      .set('encryption_key.cert', '-----BEGIN CERTIFICATE-----')
      .set('encryption_key.subject', '/CN=acme.example')
      .set('sso', true)
      .set('custom_login_page_on', true)
      .set('token_endpoint_auth_method', 'client_secret_post')
      .set('app_type', 'regular_web')
      .set('is_first_party', true)
      .set('custom_login_page', '<!doctype html><title>Acme sign-in</title>')
      .set('custom_login_page_preview', '<!doctype html><title>Acme sign-in (preview)</title>')
      .set('form_template', '<form method="post"></form>')
      .object('addons.aws')
      .object('addons.azure_blob')
      .object('addons.azure_sb')
      .object('addons.rms')
      .object('addons.mscrm')
      .object('addons.slack')
      .object('addons.box')
      .object('addons.cloudbees')
      .object('addons.concur')
      .object('addons.dropbox')
      .object('addons.echosign')
      .object('addons.egnyte')
      .object('addons.firebase')
      .object('addons.newrelic')
      .object('addons.office365')
      .object('addons.salesforce')
      .object('addons.salesforce_api')
      .object('addons.salesforce_sandbox_api')
      .object('addons.samlp')
      .object('addons.layer')
      .object('addons.sap_api')
      .object('addons.sharepoint')
      .object('addons.springcm')
      .object('addons.wams')
      .object('addons.wsfed')
      .object('addons.zendesk')
      .object('addons.zoom')
      .set('resource_servers[0].identifier', 'https://api.acme.example')
      .set('resource_servers[0].scopes[0]', 'read:reports')
      .object('client_metadata')
      .object('mobile.android')
      .object('mobile.ios')
      .set('name', 'Acme Dashboard')
      .set('client_secret', 's3cr3t')
      .set('logo_uri', 'https://cdn.acme.example/logo.png')
      .set('callbacks[1]', 'https://dashboard.acme.example/callback')
      .set('allowed_origins[1]', 'https://dashboard.acme.example')
      .set('client_aliases[1]', 'urn:acme:dashboard')
      .set('allowed_clients[1]', 'kQ3dVx0Hw8sYt2LmN5pR7uZaB1cE4fG6')
      .set('allowed_logout_urls[1]', 'https://dashboard.acme.example/signed-out')
      .set('jwt_configuration.lifetime_in_seconds', 36000)
      .set('jwt_configuration.secret_encoded', true)
      .object('jwt_configuration.scopes')
      .set('jwt_configuration.alg', 'RS256')
      .set('encryption_key.pub', '-----BEGIN PUBLIC KEY-----')
      .set('encryption_key.cert', '-----BEGIN CERTIFICATE-----')
      .set('encryption_key.subject', '/CN=acme.example')
      .set('sso', true)
      .set('custom_login_page_on', true)
      .set('token_endpoint_auth_method', 'client_secret_post')
      .set('app_type', 'regular_web')
      .set('is_first_party', true)
      .set('custom_login_page', '<!doctype html><title>Acme sign-in</title>')
      .set('custom_login_page_preview', '<!doctype html><title>Acme sign-in (preview)</title>')
      .set('form_template', '<form method="post"></form>')
      .object('addons.aws')
      .object('addons.azure_blob')
      .object('addons.azure_sb')
      .object('addons.rms')
      .object('addons.mscrm')
      .object('addons.slack')
      .object('addons.box')
      .object('addons.cloudbees')
      .object('addons.concur')
      .object('addons.dropbox')
      .object('addons.echosign')
      .object('addons.egnyte')
      .object('addons.firebase')
      .object('addons.newrelic')
      .object('addons.office365')
      .object('addons.salesforce')
      .object('addons.salesforce_api')
      .object('addons.salesforce_sandbox_api')
      .object('addons.samlp')
      .object('addons.layer')
      .object('addons.sap_api')
      .object('addons.sharepoint')
      .object('addons.springcm')
      .object('addons.wams')
      .object('addons.wsfed')
      .object('addons.zendesk')
      .object('addons.zoom')
      .set('resource_servers[1].identifier', 'https://api.acme.example')
      .set('resource_servers[1].scopes[1]', 'read:reports')
      .object('client_metadata')
      .object('mobile.android')
      .object('mobile.ios')
      .build();
    expectTypeOf(built.name).toEqualTypeOf<string>();
    expectTypeOf(built.resource_servers).toEqualTypeOf<readonly { readonly identifier: string; readonly scopes: readonly string[] }[]>();
    expectTypeOf(built.addons.samlp).toEqualTypeOf<Record<never, never>>();
  });

  test('payload<unknown>() is the same as payload()', () => {
    expectTypeOf(payload<unknown>()).toEqualTypeOf(payload());
  });
});
