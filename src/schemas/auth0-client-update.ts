// Type-only: the body of Auth0's "Update a client" (PATCH /api/v2/clients/{id}),
// written from the auth0 Node SDK's UpdateClientRequestContent (7.1.0).
// Every field is optional; `| null`
// only where the API accepts null to clear a field. The SDK's "open" objects
// (extra keys allowed) are closed here so that a misspelt key is a type error;
// widen one with an intersection when an extra key is really needed.

/** A credential reference: `{ id }`. */
export interface Auth0CredentialId {
  id: string;
}

/** `jwt_configuration`: how tokens are signed and how long they live (the SDK allows extra keys; left out here so that typos are caught). */
export interface Auth0JwtConfiguration {
  /** ID-token lifetime in seconds. */
  lifetime_in_seconds?: number;
  secret_encoded?: boolean;
  /** Id-token claim configuration (free-form). */
  scopes?: Record<string, unknown>;
  alg?: 'HS256' | 'RS256' | 'RS512' | 'PS256';
}

/** `encryption_key`: the WS-Fed response encryption key (the SDK allows extra keys; left out here so that typos are caught). */
export interface Auth0EncryptionKey {
  pub?: string;
  cert?: string;
  /** Certificate subject, `/CN={domain}`. */
  subject?: string;
}

/** `mobile`: native app identifiers (the SDK allows extra keys; left out here so that typos are caught). */
export interface Auth0Mobile {
  android?: { app_package_name?: string; sha256_cert_fingerprints?: string[] };
  ios?: { team_id?: string; app_bundle_identifier?: string };
}

/** `oidc_logout` / `oidc_backchannel_logout` (the SDK allows extra keys; left out here so that typos are caught). */
export interface Auth0OidcLogout {
  backchannel_logout_urls?: string[];
  backchannel_logout_initiators?: {
    mode?: 'custom' | 'all';
    selected_initiators?: (
      | 'rp-logout'
      | 'idp-logout'
      | 'password-changed'
      | 'session-expired'
      | 'session-revoked'
      | 'account-deleted'
      | 'email-identifier-changed'
      | 'mfa-phone-unenrolled'
      | 'account-deactivated'
    )[];
  };
  backchannel_logout_session_metadata?: { include?: boolean } | null;
}

/** `session_transfer`: native-to-web SSO. */
export interface Auth0SessionTransfer {
  can_create_session_transfer_token?: boolean;
  enforce_cascade_revocation?: boolean;
  allowed_authentication_methods?: ('cookie' | 'query')[] | null;
  enforce_device_binding?: 'ip' | 'asn' | 'none';
  allow_refresh_token?: boolean;
  enforce_online_refresh_tokens?: boolean;
  delegation?: { allow_delegated_access?: boolean; enforce_device_binding?: 'ip' } | null;
}

/** `refresh_token`: rotation and expiry; both types are required when sent. */
export interface Auth0RefreshToken {
  rotation_type: 'rotating' | 'non-rotating';
  expiration_type: 'expiring' | 'non-expiring';
  leeway?: number;
  token_lifetime?: number;
  infinite_token_lifetime?: boolean;
  idle_token_lifetime?: number;
  infinite_idle_token_lifetime?: boolean;
  policies?: { audience: string; scope: string[] }[] | null;
}

/** `addons.samlp`: SAML2 web app settings. */
export interface Auth0SamlpAddon {
  mappings?: Record<string, unknown>;
  audience?: string;
  recipient?: string;
  issuer?: string;
  destination?: string;
  signatureAlgorithm?: string;
  digestAlgorithm?: string;
  nameIdentifierFormat?: string;
  authnContextClassRef?: string;
  createUpnClaim?: boolean;
  mapUnknownClaimsAsIs?: boolean;
  passthroughClaimsWithNoMapping?: boolean;
  mapIdentities?: boolean;
  signResponse?: boolean;
  lifetimeInSeconds?: number;
  nameIdentifierProbes?: string[];
}

/** `addons.*` of the Salesforce API family. */
export interface Auth0SalesforceApiAddon {
  clientid?: string;
  principal?: string;
  communityName?: string;
  community_url_section?: string;
}

/** `addons`: the presence of a key enables that addon; each value holds its settings. */
export interface Auth0Addons {
  aws?: { principal?: string; role?: string; lifetime_in_seconds?: number };
  azure_blob?: {
    accountName?: string;
    storageAccessKey?: string;
    containerName?: string;
    blobName?: string;
    expiration?: number;
    signedIdentifier?: string;
    blob_read?: boolean;
    blob_write?: boolean;
    blob_delete?: boolean;
    container_read?: boolean;
    container_write?: boolean;
    container_delete?: boolean;
    container_list?: boolean;
  };
  azure_sb?: { namespace?: string; sasKeyName?: string; sasKey?: string; entityPath?: string; expiration?: number };
  rms?: { url: string };
  mscrm?: { url: string };
  slack?: { team: string };
  sentry?: { org_slug?: string; base_url?: string };
  box?: Record<string, never>;
  cloudbees?: Record<string, never>;
  concur?: Record<string, never>;
  dropbox?: Record<string, never>;
  echosign?: { domain?: string };
  egnyte?: { domain?: string };
  firebase?: { secret?: string; private_key_id?: string; private_key?: string; client_email?: string; lifetime_in_seconds?: number };
  newrelic?: { account?: string };
  office365?: { domain?: string; connection?: string };
  salesforce?: { entity_id?: string };
  salesforce_api?: Auth0SalesforceApiAddon;
  salesforce_sandbox_api?: Auth0SalesforceApiAddon;
  samlp?: Auth0SamlpAddon;
  layer?: { providerId: string; keyId: string; privateKey: string; principal?: string; expiration?: number };
  sap_api?: {
    clientid?: string;
    usernameAttribute?: string;
    tokenEndpointUrl?: string;
    scope?: string;
    servicePassword?: string;
    nameIdentifierFormat?: string;
  };
  sharepoint?: { url?: string; external_url?: string | string[] };
  springcm?: { acsurl?: string };
  wams?: { masterkey?: string };
  wsfed?: Record<string, never>;
  zendesk?: { accountName?: string };
  zoom?: { account?: string };
  sso_integration?: { name?: string; version?: string };
  oag?: Record<string, never> | null;
}

/** `client_authentication_methods`: private-key JWT and mTLS credentials. */
export interface Auth0ClientAuthenticationMethods {
  private_key_jwt?: { credentials: Auth0CredentialId[] };
  tls_client_auth?: { credentials: Auth0CredentialId[] };
  self_signed_tls_client_auth?: { credentials: Auth0CredentialId[] };
}

/** `express_configuration`: Okta OIN Express Configuration. */
export interface Auth0ExpressConfiguration {
  initiate_login_uri_template: string;
  user_attribute_profile_id: string;
  connection_profile_id: string;
  enable_client: boolean;
  enable_organization: boolean;
  linked_clients?: { client_id: string }[];
  okta_oin_client_id: string;
  admin_login_domain: string;
  oin_submission_id?: string;
}

/** `my_organization_configuration`. */
export interface Auth0MyOrganizationConfiguration {
  connection_profile_id?: string;
  user_attribute_profile_id?: string;
  allowed_strategies: ('pingfederate' | 'adfs' | 'waad' | 'google-apps' | 'okta' | 'oidc' | 'samlp')[];
  connection_deletion_behavior: 'allow' | 'allow_if_empty';
  invitation_landing_client_id?: string;
  third_party_client_access?: Record<string, unknown>;
}

/** One switch: `{ active }`. */
export interface Auth0ActiveFlag {
  active: boolean;
}

/**
 * The body of Auth0's "Update a client" request (`PATCH /api/v2/clients/{id}`),
 * for `payload<Auth0ClientUpdate>()`. Every field is optional; fields typed
 * `| null` accept `null` to clear them.
 *
 * @example
 * ```ts
 * import { payload, type Auth0ClientUpdate } from 'pathpatch';
 * payload<Auth0ClientUpdate>()
 *   .set('jwt_configuration.alg', 'RS256')
 *   .set('callbacks[0]', 'https://app.example.com/callback')
 *   .set('client_metadata.team', 'payments')
 *   .emit();
 * //=> '{"jwt_configuration":{"alg":"RS256"},"callbacks":["https://app.example.com/callback"],"client_metadata":{"team":"payments"}}'
 * ```
 */
export interface Auth0ClientUpdate {
  name?: string;
  description?: string;
  client_secret?: string;
  logo_uri?: string;
  callbacks?: string[];
  allowed_origins?: string[];
  web_origins?: string[];
  grant_types?: string[];
  client_aliases?: string[];
  allowed_clients?: string[];
  allowed_logout_urls?: string[];
  oidc_logout?: Auth0OidcLogout;
  /** @deprecated Use `oidc_logout`. */
  oidc_backchannel_logout?: Auth0OidcLogout;
  session_transfer?: Auth0SessionTransfer | null;
  jwt_configuration?: Auth0JwtConfiguration;
  encryption_key?: Auth0EncryptionKey | null;
  sso?: boolean;
  sso_disabled?: boolean;
  cross_origin_authentication?: boolean;
  cross_origin_loc?: string | null;
  custom_login_page_on?: boolean;
  custom_login_page?: string;
  custom_login_page_preview?: string;
  form_template?: string;
  token_endpoint_auth_method?: 'none' | 'client_secret_post' | 'client_secret_basic' | null;
  client_authentication_methods?: Auth0ClientAuthenticationMethods | null;
  is_token_endpoint_ip_header_trusted?: boolean;
  app_type?:
    | 'native'
    | 'spa'
    | 'regular_web'
    | 'non_interactive'
    | 'resource_server'
    | 'express_configuration'
    | 'rms'
    | 'box'
    | 'cloudbees'
    | 'concur'
    | 'dropbox'
    | 'mscrm'
    | 'echosign'
    | 'egnyte'
    | 'newrelic'
    | 'office365'
    | 'salesforce'
    | 'sentry'
    | 'sharepoint'
    | 'slack'
    | 'springcm'
    | 'zendesk'
    | 'zoom'
    | 'sso_integration'
    | 'oag';
  is_first_party?: boolean;
  oidc_conformant?: boolean;
  token_quota?: { client_credentials: { enforce?: boolean; per_day?: number; per_hour?: number } } | null;
  identity_assertion_authorization_grant?: Auth0ActiveFlag | null;
  anonymous_sessions?: Auth0ActiveFlag | null;
  addons?: Auth0Addons;
  /** String values; at most 10 keys; a key set to `null` is deleted. */
  client_metadata?: Record<string, string | null>;
  mobile?: Auth0Mobile;
  /** Must be an https URL. */
  initiate_login_uri?: string;
  native_social_login?: {
    apple?: { enabled?: boolean } | null;
    facebook?: { enabled?: boolean } | null;
    google?: { enabled?: boolean } | null;
  } | null;
  fedcm_login?: { google?: { is_enabled?: boolean } | null } | null;
  refresh_token?: Auth0RefreshToken | null;
  default_organization?: { organization_id: string; flows: 'client_credentials'[] } | null;
  organization_usage?: 'deny' | 'allow' | 'require' | null;
  organization_require_behavior?: 'no_prompt' | 'pre_login_prompt' | 'post_login_prompt' | null;
  organization_discovery_methods?: ('email' | 'organization_name')[] | null;
  require_pushed_authorization_requests?: boolean;
  par_request_expiry?: number | null;
  require_proof_of_possession?: boolean;
  signed_request_object?: { required?: boolean; credentials?: Auth0CredentialId[] };
  token_vault_privileged_access?: {
    credentials: Auth0CredentialId[];
    ip_allowlist?: string[];
    grants?: { connection: string; scopes: string[] }[];
  };
  compliance_level?: 'none' | 'fapi1_adv_pkj_par' | 'fapi1_adv_mtls_par' | 'fapi2_sp_pkj_mtls' | 'fapi2_sp_mtls_mtls' | null;
  skip_non_verifiable_callback_uri_confirmation_prompt?: boolean | null;
  token_exchange?: { allow_any_profile_of_type?: ('custom_authentication' | 'on_behalf_of_token_exchange')[] } | null;
  express_configuration?: Auth0ExpressConfiguration | null;
  b2b_integration_configuration?: { sso_profiles?: string[]; integration_type?: 'custom_auth_server' | 'third_party' | 'application' };
  my_organization_configuration?: Auth0MyOrganizationConfiguration | null;
  async_approval_notification_channels?: ('guardian-push' | 'email')[] | null;
  third_party_security_mode?: 'strict' | 'permissive';
  redirection_policy?: 'allow_always' | 'open_redirect_protection';
}
