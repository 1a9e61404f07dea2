// OpenAPI `paths` types (openapi-typescript, @octokit/openapi-types) for typed bodies, params and responses.
export { createClient } from './create-client.js';
export type { OpenApiClient, OperationCall, OperationInit, BodyArgument, BodyBuilder } from './openapi-client.js';
export type { BodyOf, ObjectBodyOf, PathParamsOf, ResponseOf, RoutesWithBody, OperationMethod, BodyMethod } from './operation-types.js';
