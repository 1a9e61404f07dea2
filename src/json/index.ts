export { RawNumber, rawNumber, adoptRawNumber } from './raw-number.js';
export { MAX_DEPTH } from './limits.js';
export type { StoredValue, StoredObject, StoredArray, ProtoKeys } from './json-types.js';
export { getOwn, setOwn, isObjectNode, copyNode, describeValue } from './own.js';
export { copyJsonValue } from './copy-json.js';
export type { CopyContext } from './copy-json.js';
export { freezeNew } from './freeze.js';
export { toPlain } from './to-plain.js';
