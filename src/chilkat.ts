// The entry "pathpatch/chilkat": a Chilkat-compatible JsonObject and friends, every export by name.
// No Node built-in is reachable from here, so it bundles for the browser; Http lives in "pathpatch/chilkat/http".
export { JsonObject } from './chilkat/json-object.js';
export type { JsonObjectOptions } from './chilkat/json-object.js';
export { JsonArray } from './chilkat/json-array.js';
export { StringBuilder } from './chilkat/string-builder.js';
