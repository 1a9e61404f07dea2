/**
 * Planning: what a script's request is (body object, URL, credentials, headers) and the builder chain
 * its body becomes, as data. Codegen renders the plans; planning writes no source text.
 *
 * @example
 * import { planRequest } from './plan/index.js';
 * planRequest([]).headers; //=> []
 */
export { planChain, belongsToBody } from './chain-plan.js';
export type { ChainPlan, ChainStep } from './chain-plan.js';
export { planRequest } from './request-plan.js';
export type { RequestPlan } from './request-plan.js';
export { credentialValue, envValue, placeholderName, secretValue } from './env-value.js';
export type { CredentialProperty, EnvValue } from './env-value.js';
export { planHeaderValue } from './header-value.js';
export type { HeaderValue } from './header-value.js';
export { chilkatUrl, withoutSecrets } from './url-secrets.js';
export { redactedExcerpt } from './redacted-excerpt.js';
export { isSecretHeader } from './secret-text.js';
