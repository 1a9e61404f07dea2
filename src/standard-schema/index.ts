// Standard Schema validators (zod, valibot, arktype) as typed, validated builders.
export { payloadFor } from './payload-for.js';
export type { SchemaPayload, ValidationResult } from './schema-payload.js';
export type { StandardSchemaV1, StandardSchemaProps, StandardResult, StandardIssue, InferInput, InferOutput } from './standard-schema.js';
export { assertValidBody } from './payload-for.js';
