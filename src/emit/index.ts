export type { EmitOptions } from './emit-options.js';
