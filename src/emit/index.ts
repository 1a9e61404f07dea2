export { emitJson } from './emit-json.js';
export type { EmitOptions } from './emit-json.js';
