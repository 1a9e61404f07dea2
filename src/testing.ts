// The entry "pathpatch/testing": every export by name.
export { MAX_MOCK_DEPTH, startMockAuth0, defaultMockClient, applyMergePatch } from './testing/index.js';
export type { MockAuth0, MockAuth0Options, MockClient, MockRequest, RateLimitOptions } from './testing/index.js';
