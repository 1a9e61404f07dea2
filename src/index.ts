// The entry "pathpatch": every export by name.
export { payload } from './builder/index.js';
export type { PayloadOptions, JsonPatchOperation } from './builder/index.js';
export { rawNumber, RawNumber } from './json/index.js';
export { parsePath, formatPath, fromPointer, toPointer, APPEND } from './path/index.js';
export type { PathSegment, PathInput, ParsePathOptions } from './path/index.js';
export type { EmitOptions } from './emit/index.js';
export type {
  Payload,
  UntypedPayload,
  PayloadOutput,
  PayloadFor,
  BaseFor,
  PathOf,
  ValueAt,
  ValidPath,
  UncheckablePath,
  ContainerPath,
  PathError,
  PathSegments,
  JsonInput,
  InputFor,
  ReadonlyJson,
  MergePatch,
} from './types/index.js';
export type { Auth0ClientUpdate } from './schemas/auth0-client-update.js';
export {
  PathpatchError,
  PathSyntaxError,
  PathConflictError,
  JsonValueError,
  UnsafeKeyError,
  HttpError,
  TimeoutError,
  NetworkError,
  TemplateError,
  ValidationError,
  isPathpatchError,
} from './errors/index.js';
export type { ValidationIssue } from './errors/index.js';
export { send } from './send/send-lazily.js';
export { createClient } from './openapi/index.js';
export type {
  SendOptions,
  SendResult,
  SendBody,
  Emittable,
  HttpMethod,
  BasicAuth,
  RequestDefaults,
  Client,
  ClientOptions,
  ClientSendOptions,
  ClientPatchOptions,
  RetryOptions,
  RetryInput,
  RetryEvent,
  RetryReason,
  RetryWaitSource,
  TemplateValue,
  QueryValue,
} from './send/index.js';
export type {
  OpenApiClient,
  OperationCall,
  OperationInit,
  BodyArgument,
  BodyBuilder,
  BodyOf,
  ObjectBodyOf,
  PathParamsOf,
  ResponseOf,
  RoutesWithBody,
  OperationMethod,
  BodyMethod,
} from './openapi/index.js';
export { payloadFor } from './standard-schema/index.js';
export type {
  SchemaPayload,
  ValidationResult,
  StandardSchemaV1,
  StandardSchemaProps,
  StandardResult,
  StandardIssue,
  InferInput,
  InferOutput,
} from './standard-schema/index.js';
