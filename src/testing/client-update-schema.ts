import { anyOf, anything, array, boolean, integer, map, nullable, number, object, oneOf, string } from './schema.js';
import type { Schema } from './schema.js';

// Written from the auth0 SDK's UpdateClientRequestContent (7.1.0).

const strings = array(string());
const credentialIds = array(object({ id: string() }, { required: ['id'] }));
const empty = object({});
const s = string();

const addons: Readonly<Record<string, Schema>> = {
  aws: object({ principal: s, role: s, lifetime_in_seconds: integer() }),
  azure_blob: object({
    accountName: s,
    storageAccessKey: s,
    containerName: s,
    blobName: s,
    signedIdentifier: s,
    expiration: integer(),
    blob_read: boolean(),
    blob_write: boolean(),
    blob_delete: boolean(),
    container_read: boolean(),
    container_write: boolean(),
    container_delete: boolean(),
    container_list: boolean(),
  }),
  azure_sb: object({ namespace: s, sasKeyName: s, sasKey: s, entityPath: s, expiration: integer() }),
  rms: object({ url: s }, { required: ['url'] }),
  mscrm: object({ url: s }, { required: ['url'] }),
  slack: object({ team: s }, { required: ['team'] }),
  sentry: object({ org_slug: s, base_url: s }),
  box: empty,
  cloudbees: empty,
  concur: empty,
  dropbox: empty,
  echosign: object({ domain: s }),
  egnyte: object({ domain: s }),
  firebase: object({ secret: s, private_key_id: s, private_key: s, client_email: s, lifetime_in_seconds: integer() }),
  newrelic: object({ account: s }),
  office365: object({ domain: s, connection: s }),
  salesforce: object({ entity_id: s }),
  salesforce_api: object({ clientid: s, principal: s, communityName: s, community_url_section: s }),
  salesforce_sandbox_api: object({ clientid: s, principal: s, communityName: s, community_url_section: s }),
  samlp: object({
    mappings: map(anything()),
    audience: s,
    recipient: s,
    createUpnClaim: boolean(),
    mapUnknownClaimsAsIs: boolean(),
    passthroughClaimsWithNoMapping: boolean(),
    mapIdentities: boolean(),
    signatureAlgorithm: s,
    digestAlgorithm: s,
    issuer: s,
    destination: s,
    lifetimeInSeconds: integer(),
    signResponse: boolean(),
    nameIdentifierFormat: s,
    nameIdentifierProbes: strings,
    authnContextClassRef: s,
  }),
  layer: object({ providerId: s, keyId: s, privateKey: s, principal: s, expiration: integer() }, { required: ['providerId', 'keyId', 'privateKey'] }),
  sap_api: object({ clientid: s, usernameAttribute: s, tokenEndpointUrl: s, scope: s, servicePassword: s, nameIdentifierFormat: s }),
  sharepoint: object({ url: s, external_url: anyOf(s, strings) }),
  springcm: object({ acsurl: s }),
  wams: object({ masterkey: s }),
  wsfed: empty,
  zendesk: object({ accountName: s }),
  zoom: object({ account: s }),
  sso_integration: object({ name: s, version: s }),
  oag: nullable(empty),
};

const oidcLogout = object(
  {
    backchannel_logout_urls: strings,
    backchannel_logout_initiators: object({
      mode: oneOf(['custom', 'all']),
      selected_initiators: array(
        oneOf([
          'rp-logout',
          'idp-logout',
          'password-changed',
          'session-expired',
          'session-revoked',
          'account-deleted',
          'email-identifier-changed',
          'mfa-phone-unenrolled',
          'account-deactivated',
        ]),
      ),
    }),
    backchannel_logout_session_metadata: nullable(object({ include: boolean() })),
  },
  { additional: true },
);

const enabled = nullable(object({ enabled: boolean() }));
const active = nullable(object({ active: boolean() }, { required: ['active'] }));

/**
 * The body of Auth0's `PATCH /api/v2/clients/{id}` ("Update a client"):
 * every field optional, unknown fields refused, types and enums checked.
 *
 * @example
 * ```ts
 * validate(clientUpdateSchema, { app_type: '' });
 * //=> { path: 'app_type', problem: 'No enum match for: ""' }
 * ```
 */
export const clientUpdateSchema: Schema = object({
  name: string({ min: 1, pattern: /^[^<>]+$/ }),
  description: string({ max: 140 }),
  client_secret: string({ min: 1 }),
  logo_uri: s,
  callbacks: strings,
  allowed_origins: strings,
  web_origins: strings,
  grant_types: strings,
  client_aliases: strings,
  allowed_clients: strings,
  allowed_logout_urls: strings,
  oidc_logout: oidcLogout,
  oidc_backchannel_logout: oidcLogout,
  session_transfer: nullable(
    object({
      can_create_session_transfer_token: boolean(),
      enforce_cascade_revocation: boolean(),
      allowed_authentication_methods: nullable(array(oneOf(['cookie', 'query']))),
      enforce_device_binding: oneOf(['ip', 'asn', 'none']),
      allow_refresh_token: boolean(),
      enforce_online_refresh_tokens: boolean(),
      delegation: nullable(object({ allow_delegated_access: boolean(), enforce_device_binding: oneOf(['ip']) })),
    }),
  ),
  jwt_configuration: object(
    { lifetime_in_seconds: integer(), secret_encoded: boolean(), scopes: map(anything()), alg: oneOf(['HS256', 'RS256', 'RS512', 'PS256']) },
    { additional: true },
  ),
  encryption_key: nullable(object({ pub: s, cert: s, subject: s }, { additional: true })),
  sso: boolean(),
  sso_disabled: boolean(),
  cross_origin_authentication: boolean(),
  cross_origin_loc: nullable(s),
  custom_login_page_on: boolean(),
  custom_login_page: s,
  custom_login_page_preview: s,
  form_template: s,
  token_endpoint_auth_method: nullable(oneOf(['none', 'client_secret_post', 'client_secret_basic'])),
  client_authentication_methods: nullable(
    object({
      private_key_jwt: object({ credentials: credentialIds }, { required: ['credentials'] }),
      tls_client_auth: object({ credentials: credentialIds }, { required: ['credentials'] }),
      self_signed_tls_client_auth: object({ credentials: credentialIds }, { required: ['credentials'] }),
    }),
  ),
  is_token_endpoint_ip_header_trusted: boolean(),
  app_type: oneOf([
    'native',
    'spa',
    'regular_web',
    'non_interactive',
    'resource_server',
    'express_configuration',
    'rms',
    'box',
    'cloudbees',
    'concur',
    'dropbox',
    'mscrm',
    'echosign',
    'egnyte',
    'newrelic',
    'office365',
    'salesforce',
    'sentry',
    'sharepoint',
    'slack',
    'springcm',
    'zendesk',
    'zoom',
    'sso_integration',
    'oag',
  ]),
  is_first_party: boolean(),
  oidc_conformant: boolean(),
  token_quota: nullable(
    object({ client_credentials: object({ enforce: boolean(), per_day: number(), per_hour: number() }) }, { required: ['client_credentials'] }),
  ),
  identity_assertion_authorization_grant: active,
  anonymous_sessions: active,
  addons: object(addons),
  client_metadata: map(nullable(string({ max: 255 })), { maxProperties: 10 }),
  mobile: object(
    {
      android: object({ app_package_name: s, sha256_cert_fingerprints: strings }, { additional: true }),
      ios: object({ team_id: s, app_bundle_identifier: s }, { additional: true }),
    },
    { additional: true },
  ),
  initiate_login_uri: string({ pattern: /^https:\/\// }),
  native_social_login: nullable(object({ apple: enabled, facebook: enabled, google: enabled })),
  fedcm_login: nullable(object({ google: nullable(object({ is_enabled: boolean() })) })),
  refresh_token: nullable(
    object(
      {
        rotation_type: oneOf(['rotating', 'non-rotating']),
        expiration_type: oneOf(['expiring', 'non-expiring']),
        leeway: integer(),
        token_lifetime: integer(),
        infinite_token_lifetime: boolean(),
        idle_token_lifetime: integer(),
        infinite_idle_token_lifetime: boolean(),
        policies: nullable(array(object({ audience: s, scope: strings }, { required: ['audience', 'scope'] }))),
      },
      { required: ['rotation_type', 'expiration_type'] },
    ),
  ),
  default_organization: nullable(
    object({ organization_id: s, flows: array(oneOf(['client_credentials'])) }, { required: ['organization_id', 'flows'] }),
  ),
  organization_usage: nullable(oneOf(['deny', 'allow', 'require'])),
  organization_require_behavior: nullable(oneOf(['no_prompt', 'pre_login_prompt', 'post_login_prompt'])),
  organization_discovery_methods: nullable(array(oneOf(['email', 'organization_name']))),
  require_pushed_authorization_requests: boolean(),
  par_request_expiry: nullable(number()),
  require_proof_of_possession: boolean(),
  signed_request_object: object({ required: boolean(), credentials: credentialIds }),
  token_vault_privileged_access: object(
    { credentials: credentialIds, ip_allowlist: strings, grants: array(object({ connection: s, scopes: strings }, { required: ['connection', 'scopes'] })) },
    { required: ['credentials'] },
  ),
  compliance_level: nullable(oneOf(['none', 'fapi1_adv_pkj_par', 'fapi1_adv_mtls_par', 'fapi2_sp_pkj_mtls', 'fapi2_sp_mtls_mtls'])),
  skip_non_verifiable_callback_uri_confirmation_prompt: nullable(boolean()),
  token_exchange: nullable(object({ allow_any_profile_of_type: array(oneOf(['custom_authentication', 'on_behalf_of_token_exchange'])) })),
  express_configuration: nullable(
    object(
      {
        initiate_login_uri_template: s,
        user_attribute_profile_id: s,
        connection_profile_id: s,
        okta_oin_client_id: s,
        admin_login_domain: s,
        enable_client: boolean(),
        enable_organization: boolean(),
        linked_clients: array(object({ client_id: s }, { required: ['client_id'] })),
        oin_submission_id: s,
      },
      {
        required: [
          'initiate_login_uri_template',
          'user_attribute_profile_id',
          'connection_profile_id',
          'okta_oin_client_id',
          'admin_login_domain',
          'enable_client',
          'enable_organization',
        ],
      },
    ),
  ),
  b2b_integration_configuration: object({
    sso_profiles: array(s, { max: 1 }),
    integration_type: oneOf(['custom_auth_server', 'third_party', 'application']),
  }),
  my_organization_configuration: nullable(
    object(
      {
        allowed_strategies: array(oneOf(['pingfederate', 'adfs', 'waad', 'google-apps', 'okta', 'oidc', 'samlp'])),
        connection_deletion_behavior: oneOf(['allow', 'allow_if_empty']),
        connection_profile_id: s,
        user_attribute_profile_id: s,
        invitation_landing_client_id: s,
        third_party_client_access: object({}, { additional: true }),
      },
      { required: ['allowed_strategies', 'connection_deletion_behavior'] },
    ),
  ),
  async_approval_notification_channels: nullable(array(oneOf(['guardian-push', 'email']))),
  third_party_security_mode: oneOf(['strict', 'permissive']),
  redirection_policy: oneOf(['allow_always', 'open_redirect_protection']),
});

/** Fields whose update needs a scope beyond `update:clients`. */
export const FIELD_SCOPES: Readonly<Record<string, string>> = {
  client_secret: 'update:client_keys',
  client_authentication_methods: 'update:client_credentials',
};
