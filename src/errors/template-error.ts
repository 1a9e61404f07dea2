import { PathpatchError } from './pathpatch-error.js';

/**
 * A URL template that cannot be filled: a `{{var}}` or `:param` without a
 * value, a value that would change the URL's structure (a host that is not a
 * host, a path parameter of `..`), or a result that is not an http(s) URL.
 * Thrown before any request is made.
 *
 * @example
 * ```ts
 * import { send, TemplateError } from 'pathpatch';
 * try {
 *   await send('{}', { url: 'https://{{auth0_domain}}/api/v2/clients/:id', params: { id: 'abc' } });
 * } catch (error) {
 *   if (error instanceof TemplateError) error.message;
 *   //=> 'no value for {{auth0_domain}} in URL template "https://{{auth0_domain}}/api/v2/clients/:id"'
 * }
 * ```
 */
export class TemplateError extends PathpatchError {
  override name = 'TemplateError' as const;
  /** The URL template, secret query values redacted. */
  readonly template: string;
  /** The placeholder at fault as written (`{{auth0_domain}}`, `:id`), when one is. */
  readonly placeholder: string | undefined;
  /** What is wrong, without the template (e.g. `no value for :id`). */
  readonly problem: string;

  constructor(template: string, problem: string, placeholder?: string) {
    super(`${problem} in URL template ${JSON.stringify(template)}`);
    this.template = template;
    this.placeholder = placeholder;
    this.problem = problem;
  }
}
