import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What the editor offers inside a path string: asked of TypeScript's language service, as an editor does.
const root = resolve(import.meta.dirname, '../..');
const file = join(root, 'test/types/__completion__.ts');
const options: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  types: [],
};

// One language service for every case (as in an editor, the file changes and the program is reused).
let text = '';
let version = 0;
const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => [file],
  getScriptVersion: (name) => (name === file ? String(version) : '1'),
  getScriptSnapshot: (name) => {
    const content = name === file ? text : ts.sys.readFile(name);
    return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
  },
  getCurrentDirectory: () => root,
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: (name) => name === file || ts.sys.fileExists(name),
  readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host);

const AUTH0 = `import { payload, type Auth0ClientUpdate } from '../../src/index.js';\nconst client = payload<Auth0ClientUpdate>();\n`;

function completionsAt(source: string, prelude = AUTH0): string[] {
  text = `${prelude}${source.replace('|', '')}\n`;
  version++;
  const position = text.length - source.length + source.indexOf('|');
  const result = service.getCompletionsAtPosition(file, position, {});
  return (result?.entries ?? []).map((entry) => entry.name).sort();
}

// Building the first program takes seconds on a busy machine.
describe('editor completion in path strings', { timeout: 60_000 }, () => {
  it('offers the keys of the object typed so far', () => {
    expect(completionsAt("client.set('jwt_configuration.|', 1);")).toEqual([
      'jwt_configuration.alg',
      'jwt_configuration.lifetime_in_seconds',
      'jwt_configuration.scopes',
      'jwt_configuration.secret_encoded',
    ]);
  });

  it('narrows to the keys a partial key may become', () => {
    expect(completionsAt("client.set('addons.sa|', {});")).toEqual([
      'addons.salesforce',
      'addons.salesforce_api',
      'addons.salesforce_sandbox_api',
      'addons.samlp',
      'addons.sap_api',
    ]);
  });

  it('offers the top-level keys in an empty string, and nothing that is not a path', () => {
    const top = completionsAt("client.set('|', 1);");
    expect(top).toContain('jwt_configuration');
    expect(top).toContain('client_metadata');
    expect(top.every((name) => !name.startsWith('✗') && !name.includes('.'))).toBe(true);
  });

  it('push() and array() offer only paths holding an array, and the arrays inside the objects they pass', () => {
    const arrays = completionsAt("client.push('|', 'x');");
    expect(arrays).toEqual([
      'addons.samlp.nameIdentifierProbes',
      'addons.sharepoint.external_url',
      'allowed_clients',
      'allowed_logout_urls',
      'allowed_origins',
      'async_approval_notification_channels',
      'b2b_integration_configuration.sso_profiles',
      'callbacks',
      'client_aliases',
      'client_authentication_methods.private_key_jwt.credentials',
      'client_authentication_methods.self_signed_tls_client_auth.credentials',
      'client_authentication_methods.tls_client_auth.credentials',
      'default_organization.flows',
      'express_configuration.linked_clients',
      'grant_types',
      'mobile.android.sha256_cert_fingerprints',
      'my_organization_configuration.allowed_strategies',
      'oidc_backchannel_logout.backchannel_logout_initiators.selected_initiators',
      'oidc_backchannel_logout.backchannel_logout_urls',
      'oidc_logout.backchannel_logout_initiators.selected_initiators',
      'oidc_logout.backchannel_logout_urls',
      'organization_discovery_methods',
      'refresh_token.policies',
      'session_transfer.allowed_authentication_methods',
      'signed_request_object.credentials',
      'token_exchange.allow_any_profile_of_type',
      'token_vault_privileged_access.credentials',
      'token_vault_privileged_access.grants',
      'token_vault_privileged_access.ip_allowlist',
      'web_origins',
    ]);
    // Not a scalar or an object of the schema among them (set() offers those).
    expect(arrays).not.toContain('name');
    expect(arrays).not.toContain('jwt_configuration');
    expect(completionsAt("client.array('|');")).toEqual(arrays);
    expect(completionsAt("client.push('mobile.|', 'x');")).toEqual(['mobile.android.sha256_cert_fingerprints']);
    expect(completionsAt("client.push('all|', 'x');")).toEqual(['allowed_clients', 'allowed_logout_urls', 'allowed_origins']);
  });

  it('object() offers only paths holding an object', () => {
    expect(completionsAt("client.object('jwt_configuration.|');")).toEqual(['jwt_configuration.scopes']);
    expect(completionsAt("client.object('mobile.|');")).toEqual(['mobile.android', 'mobile.ios']);
  });

  it('update() completes paths like set(), and the values of an enum when given a value', () => {
    expect(completionsAt("client.update('jwt_configuration.|', true);")).toEqual(completionsAt("client.set('jwt_configuration.|', true);"));
    expect(completionsAt("client.update('jwt_configuration.alg', '|');")).toEqual(['HS256', 'PS256', 'RS256', 'RS512']);
  });

  it('works in reads too, and offers the values of an enum', () => {
    expect(completionsAt("client.get('mobile.|');")).toEqual(['mobile.android', 'mobile.ios']);
    expect(completionsAt("client.set('jwt_configuration.alg', '|');")).toEqual(['HS256', 'PS256', 'RS256', 'RS512']);
  });
});

// A paths type in openapi-typescript's shape: two routes with a PATCH body, one without.
const ROUTES = `import { createClient } from '../../src/index.js';
interface Paths {
  '/notes/{id}': { patch: { parameters: { path: { id: number } }; requestBody: { content: { 'application/json': { title?: string } } }; responses: {} }; get: { responses: {} } };
  '/notes/{id}/tags': { patch: { parameters: { path: { id: number } }; requestBody: { content: { 'application/json': { tags?: string[] } } }; responses: {} } };
  '/health': { get: { responses: {} }; patch?: never };
}
const api = createClient<Paths>();
`;

describe('editor completion of a typed client\'s routes', { timeout: 60_000 }, () => {
  it('offers the routes whose operation takes a body, and only those', () => {
    expect(completionsAt("api.patch('|', { body: (b) => b });", ROUTES)).toEqual(['/notes/{id}', '/notes/{id}/tags']);
    expect(completionsAt("api.patch('/notes/|', { body: (b) => b });", ROUTES)).toEqual(['/notes/{id}', '/notes/{id}/tags']);
    // No route takes a POST body: what is offered is the reason.
    expect(completionsAt("api.post('|', { body: (b) => b });", ROUTES)).toEqual(['✗ the spec has no route with a post body']);
  });

  it("offers the body's paths inside the body function", () => {
    expect(completionsAt("api.patch('/notes/{id}/tags', { params: { id: 1 }, body: (b) => b.push('|', 'x') });", ROUTES)).toEqual(['tags']);
  });
});
