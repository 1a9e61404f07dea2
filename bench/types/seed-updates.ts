/**
 * The 55 updates of the legacy Chilkat script of the demo, in order: the
 * Chilkat method, the path and a value the Auth0 API accepts (the template's
 * empty strings replaced where the field is an enum).
 *
 * @example
 * ```ts
 * import { SEED_UPDATES } from './seed-updates.js';
 * SEED_UPDATES.length; //=> 55
 * ```
 */
export const SEED_UPDATES: readonly (readonly [method: 'set' | 'object', path: string, value?: string | number | boolean])[] = [
  ['set', 'name', 'Acme Dashboard'],
  ['set', 'client_secret', 's3cr3t'],
  ['set', 'logo_uri', 'https://cdn.acme.example/logo.png'],
  ['set', 'callbacks[0]', 'https://dashboard.acme.example/callback'],
  ['set', 'allowed_origins[0]', 'https://dashboard.acme.example'],
  ['set', 'client_aliases[0]', 'urn:acme:dashboard'],
  ['set', 'allowed_clients[0]', 'kQ3dVx0Hw8sYt2LmN5pR7uZaB1cE4fG6'],
  ['set', 'allowed_logout_urls[0]', 'https://dashboard.acme.example/signed-out'],
  ['set', 'jwt_configuration.lifetime_in_seconds', 36000],
  ['set', 'jwt_configuration.secret_encoded', true],
  ['object', 'jwt_configuration.scopes'],
  ['set', 'jwt_configuration.alg', 'RS256'],
  ['set', 'encryption_key.pub', '-----BEGIN PUBLIC KEY-----'],
  ['set', 'encryption_key.cert', '-----BEGIN CERTIFICATE-----'],
  ['set', 'encryption_key.subject', '/CN=acme.example'],
  ['set', 'sso', true],
  ['set', 'custom_login_page_on', true],
  ['set', 'token_endpoint_auth_method', 'client_secret_post'],
  ['set', 'app_type', 'regular_web'],
  ['set', 'is_first_party', true],
  ['set', 'custom_login_page', '<!doctype html><title>Acme sign-in</title>'],
  ['set', 'custom_login_page_preview', '<!doctype html><title>Acme sign-in (preview)</title>'],
  ['set', 'form_template', '<form method="post"></form>'],
  ['object', 'addons.aws'],
  ['object', 'addons.azure_blob'],
  ['object', 'addons.azure_sb'],
  ['object', 'addons.rms'],
  ['object', 'addons.mscrm'],
  ['object', 'addons.slack'],
  ['object', 'addons.box'],
  ['object', 'addons.cloudbees'],
  ['object', 'addons.concur'],
  ['object', 'addons.dropbox'],
  ['object', 'addons.echosign'],
  ['object', 'addons.egnyte'],
  ['object', 'addons.firebase'],
  ['object', 'addons.newrelic'],
  ['object', 'addons.office365'],
  ['object', 'addons.salesforce'],
  ['object', 'addons.salesforce_api'],
  ['object', 'addons.salesforce_sandbox_api'],
  ['object', 'addons.samlp'],
  ['object', 'addons.layer'],
  ['object', 'addons.sap_api'],
  ['object', 'addons.sharepoint'],
  ['object', 'addons.springcm'],
  ['object', 'addons.wams'],
  ['object', 'addons.wsfed'],
  ['object', 'addons.zendesk'],
  ['object', 'addons.zoom'],
  ['set', 'resource_servers[0].identifier', 'https://api.acme.example'],
  ['set', 'resource_servers[0].scopes[0]', 'read:reports'],
  ['object', 'client_metadata'],
  ['object', 'mobile.android'],
  ['object', 'mobile.ios'],
];
