export { jsonSampleToIr } from './from-json.js';
export { postmanToIr, PostmanError } from './from-postman.js';
export { curlToIr, CurlError, shellWords } from './from-curl.js';
export { jsonToUpdates, JsonSyntaxError } from './json-leaves.js';
