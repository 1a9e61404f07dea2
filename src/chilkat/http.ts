import { HttpCore } from './http-core.js';
import { HttpResponse } from './http-response.js';
import type { WireResponse } from './http-wire.js';
import { JsonObject } from './json-object.js';
import { reportFailure, reportMissing } from './last-call.js';
import { StringBuilder } from './string-builder.js';

// Http is two layers, like JsonObject's chain: core (settings, headers, the request loop) → this class, the request methods.
/**
 * Chilkat's Http, asynchronous: the request methods ported scripts use, sending the bytes Chilkat
 * sends (header order, spelling, no User-Agent) and returning an HttpResponse for every status.
 *
 * Secrets (AuthToken, Password) never appear in LastErrorText.
 *
 * @example
 * const http = new Http();
 * http.AuthToken = process.env['TOKEN'] ?? '';
 * const sb = new StringBuilder(); json.EmitSb(sb);
 * const response = await http.PTextSb('PATCH', 'https://api.example/x', sb, 'utf-8', 'application/json', false, false);
 * if (response === null) console.log(http.LastErrorText); else console.log(response.StatusCode, response.BodyStr);
 */
export class Http extends HttpCore {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'Http';
  }

  /**
   * Sends a StringBuilder's text with any verb; resolves to the response (any status) or null when none came.
   *
   * @example
   * await http.PTextSb('PATCH', url, sb, 'utf-8', 'application/json', false, false);
   */
  async PTextSb(verb: string, url: string, sb: StringBuilder, charset: string, contentType: string, md5: boolean, gzip: boolean): Promise<HttpResponse | null> {
    if (!(sb instanceof StringBuilder)) return reportMissing(this, 'PTextSb', 'the third argument must be a StringBuilder');
    return this.#wrap(await this.request('PTextSb', String(verb), url, { text: sb.GetAsString(), charset, contentType, md5: md5 === true, gzip: gzip === true }));
  }

  /**
   * Sends text with any verb; resolves to the response or null.
   *
   * @example
   * await http.PText('PUT', url, '{"a":1}', 'utf-8', 'application/json', false, false);
   */
  async PText(verb: string, url: string, textData: string, charset: string, contentType: string, md5: boolean, gzip: boolean): Promise<HttpResponse | null> {
    return this.#wrap(await this.request('PText', String(verb), url, { text: String(textData), charset, contentType, md5: md5 === true, gzip: gzip === true }));
  }

  /**
   * Sends text with any verb (Chilkat 10's name); resolves to the response or null.
   *
   * @example
   * await http.HttpStr('PATCH', url, '{"a":1}', 'utf-8', 'application/json');
   */
  async HttpStr(verb: string, url: string, bodyStr: string, charset: string, contentType: string): Promise<HttpResponse | null> {
    return this.#wrap(await this.request('HttpStr', String(verb), url, { text: String(bodyStr), charset, contentType, md5: false, gzip: false }));
  }

  /**
   * Sends a JsonObject's Emit() text and fills `response`; resolves to true when a response came.
   *
   * @example
   * const response = new HttpResponse();
   * await http.HttpJson('PATCH', url, json, 'application/json', response); //=> true
   */
  async HttpJson(verb: string, url: string, json: JsonObject, contentType: string, response: HttpResponse): Promise<boolean> {
    if (!(json instanceof JsonObject) || !(response instanceof HttpResponse)) {
      return reportFailure(this, 'HttpJson', 'needs a JsonObject and an HttpResponse');
    }
    const wire = await this.request('HttpJson', String(verb), url, { text: json.Emit(), charset: 'utf-8', contentType, md5: false, gzip: false });
    if (wire === null) return false;
    HttpResponse.fill(response, wire);
    return true;
  }

  /**
   * POSTs a JsonObject's Emit() text; resolves to the response or null.
   *
   * @example
   * await http.PostJson3(url, 'application/json', json);
   */
  async PostJson3(url: string, contentType: string, json: JsonObject): Promise<HttpResponse | null> {
    if (!(json instanceof JsonObject)) return reportMissing(this, 'PostJson3', 'the third argument must be a JsonObject');
    return this.#wrap(await this.request('PostJson3', 'POST', url, { text: json.Emit(), charset: 'utf-8', contentType, md5: false, gzip: false }));
  }

  /**
   * POSTs JSON text with a content type; resolves to the response or null.
   *
   * @example
   * await http.PostJson2(url, 'application/json', '{"a":1}');
   */
  async PostJson2(url: string, contentType: string, jsonText: string): Promise<HttpResponse | null> {
    return this.#wrap(await this.request('PostJson2', 'POST', url, { text: String(jsonText), charset: 'utf-8', contentType, md5: false, gzip: false }));
  }

  /**
   * POSTs JSON text as `application/json`; resolves to the response or null.
   *
   * @example
   * await http.PostJson(url, '{"a":1}');
   */
  async PostJson(url: string, jsonText: string): Promise<HttpResponse | null> {
    return this.#wrap(await this.request('PostJson', 'POST', url, { text: String(jsonText), charset: 'utf-8', contentType: 'application/json', md5: false, gzip: false }));
  }

  /**
   * GETs a URL and resolves to the body text; null when no response came or the status is 400 or more.
   *
   * @example
   * await http.QuickGetStr('https://api.example/status');
   */
  async QuickGetStr(url: string): Promise<string | null> {
    return this.#quickText('QuickGetStr', 'GET', url);
  }

  /**
   * Sends a DELETE and resolves to the body text; null on failure or a status of 400 or more.
   *
   * @example
   * await http.QuickDeleteStr('https://api.example/items/1');
   */
  async QuickDeleteStr(url: string): Promise<string | null> {
    return this.#quickText('QuickDeleteStr', 'DELETE', url);
  }

  async #quickText(method: string, verb: string, url: string): Promise<string | null> {
    const wire = await this.request(method, verb, url, undefined);
    if (wire === null) return null;
    const response = HttpResponse.fill(new HttpResponse(), wire);
    // The Quick* methods give only text, so an error status has to be a failure here.
    if (wire.status >= 400) return reportMissing(this, method, `the server answered ${wire.status} ${wire.statusText}`);
    return response.BodyStr;
  }

  #wrap(wire: WireResponse | null): HttpResponse | null {
    return wire === null ? null : HttpResponse.fill(new HttpResponse(), wire);
  }
}
