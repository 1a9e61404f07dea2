/**
 * The parameter type a path argument gets when the path is wrong: a string
 * starting with `✗` that names the path and what is wrong with it, so the
 * compiler's message reads as a sentence instead of a dump of every valid path.
 *
 * @example
 * ```ts
 * import { payload, type Auth0ClientUpdate } from 'pathpatch';
 * // @ts-expect-error -- Argument of type '"jwt_configuration.nope"' is not assignable to
 * // parameter of type '"✗ unknown path "jwt_configuration.nope": jwt_configuration has no key "nope""'.
 * payload<Auth0ClientUpdate>().set('jwt_configuration.nope', 1);
 * ```
 */
export type PathError<Message extends string> = `✗ ${Message}`;
