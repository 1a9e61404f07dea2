// The type-level contract: typed paths for the builder. Type-only; nothing here exists at run time.
export type { Payload } from './payload.js';
export type { UntypedPayload } from './untyped-payload.js';
export type { PayloadOutput } from './payload-output.js';
export type { PayloadFor, BaseFor } from './payload-for.js';
export type { PathOf } from './path-of.js';
export type { ValueAt } from './value-at.js';
export type { ValidPath, PathArgument, UncheckablePath } from './valid-path.js';
export type { ContainerPath } from './container-path.js';
export type { PathError } from './path-error.js';
export type { PathSegments } from './path-segments.js';
export type { JsonInput, InputFor } from './json-input.js';
export type { ReadonlyJson } from './readonly-json.js';
export type { MergePatch } from './merge-patch.js';
