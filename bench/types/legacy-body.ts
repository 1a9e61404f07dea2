// The legacy body type lives with the schemas (the demo uses it too); the type benchmark measures chains on it.
export type { LegacyClientBody } from '../../src/schemas/legacy-client-body.js';
