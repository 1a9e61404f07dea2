export { payload } from './payload.js';
export { PayloadBuilder } from './payload-builder.js';
export type { PayloadOptions, ResolvedOptions } from './options.js';
export type { JsonPatchOperation } from './json-patch.js';
