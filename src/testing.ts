// The entry "pathpatch/testing": every export by name.
export { startMockAuth0, defaultMockClient, applyMergePatch } from './testing/index.js';
export type { MockAuth0, MockAuth0Options, MockClient, MockRequest, RateLimitOptions } from './testing/index.js';
