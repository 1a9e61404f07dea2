// `application/json`, `application/problem+json`, `text/json`: the subtype is json or ends in +json.
const JSON_TYPE = /^[a-z]+\/(?:[\w.!#$&^-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads a response body as the result's `data`: parsed when the content type
 * is JSON and the text parses, the text otherwise.
 *
 * A JSON content type with text that does not parse (an empty 204, a proxy's
 * HTML page) gives the text, so no response is lost to a parse error.
 *
 * @param text - the body text (`''` when there is none).
 * @param contentType - the `Content-Type` header, or `null`.
 * @returns the parsed JSON value or the text.
 * @example
 * ```ts
 * parseResponseBody('{"a":1}', 'application/json; charset=utf-8'); //=> { a: 1 }
 * parseResponseBody('ok', 'text/plain'); //=> 'ok'
 * ```
 */
export function parseResponseBody(text: string, contentType: string | null): unknown {
  if (text === '' || contentType === null || !JSON_TYPE.test(contentType.trim())) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
