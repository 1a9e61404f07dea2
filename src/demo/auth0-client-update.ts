import { payload } from '../builder/index.js';
import type { LegacyClientBody } from '../schemas/legacy-client-body.js';
import type { Payload } from '../types/index.js';

/**
 * The Auth0 "Update a client" body that the legacy script of this project
 * built with 55 Chilkat `Update*` calls, written as one pathpatch chain (one
 * call per legacy update, same paths, same order), with real values in place
 * of the template's empty strings.
 *
 * @param clientSecret - the new client secret (a secret: never print it).
 * @returns the builder; `.emit()` gives the request body.
 * @example
 * ```ts
 * import { auth0ClientUpdate } from './auth0-client-update.js';
 * auth0ClientUpdate('s3cr3t').get('jwt_configuration.alg'); //=> 'RS256'
 * ```
 */
export function auth0ClientUpdate(clientSecret: string): Payload<LegacyClientBody> {
  // Typed: every path and value below is checked against the schema at compile time.
  return payload<LegacyClientBody>()
    .set('name', 'Acme Dashboard')
    .set('client_secret', clientSecret)
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
    .set('encryption_key.pub', '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----')
    .set('encryption_key.cert', '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2FjbWU\n-----END CERTIFICATE-----')
    .set('encryption_key.subject', '/CN=acme.example')
    .set('sso', true)
    .set('custom_login_page_on', true)
    .set('token_endpoint_auth_method', 'client_secret_post')
    .set('app_type', 'regular_web')
    .set('is_first_party', true)
    .set('custom_login_page', '<!doctype html><title>Acme sign-in</title>')
    .set('custom_login_page_preview', '<!doctype html><title>Acme sign-in (preview)</title>')
    .set('form_template', '<form method="post" action="{{callback}}"></form>')
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
    .object('mobile.ios');
}

export type { LegacyClientBody } from '../schemas/legacy-client-body.js';
