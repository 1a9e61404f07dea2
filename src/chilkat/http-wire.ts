import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { gunzipSync, inflateSync } from 'node:zlib';

/** A request as it goes on the wire: header lines in order and spelling, body bytes or none. */
export interface WireRequest {
  readonly method: string;
  readonly url: ParsedHttpUrl;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array | undefined;
  /** Milliseconds for connecting and for each read; 0 for none. */
  readonly timeoutMs: number;
}

/** What came back. */
export interface WireResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly (readonly [string, string])[];
  /** The header block as received (after the status line), each line ending with CRLF. */
  readonly headerText: string;
  readonly body: Buffer;
}

/** A URL split the way Chilkat writes it: Host as written, target with spaces as `%20` and raw UTF-8. */
export interface ParsedHttpUrl {
  readonly secure: boolean;
  readonly hostname: string;
  readonly port: number;
  /** The Host header value: host and port as written in the URL. */
  readonly host: string;
  /** Path and query for the request line. */
  readonly target: string;
  /** Scheme, host and path without query or credentials, for messages. */
  readonly redacted: string;
}

const URL_PATTERN = /^(https?):\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)(?::(\d+))?([^#]*)/i;

/**
 * Splits an http(s) URL for the wire, keeping its text as written (no normalisation of the path).
 *
 * @example
 * parseHttpUrl('http://127.0.0.1:8080/a b?x=1')?.target; //=> '/a%20b?x=1'
 */
export function parseHttpUrl(text: string): ParsedHttpUrl | undefined {
  const match = URL_PATTERN.exec(text.trim());
  if (match === null) return undefined;
  const [, scheme = 'http', hostname = '', portText, rest = ''] = match;
  const secure = scheme.toLowerCase() === 'https';
  const port = portText === undefined ? (secure ? 443 : 80) : Number(portText);
  const target = (rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`).replaceAll(' ', '%20');
  const path = target.split('?')[0] ?? '/';
  return {
    secure,
    hostname: hostname.replace(/^\[|\]$/g, ''),
    port,
    host: portText === undefined ? hostname : `${hostname}:${portText}`,
    target,
    redacted: `${scheme.toLowerCase()}://${portText === undefined ? hostname : `${hostname}:${portText}`}${path}`,
  };
}

class WireFailure extends Error {}

/**
 * Sends one request over a fresh connection and reads the whole response; any status is a response.
 *
 * A raw HTTP/1.1 exchange rather than fetch, so that the bytes match Chilkat's: no User-Agent or
 * Connection header, the method's letter case kept, the header order chosen by the caller.
 *
 * @throws Error when the connection fails, times out or the response is not HTTP.
 * @example
 * await exchangeHttp({ method: 'GET', url: parseHttpUrl('http://127.0.0.1:8080/')!, headers: [['Host', '127.0.0.1:8080']], body: undefined, timeoutMs: 5000 });
 */
export function exchangeHttp(request: WireRequest): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const { url } = request;
    const socket: Socket = url.secure
      ? connectTls({ host: url.hostname, port: url.port, servername: url.hostname })
      : connectTcp({ host: url.hostname, port: url.port });
    let settled = false;
    const finish = (error: Error | undefined, response?: WireResponse): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (error !== undefined) reject(error);
      else if (response !== undefined) resolve(response);
    };
    if (request.timeoutMs > 0) {
      socket.setTimeout(request.timeoutMs, () => finish(new WireFailure(`timed out after ${request.timeoutMs} ms`)));
    }
    socket.on('error', (error) => finish(error));
    socket.once(url.secure ? 'secureConnect' : 'connect', () => {
      const head = [`${request.method} ${url.target} HTTP/1.1`, ...request.headers.map(([name, value]) => `${name}: ${value}`)].join('\r\n') + '\r\n\r\n';
      socket.write(Buffer.from(head, 'utf8'));
      if (request.body !== undefined && request.body.length > 0) socket.write(request.body);
    });
    let buffer = Buffer.alloc(0);
    const tryParse = (ended: boolean): void => {
      try {
        const response = parseResponse(buffer, ended, request.method);
        if (response !== undefined) finish(undefined, response);
        else if (ended) finish(new WireFailure('the connection closed before a complete response'));
      } catch (error) {
        finish(error instanceof Error ? error : new WireFailure(String(error)));
      }
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      tryParse(false);
    });
    socket.on('end', () => tryParse(true));
  });
}

function parseResponse(buffer: Buffer, ended: boolean, method: string): WireResponse | undefined {
  const headEnd = buffer.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const lines = buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
  const statusLine = /^HTTP\/\d\.\d (\d{3})(?: (.*))?$/.exec(lines[0] ?? '');
  if (statusLine === null) throw new WireFailure('the server did not answer with HTTP');
  const status = Number(statusLine[1]);
  const headers = lines.slice(1).map((line): [string, string] => {
    const colon = line.indexOf(':');
    return colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  const field = (name: string): string | undefined => headers.find(([key]) => key.toLowerCase() === name)?.[1];
  const rest = buffer.subarray(headEnd + 4);
  let body: Buffer | undefined;
  if (method.toUpperCase() === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200)) {
    body = Buffer.alloc(0);
  } else if (field('transfer-encoding')?.toLowerCase().includes('chunked')) {
    body = decodeChunked(rest);
  } else if (field('content-length') !== undefined) {
    const length = Number(field('content-length'));
    body = rest.length >= length ? rest.subarray(0, length) : undefined;
  } else if (ended) {
    body = rest;
  }
  if (body === undefined) return undefined;
  const encoding = field('content-encoding')?.toLowerCase();
  if (encoding === 'gzip') body = gunzipSync(body);
  else if (encoding === 'deflate') body = inflateSync(body);
  return { status, statusText: statusLine[2] ?? '', headers, headerText: lines.slice(1).map((line) => `${line}\r\n`).join(''), body };
}

function decodeChunked(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', pos);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(data.subarray(pos, lineEnd).toString('latin1'), 16);
    if (Number.isNaN(size)) throw new WireFailure('bad chunk size');
    pos = lineEnd + 2;
    if (size === 0) return Buffer.concat(parts);
    if (data.length < pos + size + 2) return undefined;
    parts.push(data.subarray(pos, pos + size));
    pos += size + 2;
  }
}
