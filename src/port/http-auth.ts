/**
 * Which credentials a Chilkat `Http` object sends when a script sets several: the one rule that the
 * generated code (`send()` takes one of `token` and `basic`) and `pathpatch run` follow.
 *
 * Recorded on Chilkat 9.5.0.96 against a local server (test/fixtures/chilkat/http-auth-precedence.json):
 * an `Authorization` header set with SetRequestHeader is sent as is and beats both; otherwise a
 * non-empty AuthToken is sent as `Bearer` and Login/Password are not sent, whatever the order they
 * were set in; otherwise BasicAuth sends `Basic` from Login and Password (an empty password too).
 *
 * @example
 * chooseHttpAuth({ token: 't', basicAuth: true, login: 'u', password: 'p', authorizationHeader: false }); //=> 'token'
 */

/**
 * What a script set on its Http object.
 *
 * @example
 * const settings: HttpAuthSettings = { token: '{{token}}', basicAuth: false, authorizationHeader: false };
 */
export interface HttpAuthSettings {
  /** The AuthToken text, if set. */
  readonly token?: string;
  readonly basicAuth: boolean;
  readonly login?: string;
  readonly password?: string;
  /** Whether an `Authorization` header was set with SetRequestHeader. */
  readonly authorizationHeader: boolean;
}

/**
 * The credentials sent: `header` (the script's own Authorization header), `token`, `basic` or `none`.
 *
 * Login and Password without BasicAuth are ported as `basic` too: Chilkat sends nothing up front then,
 * but answers a server's Basic challenge with them, which is the request the script meant.
 *
 * @param settings - What the script set.
 * @returns Which credentials go out.
 * @example
 * chooseHttpAuth({ basicAuth: true, login: 'u', password: '', authorizationHeader: false }); //=> 'basic'
 */
export function chooseHttpAuth(settings: HttpAuthSettings): 'header' | 'token' | 'basic' | 'none' {
  if (settings.authorizationHeader) return 'header';
  if (settings.token !== undefined && settings.token.trim() !== '') return 'token';
  if (settings.basicAuth || (settings.login !== undefined && settings.password !== undefined)) return 'basic';
  return 'none';
}
