// The entry "pathpatch/chilkat/http": Chilkat's Http and HttpResponse, Node-only (sockets, zlib, crypto).
export { Http } from './chilkat/http.js';
export { HttpResponse } from './chilkat/http-response.js';
