export { send } from './send.js';
export { createClient } from './create-client.js';
export { expandUrl, joinUrl } from './url-template.js';
export type { ExpandedUrl, QueryValue, TemplateValue, UrlTemplateValues } from './url-template.js';
export { resolveRetryPolicy, serverWait, backoffWait } from './retry.js';
export type { RetryEvent, RetryInput, RetryOptions, RetryPolicy, RetryReason, RetryWaitSource } from './retry.js';
export { REDACTED, isSecretName, redactUrl } from './redact.js';
export { Scrubber } from './scrubber.js';
export { secretValuesOf } from './request-secrets.js';
export type {
  BasicAuth,
  Client,
  ClientOptions,
  ClientPatchOptions,
  ClientSendOptions,
  Emittable,
  HttpMethod,
  RequestDefaults,
  SendBody,
  SendOptions,
  SendResult,
} from './types.js';
