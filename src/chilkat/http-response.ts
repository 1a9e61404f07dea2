import { StringBuilder } from './string-builder.js';
import type { WireResponse } from './http-wire.js';

function charsetOf(contentType: string | undefined): BufferEncoding {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === 'iso-8859-1' || charset === 'latin1' || charset === 'windows-1252' || charset === 'us-ascii') return 'latin1';
  return 'utf8';
}

/**
 * Chilkat's HttpResponse: what an Http request method returns for any status (4xx and 5xx included).
 *
 * @example
 * const response = await new Http().PTextSb('PATCH', url, sb, 'utf-8', 'application/json', false, false);
 * response?.StatusCode; //=> 200
 */
export class HttpResponse {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'HttpResponse';
  }

  #status = 0;
  #statusText = '';
  #headers: readonly (readonly [string, string])[] = [];
  #headerText = '';
  #body: Buffer = Buffer.alloc(0);

  /** Whether the last method call succeeded. */
  LastMethodSuccess = true;

  /** @internal Fills the response from what came over the wire (also used by HttpJson). */
  static fill(target: HttpResponse, wire: WireResponse): HttpResponse {
    target.#status = wire.status;
    target.#statusText = wire.statusText;
    target.#headers = wire.headers;
    target.#headerText = wire.headerText;
    target.#body = wire.body;
    return target;
  }

  /** The status code, e.g. 200 or 404. */
  get StatusCode(): number {
    return this.#status;
  }

  /** The reason text of the status line, e.g. `Not Found`. */
  get StatusText(): string {
    return this.#statusText;
  }

  /** The body as text, decoded with the response's charset (UTF-8 when none is given). */
  get BodyStr(): string {
    return this.#body.toString(charsetOf(this.GetHeaderField('Content-Type') ?? undefined));
  }

  /** The response header block: one `Name: value` line each, every line ending with CRLF. */
  get Header(): string {
    return this.#headerText;
  }

  /** The number of header fields. */
  get NumHeaderFields(): number {
    return this.#headers.length;
  }

  /**
   * The value of a response header (case-insensitive name), or null.
   *
   * @example
   * response.GetHeaderField('content-type'); //=> 'application/json'
   */
  GetHeaderField(name: string): string | null {
    const lower = String(name).toLowerCase();
    const found = this.#headers.find(([key]) => key.toLowerCase() === lower);
    this.LastMethodSuccess = found !== undefined;
    return found === undefined ? null : found[1];
  }

  /**
   * The name of the header at an index, or null.
   *
   * @example
   * response.GetHeaderName(0); //=> 'Content-Type'
   */
  GetHeaderName(index: number): string | null {
    return this.#headers[index]?.[0] ?? null;
  }

  /**
   * The value of the header at an index, or null.
   *
   * @example
   * response.GetHeaderValue(0); //=> 'application/json'
   */
  GetHeaderValue(index: number): string | null {
    return this.#headers[index]?.[1] ?? null;
  }

  /**
   * Appends the body text to a StringBuilder (what it held stays in front, as in Chilkat).
   *
   * @example
   * const sb = new StringBuilder();
   * response.GetBodySb(sb); //=> true
   */
  GetBodySb(sb: StringBuilder): boolean {
    if (!(sb instanceof StringBuilder)) return (this.LastMethodSuccess = false);
    sb.Append(this.BodyStr);
    return (this.LastMethodSuccess = true);
  }
}
