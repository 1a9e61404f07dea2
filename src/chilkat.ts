// The entry "pathpatch/chilkat": a Chilkat-compatible JsonObject and friends, every export by name.
export { JsonObject } from './chilkat/json-object.js';
export type { JsonObjectOptions } from './chilkat/json-object.js';
export { JsonArray } from './chilkat/json-array.js';
export { StringBuilder } from './chilkat/string-builder.js';
export { Http } from './chilkat/http.js';
export { HttpResponse } from './chilkat/http-response.js';
