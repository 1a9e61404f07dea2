import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { isSecretName } from '../send/index.js';
import { HttpResponse } from './http-response.js';
import { exchangeHttp, parseHttpUrl, type WireResponse } from './http-wire.js';
import { JsonObject } from './json-object.js';
import { StringBuilder } from './string-builder.js';

const BUILT_IN = ['host', 'accept', 'accept-encoding', 'content-type'];
const MAX_REDIRECTS = 10;

function encodeBody(text: string, charset: string): Buffer | undefined {
  const name = charset.trim().toLowerCase();
  if (name === '' || name === 'utf-8' || name === 'utf8') return Buffer.from(text, 'utf8');
  if (name === 'iso-8859-1' || name === 'latin1') {
    return Buffer.from(text, 'latin1');
  }
  return undefined;
}

function gzipLikeChilkat(body: Buffer): Buffer {
  const out = gzipSync(body);
  out[9] = 0x0b; // the OS byte Chilkat writes; the rest of its gzip output is zlib's
  return out;
}

interface BodySpec {
  readonly text: string;
  readonly charset: string;
  readonly contentType: string;
  readonly md5: boolean;
  readonly gzip: boolean;
}

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
export class Http {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'Http';
  }

  #headers: [string, string][] = [];

  /** Sent as `Authorization: Bearer <token>` when non-empty (not prefixed twice). */
  AuthToken = '';
  /** Send `Authorization: Basic` from Login and Password on the first request. */
  BasicAuth = false;
  /** The user name for BasicAuth. */
  Login = '';
  /** The password for BasicAuth. Never shown in errors. */
  Password = '';
  /** The Accept header. */
  Accept = '*/*';
  /** Follow 301, 302, 303 (as GET), 307 and 308 redirects, up to 10 (Chilkat's default is true). */
  FollowRedirects = true;
  /** Ask for gzip responses (`Accept-Encoding: gzip`). */
  AllowGzip = true;
  /** Seconds to wait for the connection; 0 for no limit. */
  ConnectTimeout = 30;
  /** Seconds to wait for data; 0 for no limit. */
  ReadTimeout = 30;
  /** The status code of the last response (0 when none came). */
  LastStatus = 0;
  /** Whether the last method call succeeded. */
  LastMethodSuccess = true;
  /** Why the last call failed; empty after a success. */
  LastErrorText = '';

  /**
   * Adds a header to every later request; the same name again replaces the value and spelling in
   * its first position; an empty value leaves it out. Accept, Content-Type and Host are replaced in place.
   *
   * @example
   * new Http().SetRequestHeader('X-Request-Id', 'abc');
   */
  SetRequestHeader(name: string, value: string): void {
    const lower = String(name).toLowerCase();
    const existing = this.#headers.find(([key]) => key.toLowerCase() === lower);
    if (existing === undefined) this.#headers.push([String(name), String(value)]);
    else {
      existing[0] = String(name);
      existing[1] = String(value);
    }
  }

  /**
   * Removes a header set with SetRequestHeader.
   *
   * @example
   * new Http().RemoveRequestHeader('X-Request-Id');
   */
  RemoveRequestHeader(name: string): void {
    const lower = String(name).toLowerCase();
    this.#headers = this.#headers.filter(([key]) => key.toLowerCase() !== lower);
  }

  /**
   * Removes every header set with SetRequestHeader.
   *
   * @example
   * new Http().ClearHeaders();
   */
  ClearHeaders(): void {
    this.#headers = [];
  }

  #headerLines(host: string, body: BodySpec | undefined, length: number | undefined, extra: readonly [string, string][]): [string, string][] {
    const custom = this.#headers.filter(([, value]) => value !== '');
    const override = (name: string, value: string): [string, string] => custom.find(([key]) => key.toLowerCase() === name.toLowerCase()) ?? [name, value];
    const lines: [string, string][] = [override('Host', host)];
    if (this.Accept !== '' || custom.some(([key]) => key.toLowerCase() === 'accept')) lines.push(override('Accept', this.Accept));
    if (this.AllowGzip) lines.push(override('Accept-Encoding', 'gzip'));
    if (body !== undefined) {
      const contentType = override('Content-Type', body.contentType);
      if (contentType[1] !== '') lines.push(contentType);
    }
    if (length !== undefined) lines.push(['Content-Length', String(length)], ...extra);
    for (const [name, value] of custom) {
      const lower = name.toLowerCase();
      // Built-ins were replaced in place above; a Content-Length of one's own is ignored, as in Chilkat.
      if (BUILT_IN.includes(lower) || lower === 'content-length') continue;
      lines.push([name, value]);
    }
    return lines;
  }

  #authorization(): string | undefined {
    const token = this.AuthToken.trim();
    if (token !== '') return token.startsWith('Bearer ') ? token : `Bearer ${token}`;
    if (this.BasicAuth && (this.Login !== '' || this.Password !== '')) {
      return `Basic ${Buffer.from(`${this.Login}:${this.Password}`, 'utf8').toString('base64')}`;
    }
    return undefined;
  }

  #fail(method: string, reason: string): null {
    this.LastMethodSuccess = false;
    this.LastErrorText = `${method}: ${reason}`;
    return null;
  }

  async #request(method: string, verb: string, urlText: string, body: BodySpec | undefined): Promise<WireResponse | null> {
    this.LastStatus = 0;
    let url = parseHttpUrl(String(urlText));
    if (url === undefined) return this.#fail(method, 'the URL must start with http:// or https://');
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(verb)) return this.#fail(method, `${JSON.stringify(verb)} is not an HTTP method`);
    let bytes: Buffer | undefined;
    const extra: [string, string][] = [];
    if (body !== undefined) {
      const encoded = encodeBody(body.text, body.charset);
      if (encoded === undefined) return this.#fail(method, `the charset ${JSON.stringify(body.charset)} is not supported (utf-8, iso-8859-1)`);
      bytes = encoded;
      if (body.md5) extra.push(['Content-MD5', createHash('md5').update(bytes).digest('base64')]);
      if (body.gzip) {
        bytes = gzipLikeChilkat(bytes);
        extra.push(['Content-Encoding', 'gzip']);
      }
    }
    const firstHost = url.host.toLowerCase();
    const seconds = Math.max(this.ConnectTimeout, this.ReadTimeout);
    let currentVerb = verb;
    let currentText = String(urlText);
    for (let redirects = 0; ; redirects += 1) {
      const sendsBody = currentVerb.toUpperCase() !== 'GET' && body !== undefined;
      // A GET sends no body and no Content-Length, but still its Content-Type (observed).
      const sameHost = url.host.toLowerCase() === firstHost;
      // Secret-looking headers of one's own (Authorization, X-Api-Key...) stay with the first host too.
      const headers = this.#headerLines(url.host, body, sendsBody ? (bytes?.length ?? 0) : undefined, extra).filter(
        ([name]) => sameHost || !isSecretName(name),
      );
      const authorization = this.#authorization();
      // Credentials follow a redirect only to the same host: a token must not leak to another server.
      if (authorization !== undefined && sameHost) headers.push(['Authorization', authorization]);
      let response: WireResponse;
      try {
        response = await exchangeHttp({ method: currentVerb, url, headers, body: sendsBody ? bytes : undefined, timeoutMs: seconds > 0 ? seconds * 1000 : 0 });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const why = typeof code === 'string' ? code : error instanceof Error ? error.message : 'network error';
        // Only the redacted URL: no query (it may hold keys), no credentials, no headers.
        return this.#fail(method, `${currentVerb} ${url.redacted} failed: ${why}`);
      }
      this.LastStatus = response.status;
      const location = response.headers.find(([name]) => name.toLowerCase() === 'location')?.[1];
      if (!this.FollowRedirects || location === undefined || ![301, 302, 303, 307, 308].includes(response.status) || redirects >= MAX_REDIRECTS) {
        this.LastMethodSuccess = true;
        this.LastErrorText = '';
        return response;
      }
      // Observed: after a 302 Chilkat repeats the request as a GET; after a 307 with the same verb and body.
      if (response.status <= 303) currentVerb = 'GET';
      let nextText: string;
      try {
        nextText = new URL(location, currentText).href;
      } catch {
        return this.#fail(method, `the server redirected to a location that is not a URL`);
      }
      const next = parseHttpUrl(nextText);
      if (next === undefined) return this.#fail(method, `the server redirected to a location that is not http(s)`);
      url = next;
      currentText = nextText;
    }
  }


  /**
   * Sends a StringBuilder's text with any verb; resolves to the response (any status) or null when none came.
   *
   * @example
   * await http.PTextSb('PATCH', url, sb, 'utf-8', 'application/json', false, false);
   */
  async PTextSb(verb: string, url: string, sb: StringBuilder, charset: string, contentType: string, md5: boolean, gzip: boolean): Promise<HttpResponse | null> {
    if (!(sb instanceof StringBuilder)) return this.#fail('PTextSb', 'the third argument must be a StringBuilder');
    return this.#wrap(await this.#request('PTextSb', String(verb), url, { text: sb.GetAsString(), charset, contentType, md5: md5 === true, gzip: gzip === true }));
  }

  /**
   * Sends text with any verb; resolves to the response or null.
   *
   * @example
   * await http.PText('PUT', url, '{"a":1}', 'utf-8', 'application/json', false, false);
   */
  async PText(verb: string, url: string, textData: string, charset: string, contentType: string, md5: boolean, gzip: boolean): Promise<HttpResponse | null> {
    return this.#wrap(await this.#request('PText', String(verb), url, { text: String(textData), charset, contentType, md5: md5 === true, gzip: gzip === true }));
  }

  /**
   * Sends text with any verb (Chilkat 10's name); resolves to the response or null.
   *
   * @example
   * await http.HttpStr('PATCH', url, '{"a":1}', 'utf-8', 'application/json');
   */
  async HttpStr(verb: string, url: string, bodyStr: string, charset: string, contentType: string): Promise<HttpResponse | null> {
    return this.#wrap(await this.#request('HttpStr', String(verb), url, { text: String(bodyStr), charset, contentType, md5: false, gzip: false }));
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
      this.#fail('HttpJson', 'needs a JsonObject and an HttpResponse');
      return false;
    }
    const wire = await this.#request('HttpJson', String(verb), url, { text: json.Emit(), charset: 'utf-8', contentType, md5: false, gzip: false });
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
    if (!(json instanceof JsonObject)) return this.#fail('PostJson3', 'the third argument must be a JsonObject');
    return this.#wrap(await this.#request('PostJson3', 'POST', url, { text: json.Emit(), charset: 'utf-8', contentType, md5: false, gzip: false }));
  }

  /**
   * POSTs JSON text with a content type; resolves to the response or null.
   *
   * @example
   * await http.PostJson2(url, 'application/json', '{"a":1}');
   */
  async PostJson2(url: string, contentType: string, jsonText: string): Promise<HttpResponse | null> {
    return this.#wrap(await this.#request('PostJson2', 'POST', url, { text: String(jsonText), charset: 'utf-8', contentType, md5: false, gzip: false }));
  }

  /**
   * POSTs JSON text as `application/json`; resolves to the response or null.
   *
   * @example
   * await http.PostJson(url, '{"a":1}');
   */
  async PostJson(url: string, jsonText: string): Promise<HttpResponse | null> {
    return this.#wrap(await this.#request('PostJson', 'POST', url, { text: String(jsonText), charset: 'utf-8', contentType: 'application/json', md5: false, gzip: false }));
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
    const wire = await this.#request(method, verb, url, undefined);
    if (wire === null) return null;
    const response = HttpResponse.fill(new HttpResponse(), wire);
    // The Quick* methods give only text, so an error status has to be a failure here.
    if (wire.status >= 400) return this.#fail(method, `the server answered ${wire.status} ${wire.statusText}`);
    return response.BodyStr;
  }

  #wrap(wire: WireResponse | null): HttpResponse | null {
    return wire === null ? null : HttpResponse.fill(new HttpResponse(), wire);
  }
}
