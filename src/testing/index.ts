export { MAX_MOCK_DEPTH, startMockAuth0 } from './mock-auth0.js';
export type { MockAuth0, MockAuth0Options, MockClient, MockRequest, RateLimitOptions } from './mock-auth0.js';
export { defaultMockClient } from './default-client.js';
export { clientUpdateSchema } from './client-update-schema.js';
export { applyMergePatch } from './merge-patch.js';
export { validate } from './schema.js';
export type { Schema, SchemaIssue } from './schema.js';
